/**
 * Carries out confirmed cell writes on an ExcelJS workbook and takes the snapshots that undo
 * them: value or formula, number format, fill and font colour, and the note, exactly as they were.
 *
 * Shared formulas: a file stores a copied block once, in its master cell. Overwriting a master
 * would silently take the formula from every cell of the block, so those cells first get their
 * own (translated) formula — same meaning, and the user's other cells keep working.
 */
import type ExcelJS from 'exceljs';
import type { CellWrite } from '../port';
import { HostError } from '../port';
import { parseA1 } from '../../core/model/address';
import { cellFormula, formulaResult } from './cellFormula';
import { readCellLook, setCellNote, type CellNote } from './cellLook';
import { fileHostMessages } from './fileHostMessages';
import { findWorksheet } from './findWorksheet';
import { isSheetProtected } from './sheetProtection';

export interface FileCellSnapshot {
  sheet: string;
  cell: string;
  /** The ExcelJS value in JSON form (dates as {"$date": iso}); shared formulas as their own formula. */
  value: unknown;
  numFmt?: string;
  fill?: ExcelJS.Fill;
  font?: Partial<ExcelJS.Font>;
  /** Only when the write set a note: the note before (null: none). */
  note?: CellNote | null;
}

/** Checks every target first, so a refused write changes nothing. */
export function applyCellWrites(excel: ExcelJS.Workbook, writes: CellWrite[]): FileCellSnapshot[] {
  const targets = writes.map((w) => {
    const ws = findWorksheet(excel, w.sheet);
    if (!ws) throw new HostError('not-found', fileHostMessages.missingSheet(w.sheet));
    if (isSheetProtected(ws)) throw new HostError('protected', fileHostMessages.protectedSheet(ws.name));
    if (!parseA1(w.cell)) throw new HostError('not-found', fileHostMessages.badAddress(w.cell));
    return { ws, write: w };
  });
  const snapshots: FileCellSnapshot[] = [];
  const seen = new Set<string>();
  for (const { ws, write } of targets) {
    const cell = ws.getCell(write.cell);
    const key = `${ws.name}!${write.cell}`;
    if (!seen.has(key)) {
      seen.add(key);
      const touchesNote = writes.some((w) => w.note !== undefined && w.cell === write.cell && findWorksheet(excel, w.sheet) === ws);
      snapshots.push(snapshot(ws.name, cell, touchesNote));
    }
    detachSharedDependents(ws, write.cell);
    applyWrite(cell, write);
  }
  return snapshots;
}

/** Restores the snapshots in reverse order; returns how many cells were restored. */
export function restoreCellSnapshots(excel: ExcelJS.Workbook, snapshots: FileCellSnapshot[]): number {
  let restored = 0;
  for (const s of [...snapshots].reverse()) {
    const ws = findWorksheet(excel, s.sheet);
    if (!ws) continue;
    const cell = ws.getCell(s.cell);
    detachSharedDependents(ws, s.cell);
    cell.value = decodeValue(s.value) as ExcelJS.CellValue;
    const style: Partial<ExcelJS.Style> = { ...cell.style };
    delete style.numFmt;
    delete style.fill;
    delete style.font;
    cell.style = { ...style, ...(s.numFmt ? { numFmt: s.numFmt } : {}), ...(s.fill ? { fill: s.fill } : {}), ...(s.font ? { font: s.font } : {}) };
    if (s.note !== undefined) setCellNote(cell, s.note);
    restored++;
  }
  return restored;
}

function snapshot(sheet: string, cell: ExcelJS.Cell, touchesNote: boolean): FileCellSnapshot {
  const raw = cell.value as unknown;
  const own = isSharedChild(raw)
    ? { formula: stripEquals(cellFormula(cell) ?? ''), result: formulaResult(cell) }
    : isFormulaValue(raw)
      ? { ...raw, result: formulaResult(cell) }
      : raw;
  const style = cell.style ?? {};
  return {
    sheet,
    cell: cell.address,
    value: encodeValue(own),
    ...(style.numFmt ? { numFmt: style.numFmt } : {}),
    ...(style.fill ? { fill: clone(style.fill) } : {}),
    ...(style.font ? { font: clone(style.font) } : {}),
    ...(touchesNote ? { note: readCellLook(cell).note } : {}),
  };
}

function applyWrite(cell: ExcelJS.Cell, w: CellWrite): void {
  if (w.formula !== undefined) {
    cell.value = { formula: stripEquals(w.formula), ...(w.result !== undefined ? { result: w.result } : {}) } as ExcelJS.CellValue;
  } else if (w.value !== undefined) {
    // Strings are written as strings: ExcelJS never turns text into a formula, so user text stays inert.
    cell.value = w.value;
  }
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (w.numberFormat) style.numFmt = w.numberFormat;
  // Text Excel would read as a formula if the user re-entered the cell is formatted as text, as a typed apostrophe does.
  if (typeof w.value === 'string' && /^[=+\-@]/.test(w.value)) style.numFmt = '@';
  if (w.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${w.fill}` } };
  if (w.fontColor || w.bold) style.font = { ...clone(style.font ?? {}), ...(w.fontColor ? { color: { argb: `FF${w.fontColor}` } } : {}), ...(w.bold ? { bold: true } : {}) };
  cell.style = style;
  if (w.note !== undefined) setCellNote(cell, w.note);
}

function detachSharedDependents(ws: ExcelJS.Worksheet, address: string): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as { sharedFormula?: string } | null;
      if (v && typeof v === 'object' && v.sharedFormula === address) {
        const formula = cellFormula(cell);
        if (formula) cell.value = { formula: stripEquals(formula), result: formulaResult(cell) } as ExcelJS.CellValue;
      }
    });
  });
}

function isFormulaValue(v: unknown): v is { formula: string } {
  return typeof v === 'object' && v !== null && typeof (v as { formula?: unknown }).formula === 'string';
}

function isSharedChild(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { sharedFormula?: unknown }).sharedFormula === 'string';
}

function stripEquals(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** JSON cannot hold Dates; they are tagged so that undo restores a date, not its text. */
function encodeValue(v: unknown): unknown {
  return walk(v, (x) => (x instanceof Date ? { $date: x.toISOString() } : undefined));
}

function decodeValue(v: unknown): unknown {
  return walk(v, (x) => (isTaggedDate(x) ? new Date(x.$date) : undefined));
}

function isTaggedDate(x: unknown): x is { $date: string } {
  return typeof x === 'object' && x !== null && typeof (x as { $date?: unknown }).$date === 'string' && Object.keys(x).length === 1;
}

/** A deep copy where `swap` may replace any node. */
function walk(v: unknown, swap: (x: unknown) => unknown): unknown {
  const swapped = swap(v);
  if (swapped !== undefined) return swapped;
  if (Array.isArray(v)) return v.map((x) => walk(x, swap));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, swap)]));
  return v ?? null;
}
