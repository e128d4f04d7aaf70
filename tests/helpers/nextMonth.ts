/**
 * Edits a read workbook model the way a controller turns last month's report into this month's:
 * typed figures changed (formulas recomputed by the engine's evaluator), a row inserted with the
 * formulas below shifted, two rows swapped, a sheet renamed.
 */
import { recalculate, type CellChange } from '../../src/core/evaluate';
import type { Cell, Sheet, Workbook } from '../../src/core/model/workbook';

export function cloneWorkbook(wb: Workbook): Workbook {
  return JSON.parse(JSON.stringify(wb)) as Workbook;
}

function sheetOf(wb: Workbook, name: string): Sheet {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`No sheet ${name}`);
  return s;
}

/** Sets typed figures and recomputes every formula that depends on them. */
export function setFigures(wb: Workbook, changes: CellChange[]): void {
  const rec = recalculate(wb, changes);
  if (rec.problems.length > 0) throw new Error(JSON.stringify(rec.problems));
  for (const sheet of wb.sheets) {
    sheet.rows.forEach((row, r) => row?.forEach((cell, c) => {
      if (!cell || cell.type === 'empty') return;
      const isChanged = changes.some((x) => x.sheet === sheet.name && x.row === r + 1 && x.col === c + 1);
      if (!cell.formula && !isChanged) return;
      const v = rec.value(sheet.name, r + 1, c + 1);
      if (typeof v === 'number') cell.value = v;
    }));
  }
}

/** Shifts same-sheet A1 row references at or below `at` by `by` rows. */
function shiftFormula(formula: string, at: number, by: number): string {
  return formula.replace(/(\$?[A-Z]{1,3}\$?)(\d+)(?![\d(])/g, (m, col: string, row: string) => (Number(row) >= at ? `${col}${Number(row) + by}` : m));
}

/** Inserts a row before `at` (cells given by column), shifting what is below and its formulas. */
export function insertRow(wb: Workbook, name: string, at: number, cells: Array<Cell | null>): void {
  const sheet = sheetOf(wb, name);
  for (const row of sheet.rows) for (const cell of row ?? []) {
    if (cell?.formula) {
      cell.formula = shiftFormula(cell.formula, at, 1);
      delete cell.formulaR1C1;
    }
  }
  sheet.rows.splice(at - 1, 0, cells);
  sheet.rowCount += 1;
  for (const m of sheet.merges) {
    if (m.top >= at) m.top += 1;
    if (m.bottom >= at) m.bottom += 1;
  }
}

/** Swaps two rows whose formulas refer only to their own row (Relation = avvikelse / omsättning). */
export function swapRows(wb: Workbook, name: string, a: number, b: number): void {
  const sheet = sheetOf(wb, name);
  const rows = sheet.rows;
  [rows[a - 1], rows[b - 1]] = [rows[b - 1], rows[a - 1]];
  const own = (row: number, from: number) => {
    for (const cell of rows[row - 1] ?? []) {
      if (!cell?.formula) continue;
      cell.formula = cell.formula.replace(new RegExp(`(\\$?[A-Z]{1,3}\\$?)${from}(?!\\d)`, 'g'), `$1${row}`);
      delete cell.formulaR1C1;
    }
  };
  own(a, b);
  own(b, a);
}

export function renameSheet(wb: Workbook, from: string, to: string): void {
  sheetOf(wb, from).name = to;
}
