/**
 * Which value column a name means: the base's result column and a parameter's "only this column"
 * are found the same way, and an unknown name gets the same question back as an unknown row.
 */
import type { TableColumn } from '../tables/table';
import { didYouMean, nearNames } from '../text/didYouMean';
import { compactLabel } from '../text/normalize';

export type ColumnMatch = { column: TableColumn; problem?: undefined } | { column?: undefined; problem: string };

/** A column by its header as the user wrote it: exact, then contained ("2024" finds "Budget 2024"). */
export function findColumn(columns: readonly TableColumn[], name: string): TableColumn | undefined {
  const want = compactLabel(name);
  return columns.find((c) => c.compact === want) ?? columns.find((c) => compactLabel(c.header) === want) ?? columns.find((c) => c.compact.includes(want));
}

/** The column, or "Kolumnen X finns inte i tabellen. Menade du …?" offering the near ones, else all (a table has few). */
export function matchColumn(columns: readonly TableColumn[], name: string): ColumnMatch {
  const column = findColumn(columns, name);
  if (column) return { column };
  const near = nearNames(compactLabel(name), columns);
  return { problem: `Kolumnen ${name} finns inte i tabellen. ${didYouMean((near.length > 0 ? near : columns).map((c) => c.header))}` };
}
