/**
 * A cell's stored text and type attribute -> the model's (value, type) pair, as cellValue.ts
 * gives it for ExcelJS. Numbers stay the serials the file stores, also under a date format:
 * the model has no date type (see cellValue.ts), so nothing is converted and back.
 */
import { serialFromTime } from '../../../core/model/excelDate';
import type { DateSystem } from '../../../core/model/workbook';
import type { PlainValue } from '../cellValue';
import { ownString } from './ownString';
import { decodeUnderscoreX } from './underscoreX';

/**
 * Undefined for an empty value. `isFormula`: the text is the formula's cached result, where a
 * "s" (shared string) type has no meaning and is read as a number, as ExcelJS does.
 */
export function cellValue(
  raw: string | undefined,
  t: string | undefined,
  isFormula: boolean,
  ctx: { strings: string[]; dateSystem: DateSystem },
): PlainValue | undefined {
  if (raw === undefined || raw === '') return undefined;
  switch (t) {
    case 's':
      if (isFormula) return number(raw);
      return text(ctx.strings[parseInt(raw, 10)]);
    case 'str':
      return text(ownString(raw));
    case 'inlineStr':
      return text(ownString(decodeUnderscoreX(raw)));
    case 'b':
      return { value: raw === 'true' || (raw !== 'false' && parseInt(raw, 10) !== 0), type: 'boolean' };
    case 'e':
      return { value: ownString(raw), type: 'error' };
    case 'd': {
      // ISO 8601 date; Excel itself never writes one, other tools may.
      const time = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(raw) || !raw.includes('T') ? raw : `${raw}Z`);
      const serial = serialFromTime(time, ctx.dateSystem);
      return Number.isFinite(serial) ? { value: serial, type: 'number' } : undefined;
    }
    default:
      return number(raw);
  }
}

function number(raw: string): PlainValue | undefined {
  const n = parseFloat(raw);
  return Number.isFinite(n) ? { value: n, type: 'number' } : undefined;
}

function text(s: string | undefined): PlainValue | undefined {
  return s === undefined || s === '' ? undefined : { value: s, type: 'text' };
}
