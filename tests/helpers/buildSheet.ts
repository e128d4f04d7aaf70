import type { Cell, CellRange, Sheet, Workbook } from '../../src/core/model/workbook';
import { sheetFromGrid } from '../../src/core/model/workbook';

/** A cell in a test grid: a number, text, null (empty), or a formula with its cached value. */
export type TestCell = number | string | null | { f: string; v: number | string; error?: boolean } | { error: string } | { n: number; fmt: string };

export function toCell(x: TestCell): Cell | null {
  if (x === null) return null;
  if (typeof x === 'number') return { value: x, type: 'number' };
  if (typeof x === 'string') return { value: x, type: 'text' };
  if ('n' in x) return { value: x.n, type: 'number', numberFormat: x.fmt };
  if ('f' in x) {
    if (x.error) return { value: String(x.v), type: 'error', formula: x.f };
    return { value: x.v, type: typeof x.v === 'number' ? 'number' : 'text', formula: x.f };
  }
  return { value: x.error, type: 'error' };
}

export function buildSheet(name: string, rows: TestCell[][], merges: CellRange[] = []): Sheet {
  return sheetFromGrid(name, rows.map((r) => r.map(toCell)), merges);
}

export function buildWorkbook(...sheets: Sheet[]): Workbook {
  return { name: 'test.xlsx', sheets };
}
