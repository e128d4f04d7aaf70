/** "B12" and "A1:C3" as written in sheet XML (no "$", no sheet name) -> 1-based numbers. */
import type { CellRange } from '../../../core/model/workbook';

export function parseCellRef(ref: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) | 0x20; // lower case
    if (ch < 0x61 || ch > 0x7a) break;
    col = col * 26 + (ch - 0x60);
  }
  let row = 0;
  const digitsFrom = i;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return undefined;
    row = row * 10 + d;
  }
  if (col === 0 || i === digitsFrom || row === 0) return undefined;
  return { row, col };
}

export function parseRangeRef(ref: string): CellRange | undefined {
  const [from, to = from] = ref.split(':');
  const a = parseCellRef(from);
  const b = parseCellRef(to);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
