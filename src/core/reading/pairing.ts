import type { ColumnRole, TableColumn } from '../tables/table';

/** Same period: accumulated or not, this year or the previous one, and the same year when both name one. */
export function samePeriod(a: TableColumn, b: TableColumn): boolean {
  if (a.q.accumulated !== b.q.accumulated || a.q.previousYear !== b.q.previousYear) return false;
  return a.q.year === undefined || b.q.year === undefined || a.q.year === b.q.year;
}

/** The column of a role that belongs with `target`: same period, nearest to it (left first). */
export function partner(
  columns: TableColumn[],
  target: TableColumn,
  role: ColumnRole,
  match: (candidate: TableColumn) => boolean = (c) => samePeriod(c, target),
): TableColumn | undefined {
  const candidates = columns.filter((c) => c.role === role && c !== target && match(c));
  if (candidates.length === 0) return undefined;
  return candidates.sort((x, y) => distance(x, target) - distance(y, target))[0];
}

function distance(c: TableColumn, target: TableColumn): number {
  const d = target.col - c.col;
  // Prefer columns to the left: the inputs usually come before the derived column.
  return d > 0 ? d : 1000 - d;
}
