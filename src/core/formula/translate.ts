/**
 * Rewrites the references of an A1 formula, leaving every other token as written:
 * - translateFormula: what Excel does when a formula is copied (used to expand shared formulas,
 *   which a file stores once for a whole block);
 * - toR1C1: relative R1C1 form, in which a well-built row or column of formulas reads the same
 *   in every cell — the basis of the formula-consistency rules.
 */
import { formatRefA1, MAX_COL, MAX_ROW, type ParsedRef, type RefEnd } from './reference';
import { tokenize, type Token } from './tokenize';

function rewrite(formula: string, refText: (tok: Token & { ref: ParsedRef }) => string): string {
  return tokenize(formula)
    .map((t) => (t.kind === 'ref' && t.ref ? refText(t as Token & { ref: ParsedRef }) : t.text))
    .join('');
}

function shiftEnd(e: RefEnd, dRow: number, dCol: number): RefEnd | undefined {
  const row = e.row === undefined || e.rowAbs ? e.row : e.row + dRow;
  const col = e.col === undefined || e.colAbs ? e.col : e.col + dCol;
  if (row !== undefined && (row < 1 || row > MAX_ROW)) return undefined;
  if (col !== undefined && (col < 1 || col > MAX_COL)) return undefined;
  return { ...e, row, col };
}

/**
 * Shifts the relative parts of every reference by (dRow, dCol), like copying the formula that
 * many rows down and columns right. A reference pushed off the grid becomes #REF!, as in Excel.
 * Whole columns ignore dRow and whole rows ignore dCol (they have no such part).
 */
export function translateFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return rewrite(formula, ({ ref }) => {
    const start = shiftEnd(ref.start, dRow, dCol);
    const end = ref.end ? shiftEnd(ref.end, dRow, dCol) : undefined;
    if (!start || (ref.end && !end)) return `${ref.sheetText !== undefined ? `${ref.sheetText}!` : ''}#REF!`;
    return formatRefA1({ ...ref, start, end });
  });
}

function axisR1C1(letter: 'R' | 'C', value: number | undefined, abs: boolean, base: number): string {
  if (value === undefined) return '';
  if (abs) return `${letter}${value}`;
  const d = value - base;
  return d === 0 ? letter : `${letter}[${d}]`;
}

function endR1C1(e: RefEnd, row: number, col: number): string {
  return axisR1C1('R', e.row, e.rowAbs, row) + axisR1C1('C', e.col, e.colAbs, col);
}

/**
 * One parsed reference in R1C1 form as seen from the cell at (row, col), with its sheet prefix.
 * Whole columns/rows whose two ends read the same collapse to one ("A:A" at B1 -> "C[-1]"),
 * as Excel writes them.
 */
export function refToR1C1(ref: ParsedRef, row: number, col: number): string {
  const prefix = ref.sheetText !== undefined ? `${ref.sheetText}!` : '';
  const a = endR1C1(ref.start, row, col);
  if (!ref.end) return prefix + a;
  const b = endR1C1(ref.end, row, col);
  return prefix + (a === b && ref.kind !== 'area' ? a : `${a}:${b}`);
}

/** A1 -> R1C1 as seen from the cell at (row, col), e.g. at C5 "=A5+B$2" -> "=RC[-2]+R2C[-1]". */
export function toR1C1(formula: string, row: number, col: number): string {
  return rewrite(formula, ({ ref }) => refToR1C1(ref, row, col));
}

// Callers were told to find the formula API here; the range extraction lives in its own file.
export { referencedRanges, type ReferencedRange } from './references';
