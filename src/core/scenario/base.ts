/**
 * The table a scenario starts from: a recognised resultatbudget, resultatrapport or driftbudget
 * with its value columns, its figures, and whether it is built from formulas (then the workbook's
 * own formulas are recomputed, see ../evaluate).
 */
import { FigureReader } from '../check/figures';
import { layeredIndexTable, readWorkbookIndex, type IndexTable } from '../indexation';
import { cellAt, type Sheet, type Workbook } from '../model/workbook';
import { recognizeSheet } from '../recognize/recognize';
import { AMOUNT_ROLES } from '../recognize/signConvention';
import type { Table, TableColumn, TableKind, TableRow } from '../tables/table';
import { matchColumn } from './columnMatch';
import type { ScenarioBaseRef } from './parameters';
import { readTable } from '../reading/readTable';
import type { SumParts } from './totals';

export const SCENARIO_TABLE_KINDS: readonly TableKind[] = ['resultatbudget', 'resultatrapport', 'driftbudget'];

export interface ScenarioBase {
  workbook: Workbook;
  sheet: Sheet;
  table: Table;
  /** Amount columns the scenario recomputes (variance and ratio columns are not inputs). */
  columns: TableColumn[];
  /** The column the result against the ram is read from. */
  primary: TableColumn;
  /** Rows with figures, in the table's order. */
  rows: TableRow[];
  figures: FigureReader;
  costsPositive: boolean;
  /** Some figure of the table is a formula: the workbook's formulas are recomputed. */
  formulaModel: boolean;
  /** Bundled index values, the user's own over them, the workbook's Index sheet over both. */
  indexTable: IndexTable;
  /** What each sum row adds, from the one reading of the table the checks use too. */
  sums: SumParts;
}

export type BaseOutcome = { ok: true; base: ScenarioBase } | { ok: false; message: string };

/** `userIndex`: the user's own index values, under the workbook's Index sheet. */
export function scenarioBase(workbook: Workbook, ref: ScenarioBaseRef, userIndex?: IndexTable): BaseOutcome {
  const sheet = workbook.sheets.find((s) => s.name === ref.sheet) ?? workbook.sheets.find((s) => s.name.toLowerCase() === ref.sheet.trim().toLowerCase());
  if (!sheet) return { ok: false, message: `Bladet ${ref.sheet} finns inte. Blad: ${workbook.sheets.map((s) => s.name).join(', ')}.` };
  const recognized = recognizeSheet(sheet);
  const usable = recognized.filter((t) => SCENARIO_TABLE_KINDS.includes(t.table.kind));
  if (usable.length === 0) {
    const found = recognized.map((t) => t.table.kind).join(', ');
    return { ok: false, message: `På bladet ${sheet.name} finns ingen resultatbudget, resultatrapport eller driftbudget att räkna scenario på${found ? ` (hittade: ${found})` : ''}.` };
  }
  const chosen = usable[ref.table ?? 0];
  if (!chosen) return { ok: false, message: `Bladet ${sheet.name} har ${usable.length} tabeller att räkna på; tabell ${(ref.table ?? 0) + 1} finns inte.` };
  const { table, figures } = chosen;
  const reading = readTable(sheet, chosen);
  const columns = valueColumns(table);
  if (columns.length === 0) return { ok: false, message: `Tabellen på bladet ${sheet.name} har inga beloppskolumner.` };
  let primary = naturalColumn(table.kind, columns);
  if (ref.column) {
    const match = matchColumn(columns, ref.column);
    if (!match.column) return { ok: false, message: match.problem };
    primary = match.column;
  }
  const rows = table.rows.filter((r) => r.kind !== 'section');
  const formulaModel = rows.some((r) => columns.some((c) => cellAt(sheet, r.row, c.col).formula !== undefined));
  return {
    ok: true,
    base: {
      workbook,
      sheet,
      table,
      columns,
      primary,
      rows,
      figures,
      costsPositive: table.signConvention === 'costs-positive',
      formulaModel,
      indexTable: layeredIndexTable({ user: userIndex, workbook: readWorkbookIndex(workbook) }),
      sums: new Map(reading.structure.sums.map((s) => [s.row, s.parts])),
    },
  };
}

/** Amount columns a scenario can recompute (variance and ratio columns are not inputs). */
export function valueColumns(table: Table): TableColumn[] {
  return table.columns.filter((c) => AMOUNT_ROLES.has(c.role) || c.role === 'frame');
}

/** The budget of the latest year; the full-year prognos of a report; the latest ram of a driftbudget. */
export function naturalColumn(kind: TableKind, columns: TableColumn[]): TableColumn {
  const latest = (role: TableColumn['role']) =>
    columns.filter((c) => c.role === role && !c.q.previousYear && !c.q.accumulated).sort((a, b) => (b.q.year ?? 0) - (a.q.year ?? 0))[0];
  if (kind === 'driftbudget') return latest('frame') ?? columns[0];
  if (kind === 'resultatrapport') return latest('forecast') ?? latest('budget') ?? columns[0];
  return latest('budget') ?? columns[0];
}

/** The figure of a row in a column as stored (undefined for an error value or a label). */
export function baseValue(base: ScenarioBase, row: TableRow, col: TableColumn): number | undefined {
  return base.figures.value(row.row, col.col) ?? (base.figures.get(row.row, col.col)?.blank ? 0 : undefined);
}
