/**
 * The cells and ranges a formula reads, as plain rectangles, for rules that reason about what
 * a formula covers (e.g. whether a SUM spans its whole block).
 */
import { MAX_COL, MAX_ROW, sheetNameOf, type ParsedRef, type RefKind } from './reference';
import { tokenize } from './tokenize';

export interface ReferencedRange {
  /** Sheet name (unquoted) when the reference names one; absent for the formula's own sheet. */
  sheet?: string;
  kind: RefKind;
  /** 1-based, inclusive, normalised so that top <= bottom and left <= right. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  topAbs: boolean;
  leftAbs: boolean;
  bottomAbs: boolean;
  rightAbs: boolean;
  /** The reference as written in the formula. */
  text: string;
}

export function referencedRanges(formula: string): ReferencedRange[] {
  const out: ReferencedRange[] = [];
  for (const t of tokenize(formula)) {
    if (t.kind !== 'ref' || !t.ref) continue;
    out.push(referencedRange(t.ref, t.text));
  }
  return out;
}

/** The rectangle of one parsed reference token (`text` as written), for a caller that has the token already. */
export function referencedRange(ref: ParsedRef, text: string): ReferencedRange {
  const { start, kind } = ref;
  const end = ref.end ?? start;
  // Whole columns span every row, whole rows every column.
  const r1 = start.row ?? 1;
  const r2 = end.row ?? MAX_ROW;
  const c1 = start.col ?? 1;
  const c2 = end.col ?? MAX_COL;
  const rowsSwap = r1 > r2;
  const colsSwap = c1 > c2;
  return {
    sheet: sheetNameOf(ref.sheetText),
    kind,
    top: Math.min(r1, r2),
    bottom: Math.max(r1, r2),
    left: Math.min(c1, c2),
    right: Math.max(c1, c2),
    topAbs: rowsSwap ? end.rowAbs : start.rowAbs,
    bottomAbs: rowsSwap ? start.rowAbs : end.rowAbs,
    leftAbs: colsSwap ? end.colAbs : start.colAbs,
    rightAbs: colsSwap ? start.colAbs : end.colAbs,
    text,
  };
}
