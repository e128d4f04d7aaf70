/** The live Excel formula for one derived cell (English function names, as Office.js and files store them). */
import type { DerivedKind } from './types';

/** Shown instead of a ratio with a zero denominator, as the real reports do ("–"). */
export const NO_RATIO = '–';

/**
 * `a` and `b` are A1 addresses; `sign` −1 swaps the operands of a variance (costs written positive);
 * `percentFormatted` means the cell shows % itself, so the formula must not multiply by 100.
 */
export function derivedFormula(kind: DerivedKind, a: string, b: string, sign: number, percentFormatted: boolean): string {
  const times100 = percentFormatted ? '' : '*100';
  switch (kind) {
    case 'relation':
      return `=IFERROR(${a}/${b}${times100},"${NO_RATIO}")`;
    case 'growth':
      return percentFormatted ? `=IFERROR(${a}/${b}-1,"${NO_RATIO}")` : `=IFERROR((${a}/${b}-1)*100,"${NO_RATIO}")`;
    default:
      return sign < 0 ? `=${b}-${a}` : `=${a}-${b}`;
  }
}

/** The figure the formula gives; undefined where it shows "–". */
export function derivedResult(kind: DerivedKind, a: number, b: number, sign: number, percentFormatted: boolean): number | undefined {
  const pct = percentFormatted ? 1 : 100;
  switch (kind) {
    case 'relation':
      return b === 0 ? undefined : (a / b) * pct;
    case 'growth':
      return b === 0 ? undefined : (a / b - 1) * pct;
    default:
      return sign < 0 ? b - a : a - b;
  }
}
