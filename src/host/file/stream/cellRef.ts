/**
 * "B12" and "A1:C3" as written in sheet XML (no "$", no sheet name), read from the scanned bytes
 * of an attribute -> 1-based numbers.
 */
import type { CellRange } from '../../../core/model/workbook';
import type { ByteBuffer } from './byteBuffer';

export interface CellPosition {
  row: number;
  col: number;
}

/**
 * Reads the reference in bytes[start, end) into `out` (reused from cell to cell, so a sheet's
 * cells cost no object each); false unless it is letters then a row number above 0.
 */
export function readCellRef(bytes: Uint8Array, start: number, end: number, out: CellPosition): boolean {
  let col = 0;
  let i = start;
  for (; i < end; i++) {
    const ch = bytes[i] | 0x20; // lower case
    if (ch < 0x61 || ch > 0x7a) break;
    col = col * 26 + (ch - 0x60);
  }
  let row = 0;
  const digitsFrom = i;
  for (; i < end; i++) {
    const d = bytes[i] - 0x30;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
  }
  if (col === 0 || i === digitsFrom || row === 0) return false;
  out.row = row;
  out.col = col;
  return true;
}

/** "A1:C3" or a single "B2"; only the first two parts of "A1:B2:C3" count. */
export function parseRangeRef(ref: ByteBuffer): CellRange | undefined {
  const { bytes, length } = ref;
  const first = bytes.subarray(0, length).indexOf(0x3a);
  const aEnd = first < 0 ? length : first;
  const second = first < 0 ? -1 : bytes.subarray(first + 1, length).indexOf(0x3a);
  const a = { row: 0, col: 0 };
  const b = { row: 0, col: 0 };
  if (!readCellRef(bytes, 0, aEnd, a)) return undefined;
  if (first < 0) Object.assign(b, a);
  else if (!readCellRef(bytes, first + 1, second < 0 ? length : first + 1 + second, b)) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
