/**
 * The scenario's figures for every row and column of the base table. Typed tables get their
 * sums recomputed from the rows; tables built from formulas get the workbook's own formulas
 * recomputed in memory, so every dependent cell follows — inside the table and outside it.
 */
import { recalculate, type CellChange, type RecalcProblem, type Recalculation } from '../evaluate';
import { a1 } from '../model/address';
import { cellAt, eachCell } from '../model/workbook';
import type { TableColumn, TableRow } from '../tables/table';
import { baseValue, type ScenarioBase } from './base';
import { withTotals } from './totals';

export type Matrix = Map<TableRow, Array<number | null>>;

/** A cell outside the table whose value follows from the scenario (formula model only). */
export interface FollowingCell {
  sheet: string;
  cell: string;
  base: number | string | boolean | null;
  scenario: number | string | boolean | null;
}

export interface TableValues {
  matrix: Matrix;
  problems: RecalcProblem[];
  followers: FollowingCell[];
  notes: string[];
}

/** At most this many following cells are listed (a workbook may have thousands). */
const MAX_FOLLOWERS = 50;

export function tableValues(base: ScenarioBase, leaf: (row: TableRow, col: TableColumn) => number | null): TableValues {
  if (!base.formulaModel) {
    return { matrix: byColumns(base, (col) => withTotals(base.rows, base.sums, (r) => leaf(r, col))), problems: [], followers: [], notes: [] };
  }
  const changes: CellChange[] = [];
  for (const r of base.rows) {
    if (r.kind !== 'leaf') continue;
    for (const c of base.columns) {
      const v = leaf(r, c);
      if (v !== null && v !== baseValue(base, r, c)) changes.push({ sheet: base.sheet.name, row: r.row, col: c.col, value: v });
    }
  }
  const recalc = recalculate(base.workbook, changes);
  const notes: string[] = [];
  const current = (r: TableRow, c: TableColumn): number | null | undefined => {
    const cell = cellAt(base.sheet, r.row, c.col);
    if (cell.formula === undefined) return undefined;
    const outcome = recalc.outcome(base.sheet.name, r.row, c.col);
    if (outcome && outcome.status !== 'recomputed') return null;
    const v = recalc.value(base.sheet.name, r.row, c.col);
    return typeof v === 'number' ? v : null;
  };
  const matrix = byColumns(base, (col) =>
    withTotals(
      base.rows,
      base.sums,
      (r) => {
        const given = leaf(r, col);
        if (given !== baseValue(base, r, col)) return given;
        const v = current(r, col);
        return v === undefined ? given : v;
      },
      (r) => {
        const v = current(r, col);
        // A sum the evaluator could not recompute is added up from its rows instead, and said so.
        if (v === null) notes.push(`${r.label} (${a1(r.row, col.col)}) räknades från raderna eftersom formeln inte kunde räknas om.`);
        return v === null ? undefined : v;
      },
    ),
  );
  return { matrix, problems: recalc.problems, followers: followers(base, recalc), notes };
}

function byColumns(base: ScenarioBase, column: (col: TableColumn) => Map<TableRow, number | null>): Matrix {
  const perColumn = base.columns.map(column);
  return new Map(base.rows.map((r) => [r, perColumn.map((m) => m.get(r) ?? null)]));
}

function followers(base: ScenarioBase, recalc: Recalculation): FollowingCell[] {
  const inTable = (sheet: string, row: number, col: number) =>
    sheet === base.sheet.name && base.rows.some((r) => r.row === row) && base.columns.some((c) => c.col === col);
  const out: FollowingCell[] = [];
  for (const sheet of base.workbook.sheets) {
    for (const { row, col, cell } of eachCell(sheet)) {
      if (cell.formula === undefined || recalc.outcome(sheet.name, row, col)?.status !== 'recomputed' || inTable(sheet.name, row, col)) continue;
      const after = recalc.value(sheet.name, row, col);
      const before = cell.type === 'empty' ? null : cell.value;
      if (typeof after === 'object' && after !== null) continue;
      if (after === before || (typeof after === 'number' && typeof before === 'number' && Math.abs(after - before) < 1e-9)) continue;
      out.push({ sheet: sheet.name, cell: a1(row, col), base: before, scenario: after });
      if (out.length >= MAX_FOLLOWERS) return out;
    }
  }
  return out;
}
