/**
 * What a file session has written, so the copy can patch the original package with exactly
 * that: each cell Periodkoll touched, with what it held and looked like when first touched, and
 * the sheets it wrote whole (report sheets, its own hidden sheets). A cell written and then put
 * back in the same session compares equal to its first state and is left as the file had it.
 */
import type ExcelJS from 'exceljs';
import type { DateSystem } from '../../core/model/workbook';
import { contentKey } from './package/excelJsContent';

/** A cell's content and format parts, each as a comparable key. */
export interface CellState {
  content: string;
  numFmt: string;
  font: string;
  fill: string;
  note: string;
}

export interface TouchedCell {
  sheet: string;
  cell: string;
  before: CellState;
}

export function cellState(cell: ExcelJS.Cell, system: DateSystem): CellState {
  const style = cell.style ?? {};
  const key = (v: unknown) => JSON.stringify(v ?? null);
  return { content: contentKey(cell, system), numFmt: key(style.numFmt), font: key(style.font), fill: key(style.fill), note: key(cell.note) };
}

export class SessionEdits {
  readonly cells = new Map<string, TouchedCell>();
  /** Sheets written whole, by name as written. */
  readonly sheets = new Set<string>();

  constructor(private readonly system: DateSystem) {}

  /** Call before a cell changes; only the first call per cell records. */
  touch(ws: ExcelJS.Worksheet, ref: string): void {
    const cell = ref.replace(/\$/g, '').toUpperCase();
    const key = `${ws.name}!${cell}`;
    if (!this.cells.has(key)) this.cells.set(key, { sheet: ws.name, cell, before: cellState(ws.getCell(cell), this.system) });
  }

  touchSheet(name: string): void {
    this.sheets.add(name);
  }

  get dateSystem(): DateSystem {
    return this.system;
  }
}
