/**
 * The columns a percentage changes when it names none: budget and prognos. Utfall and fg år are
 * what happened; "+2 % on Övriga kostnader" is a what-if on the plan, not a rewrite of history.
 */
import type { TableColumn, TableKind } from '../tables/table';
import type { ScenarioBase } from './base';

/** What the pane calls the columns a percentage changes by default. */
export const PERCENT_COLUMNS_WORD = 'Budget och prognos';

export function changesByPercent(kind: TableKind, column: TableColumn): boolean {
  // Last year's budget beside this year's is history too (recognition marks it fg år).
  if (column.q.previousYear) return false;
  if (column.role === 'budget' || column.role === 'forecast') return true;
  // A driftbudget's omsättning is each område's budget or prognos.
  return kind === 'driftbudget' && column.role === 'turnover';
}

export function percentColumns(base: Pick<ScenarioBase, 'table' | 'columns'>): TableColumn[] {
  return base.columns.filter((c) => changesByPercent(base.table.kind, c));
}
