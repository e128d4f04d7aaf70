/**
 * The values a formula computes with, as Excel has them: numbers, text, booleans, empty and
 * error values. Coercions follow Excel's rules so a recomputed cell equals what Excel would show.
 */

export interface ExcelError {
  error: string;
}

/** One cell's value; null is an empty cell. */
export type Scalar = number | string | boolean | null | ExcelError;

/** A rectangle of cells on one sheet, read lazily by the functions that take ranges. */
export interface RangeValue {
  kind: 'range';
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Value = Scalar | RangeValue;

export const errors = {
  div0: { error: '#DIV/0!' },
  value: { error: '#VALUE!' },
  ref: { error: '#REF!' },
  num: { error: '#NUM!' },
  na: { error: '#N/A' },
  name: { error: '#NAME?' },
} as const satisfies Record<string, ExcelError>;

export function isError(v: unknown): v is ExcelError {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'error' in v;
}

export function isRange(v: Value): v is RangeValue {
  return typeof v === 'object' && v !== null && 'kind' in v && v.kind === 'range';
}

/** A finite result or #NUM! (Excel has no NaN or infinity). */
export function numberResult(n: number): number | ExcelError {
  return Number.isFinite(n) ? n : errors.num;
}

/** Text Excel reads as a number in arithmetic ("1.5", " 3 ", "1e3", "50%"). */
function textToNumber(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const percent = t.endsWith('%');
  const body = percent ? t.slice(0, -1).trim() : t;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(body)) return undefined;
  const n = Number(body);
  return percent ? n / 100 : n;
}

/** A scalar in arithmetic: empty is 0, TRUE is 1, number text is its number, other text #VALUE!. */
export function toNumber(v: Scalar): number | ExcelError {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return textToNumber(v) ?? errors.value;
  return v;
}

/** A scalar as a condition: numbers are true when not 0; text other than TRUE/FALSE is #VALUE!. */
export function toBoolean(v: Scalar): boolean | ExcelError {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    const u = v.trim().toUpperCase();
    if (u === 'TRUE') return true;
    if (u === 'FALSE') return false;
    return errors.value;
  }
  return v;
}

/** A scalar in text context (&): numbers as Excel's General format writes them (15 digits). */
export function toText(v: Scalar): string | ExcelError {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  return v;
}

/** Excel orders numbers < text < booleans; text compares without regard to case. */
export function compareScalars(a: Exclude<Scalar, ExcelError>, b: Exclude<Scalar, ExcelError>): number {
  // An empty cell takes the type of what it is compared with.
  const x = a === null ? emptyLike(b) : a;
  const y = b === null ? emptyLike(a) : b;
  const rank = (v: number | string | boolean | null) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string') {
    const l = x.toLowerCase();
    const r = (y as string).toLowerCase();
    return l < r ? -1 : l > r ? 1 : 0;
  }
  const l = Number(x);
  const r = Number(y);
  return l < r ? -1 : l > r ? 1 : 0;
}

function emptyLike(other: Scalar): number | string | boolean {
  if (typeof other === 'string') return '';
  if (typeof other === 'boolean') return false;
  return 0;
}
