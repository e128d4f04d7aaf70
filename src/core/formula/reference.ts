/**
 * One A1 reference as written in a formula: a cell, an area, whole columns or whole rows,
 * each end with its own absolute ("$") markers. Kept separate from the tokenizer so that
 * translation, R1C1 conversion and range extraction share one notion of a reference.
 */
import { columnLetters, columnNumber } from '../model/address';

/** Excel's grid limits (xlsx): references beyond them are not cell references. */
export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

export type RefKind = 'cell' | 'area' | 'columns' | 'rows';

/** One end of a reference; `row` is absent for whole columns, `col` for whole rows. */
export interface RefEnd {
  row?: number;
  col?: number;
  rowAbs: boolean;
  colAbs: boolean;
}

export interface ParsedRef {
  kind: RefKind;
  /** Sheet prefix exactly as written, without the "!" (quotes kept), e.g. "'My sheet'". */
  sheetText?: string;
  start: RefEnd;
  /** Second end for areas, columns and rows; absent for a single cell. */
  end?: RefEnd;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COL = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d{1,7})$/;

function cellEnd(text: string): RefEnd | undefined {
  const m = CELL.exec(text);
  if (!m) return undefined;
  const col = columnNumber(m[2]);
  const row = Number(m[4]);
  if (col > MAX_COL || row < 1 || row > MAX_ROW) return undefined;
  return { col, row, colAbs: m[1] === '$', rowAbs: m[3] === '$' };
}

function colEnd(text: string): RefEnd | undefined {
  const m = COL.exec(text);
  if (!m) return undefined;
  const col = columnNumber(m[2]);
  if (col > MAX_COL) return undefined;
  return { col, colAbs: m[1] === '$', rowAbs: false };
}

function rowEnd(text: string): RefEnd | undefined {
  const m = ROW.exec(text);
  if (!m) return undefined;
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROW) return undefined;
  return { row, rowAbs: m[1] === '$', colAbs: false };
}

/** Parses the part after any sheet prefix ("B4", "$A$1:B4", "A:A", "3:5"); undefined if it is not a reference. */
export function parseRefBody(body: string): Omit<ParsedRef, 'sheetText'> | undefined {
  const parts = body.split(':');
  if (parts.length === 1) {
    const c = cellEnd(parts[0]);
    return c ? { kind: 'cell', start: c } : undefined;
  }
  if (parts.length !== 2) return undefined;
  const [a, b] = parts;
  const ca = cellEnd(a);
  const cb = cellEnd(b);
  if (ca && cb) return { kind: 'area', start: ca, end: cb };
  const cola = colEnd(a);
  const colb = colEnd(b);
  if (cola && colb) return { kind: 'columns', start: cola, end: colb };
  const rowa = rowEnd(a);
  const rowb = rowEnd(b);
  if (rowa && rowb) return { kind: 'rows', start: rowa, end: rowb };
  return undefined;
}

function endA1(e: RefEnd): string {
  const col = e.col !== undefined ? `${e.colAbs ? '$' : ''}${columnLetters(e.col)}` : '';
  const row = e.row !== undefined ? `${e.rowAbs ? '$' : ''}${e.row}` : '';
  return col + row;
}

/** Writes a reference back in A1 form, with its sheet prefix. */
export function formatRefA1(ref: ParsedRef): string {
  const prefix = ref.sheetText !== undefined ? `${ref.sheetText}!` : '';
  const body = ref.end ? `${endA1(ref.start)}:${endA1(ref.end)}` : endA1(ref.start);
  return prefix + body;
}

/** The sheet name a prefix stands for: quotes removed and doubled quotes undone. */
export function sheetNameOf(sheetText: string | undefined): string | undefined {
  if (sheetText === undefined) return undefined;
  if (sheetText.startsWith("'") && sheetText.endsWith("'") && sheetText.length >= 2) {
    return sheetText.slice(1, -1).replace(/''/g, "'");
  }
  return sheetText;
}
