/**
 * Error cells in any Excel display language -> the English literal the model stores ("#DIV/0!").
 * Range.values shows errors in the user's language ("#DIVISION/0!" in Swedish Excel);
 * Range.valueTypes says "Error" in every language, and valuesAsJson (ExcelApi 1.16) carries the
 * en-US literal and a language-free error type.
 */
import { ERROR_SWEDISH } from '../../core/model/errorLiterals';

/** Newer English literals without a Swedish entry in the shared table. */
const MORE_ENGLISH = ['#BLOCKED!', '#BUSY!', '#CONNECT!', '#EXTERNAL!', '#FIELD!', '#UNKNOWN!', '#PYTHON!'];

const ENGLISH = new Set([...Object.keys(ERROR_SWEDISH), ...MORE_ENGLISH]);
const FROM_SWEDISH = new Map(Object.entries(ERROR_SWEDISH).map(([en, sv]) => [sv.toUpperCase(), en]));

/** errorType of an ErrorCellValue -> English literal, for when basicValue is missing. */
const BY_ERROR_TYPE: Record<string, string> = {
  Blocked: '#BLOCKED!',
  Busy: '#BUSY!',
  Calc: '#CALC!',
  Connect: '#CONNECT!',
  Div0: '#DIV/0!',
  External: '#EXTERNAL!',
  Field: '#FIELD!',
  GettingData: '#GETTING_DATA',
  NotAvailable: '#N/A',
  Name: '#NAME?',
  Null: '#NULL!',
  Num: '#NUM!',
  Ref: '#REF!',
  Spill: '#SPILL!',
  Value: '#VALUE!',
};

/** The English literal of an error as Range.values showed it; undefined when the language is unknown. */
export function englishErrorLiteral(displayed: unknown): string | undefined {
  if (typeof displayed !== 'string') return undefined;
  const key = displayed.trim().toUpperCase();
  if (ENGLISH.has(key)) return key;
  return FROM_SWEDISH.get(key);
}

/** The English literal from one valuesAsJson entry; undefined when it is not an error. */
export function errorLiteralFromJson(entry: unknown): string | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const v = entry as { type?: unknown; basicValue?: unknown; errorType?: unknown };
  if (v.type !== 'Error') return undefined;
  if (typeof v.errorType === 'string' && BY_ERROR_TYPE[v.errorType]) return BY_ERROR_TYPE[v.errorType];
  // valuesAsJson (not ...Local) gives basicValue in en-US.
  if (typeof v.basicValue === 'string' && v.basicValue.startsWith('#')) return v.basicValue;
  return undefined;
}
