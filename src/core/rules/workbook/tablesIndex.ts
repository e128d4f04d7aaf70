import type { ScopedTable } from '../../reading/readWorkbook';
import { inScope, type Scoped } from '../../reading/scope';
import type { TableColumn, TableKind, TableRow } from '../../tables/table';

/** Tables of the workbook by kind, for rules that compare tables with each other. */
export type TablesByKind = (kind: TableKind) => ScopedTable[];

export function indexTables(all: ScopedTable[]): TablesByKind {
  return (kind) => all.filter((t) => t.table.kind === kind);
}

/** The table of `tables` in the same scope as `item` (the same nämnd), or undefined when the scope cannot tell. */
export function tableInScope(item: Scoped, tables: ScopedTable[]): ScopedTable | undefined {
  const scope = inScope(item, tables.map((t) => t.scope));
  return scope && tables.find((t) => t.scope === scope);
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
