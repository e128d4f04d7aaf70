/**
 * A cell's content as Excel holds it, and how to enter it again so that Excel keeps it exactly.
 *
 * Range.formulas alone cannot tell: it reports text typed with a leading apostrophe without the
 * apostrophe (OfficeDev/office-js#6687), so text "'=abc" reads as "=abc" and "'00123" as "00123",
 * and writing either back makes a live formula or the number 123. Excel reads every string it is
 * given the way it reads typing (numbers, dates, percents, "=", "+", "-", "@"), except in a cell
 * formatted as text. So the content is read from values, valueTypes and formulas together, and
 * text is always entered under the text format "@", then given its own number format back.
 */
import type { CellWrite } from '../port';
import { textBytes } from './payload';

export type CellContent =
  | { formula: string }
  | { text: string }
  | { number: number }
  | { boolean: boolean }
  | { empty: true }
  /** An error constant typed into the cell ("#N/A"), entered again as typed (en-US, like formulas). */
  | { typed: string };

/** Range properties contentOf needs, plus the number format every restore puts back. */
export const CONTENT_PROPERTIES = ['values', 'valueTypes', 'formulas', 'numberFormat'];

export const TEXT_FORMAT = '@';

/** The content of one cell from what its range reported. */
export function contentOf(value: unknown, valueType: string, formula: unknown): CellContent {
  // A formula reports its result in values; text that merely starts with "=" reports itself twice.
  if (typeof formula === 'string' && formula.startsWith('=') && !(valueType === 'String' && value === formula)) return { formula };
  switch (valueType) {
    case 'String':
      return { text: String(value) };
    case 'Double':
    case 'Integer':
      return { number: Number(value) };
    case 'Boolean':
      return { boolean: value === true };
    case 'Empty':
      return { empty: true };
    default:
      return typeof formula === 'string' && formula !== '' ? { typed: formula } : { empty: true };
  }
}

/** The content a confirmed write puts into a cell. */
export function contentToWrite(write: Pick<CellWrite, 'formula' | 'value'>): CellContent {
  if (write.formula !== undefined) return { formula: write.formula };
  const v = write.value;
  if (typeof v === 'string') return v === '' ? { empty: true } : { text: v };
  if (typeof v === 'number') return { number: v };
  return { empty: true };
}

/**
 * Queues entering `content` and leaving the cell with `numberFormat`. Text goes in under "@" so
 * Excel keeps it as text; anything else under a format that is not text, or Excel would keep a
 * formula or a number as text. A format set after the entry does not change the content.
 */
export function queueContent(range: Excel.Range, content: CellContent, numberFormat: string): void {
  const entryFormat = 'text' in content ? TEXT_FORMAT : numberFormat === TEXT_FORMAT ? 'General' : numberFormat;
  range.numberFormat = [[entryFormat]];
  if ('formula' in content) range.formulas = [[content.formula]];
  else if ('typed' in content) range.formulas = [[content.typed]];
  else if ('text' in content) range.values = [[content.text]];
  else if ('number' in content) range.values = [[content.number]];
  else if ('boolean' in content) range.values = [[content.boolean]];
  else range.values = [['']];
  if (entryFormat !== numberFormat) range.numberFormat = [[numberFormat]];
}

/** Request bytes the queued entry adds, for batching. */
export function contentBytes(content: CellContent): number {
  const text = 'formula' in content ? content.formula : 'typed' in content ? content.typed : 'text' in content ? content.text : '';
  return textBytes(text);
}
