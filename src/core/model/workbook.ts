/**
 * The plain workbook model every host adapter produces and every rule reads.
 * Plain data only (JSON-serialisable), so it can cross from Office.js, ExcelJS or a worker.
 * Rows and columns are 1-based, as in Excel.
 */

export type ValueType = 'number' | 'text' | 'boolean' | 'error' | 'empty';

/**
 * Where a workbook counts its date serials from: 1900 (serial 1 = 1900-01-01, Excel's default) or
 * 1904 (serial 0 = 1904-01-01, old Mac workbooks). Cells hold the serials as the workbook stores them.
 */
export type DateSystem = 1900 | 1904;

export interface Cell {
  /** The stored value: a number, text, boolean, the error literal (e.g. "#DIV/0!") or null when empty. */
  value: number | string | boolean | null;
  type: ValueType;
  /** A1 formula with leading "=", in the invariant (English) formula language; absent for constants. */
  formula?: string;
  /** R1C1 formula when the host provides it (Office.js does); core derives it from `formula` otherwise. */
  formulaR1C1?: string;
  /** Excel number format code, e.g. "0.0", "#,##0", "0%", "General". */
  numberFormat?: string;
  /** Text as the host displayed it, when known (Office.js `text`). */
  display?: string;
  /** Solid fill colour as RRGGBB (upper case), when the host reads fills and the cell has one. */
  fill?: string;
}

export interface CellRange {
  /** 1-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  /** rows[r - 1][c - 1]; missing entries and null mean an empty cell. */
  rows: Array<Array<Cell | null | undefined> | null | undefined>;
  /** Last used row and column (1-based); 0 for an empty sheet. */
  rowCount: number;
  colCount: number;
  merges: CellRange[];
  hidden?: boolean;
  protected?: boolean;
}

export interface Workbook {
  /** File name or document title, for messages. */
  name: string;
  sheets: Sheet[];
  /** Workbook-level defined names, name -> A1 reference like "Blad1!$B$2" (optional). */
  definedNames?: Record<string, string>;
  /**
   * Periodkoll's own settings kept in the workbook (key -> JSON text), when the host hands them over
   * with the sheets (the file host does; in Excel the pane reads them through the port).
   */
  store?: Record<string, string>;
  /** The date system of the workbook's date serials; absent means 1900. */
  dateSystem?: DateSystem;
}

export const EMPTY_CELL: Cell = Object.freeze({ value: null, type: 'empty' }) as Cell;

export function cellAt(sheet: Sheet, row: number, col: number): Cell {
  const r = sheet.rows[row - 1];
  const c = r ? r[col - 1] : undefined;
  return c ?? EMPTY_CELL;
}

/** Every non-empty cell of a sheet, row by row, with its 1-based position. */
export function* eachCell(sheet: Sheet): Generator<{ row: number; col: number; cell: Cell }> {
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.rows[r - 1];
    if (!row) continue;
    for (let c = 1; c <= row.length; c++) {
      const cell = row[c - 1];
      if (cell && cell.type !== 'empty') yield { row: r, col: c, cell };
    }
  }
}

/**
 * eachCell as a plain loop, for rules that look at every cell of every sheet: no generator and
 * no object per cell. Stops when `visit` returns true.
 */
export function forEachCell(sheet: Sheet, visit: (row: number, col: number, cell: Cell) => boolean | void): void {
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.rows[r - 1];
    if (!row) continue;
    for (let c = 1; c <= row.length; c++) {
      const cell = row[c - 1];
      if (cell && cell.type !== 'empty' && visit(r, c, cell) === true) return;
    }
  }
}

/**
 * Every formula cell of a sheet, also one with no cached result: a file just written by a tool
 * that does not calculate (ExcelJS, Periodkoll's own sheets) stores formulas without values.
 */
export function* eachFormulaCell(sheet: Sheet): Generator<{ row: number; col: number; cell: Cell & { formula: string } }> {
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.rows[r - 1];
    if (!row) continue;
    for (let c = 1; c <= row.length; c++) {
      const cell = row[c - 1];
      if (cell?.formula !== undefined) yield { row: r, col: c, cell: cell as Cell & { formula: string } };
    }
  }
}

export function isEmptyCell(cell: Cell): boolean {
  return cell.type === 'empty' || (cell.type === 'text' && String(cell.value).trim() === '');
}

/** Builds a sheet from a dense grid of cells; convenient for adapters and tests. */
export function sheetFromGrid(name: string, grid: Array<Array<Cell | null | undefined>>, merges: CellRange[] = []): Sheet {
  let colCount = 0;
  let rowCount = 0;
  grid.forEach((row, i) => {
    row.forEach((cell, j) => {
      if (cell && cell.type !== 'empty') {
        rowCount = Math.max(rowCount, i + 1);
        colCount = Math.max(colCount, j + 1);
      }
    });
  });
  return { name, rows: grid, rowCount, colCount, merges };
}
