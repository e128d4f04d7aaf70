/**
 * ExcelJS value shapes -> the model's (value, type) pair. Shared by constants and by the cached
 * results of formulas, which come in the same shapes.
 */
import { serialFromTime } from '../../core/model/excelDate';
import type { DateSystem, ValueType } from '../../core/model/workbook';

export interface PlainValue {
  value: number | string | boolean;
  type: Exclude<ValueType, 'empty'>;
}

/**
 * Undefined for an empty value. Dates become Excel serial numbers in the workbook's own date
 * system, not text or Date objects: the model has no date type, Office.js `values` also returns
 * such serials, and the number format (kept per cell) still says that it is a date. So the same
 * workbook gives the same numbers — and the same findings — in Excel, in the browser and on the
 * command line. ExcelJS turned the stored serial into a Date by a linear map rounded to the
 * millisecond; inverting that map returns whole days exactly.
 */
export function plainValue(v: unknown, system: DateSystem): PlainValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v, type: 'number' } : undefined;
  if (typeof v === 'string') return v === '' ? undefined : { value: v, type: 'text' };
  if (typeof v === 'boolean') return { value: v, type: 'boolean' };
  if (v instanceof Date) {
    const serial = serialFromTime(v.getTime(), system);
    return Number.isFinite(serial) ? { value: serial, type: 'number' } : undefined;
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { value: o.error, type: 'error' };
    if (Array.isArray(o.richText)) {
      // Rich text is formatting over plain text; rules only read the text.
      const text = o.richText.map((run: { text?: unknown }) => String(run?.text ?? '')).join('');
      return text === '' ? undefined : { value: text, type: 'text' };
    }
    // A hyperlink is a link on top of an ordinary value: keep the value (usually text, but a
    // number with a link is still a number in Excel) and drop the link target.
    if ('hyperlink' in o || 'text' in o) return plainValue(o.text, system);
  }
  return undefined;
}
