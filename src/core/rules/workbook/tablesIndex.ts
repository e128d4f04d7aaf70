import type { RecognizedTable } from '../../recognize/recognize';
import type { TableColumn, TableKind, TableRow } from '../../tables/table';

/** Tables of the workbook by kind, for rules that compare tables with each other. */
export type TablesByKind = (kind: TableKind) => RecognizedTable[];

export function indexTables(all: RecognizedTable[]): TablesByKind {
  return (kind) => all.filter((t) => t.table.kind === kind);
}

/** The row that carries the table's result: "Resultat" if present, else its last total row. */
export function resultRow(rows: TableRow[]): TableRow | undefined {
  const totals = rows.filter((r) => r.kind === 'total');
  return totals.filter((r) => r.compact.startsWith('resultat') || r.compact.startsWith('åretsresultat')).pop() ?? totals.pop();
}

/** This year's accumulated budget variance column, preferring the latest year. */
export function currentVarianceColumn(columns: TableColumn[]): TableColumn | undefined {
  const candidates = columns.filter((c) => c.role === 'budgetVariance' && !c.q.previousYear);
  const acc = candidates.filter((c) => c.q.accumulated);
  const pool = acc.length ? acc : candidates;
  return pool.sort((a, b) => (b.q.year ?? 0) - (a.q.year ?? 0))[0];
}
