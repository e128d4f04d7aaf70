/**
 * What makes a row or a column "the same" in two months: the normalised label of a row (controllers
 * insert and reorder rows) and the role of a column (headers are reworded, columns move).
 */
import { compactLabel } from '../text/normalize';
import type { TableColumn, TableRow } from '../tables/table';

/** Keys per row; a label that occurs twice gets its occurrence number so both rows keep a key. */
export function rowKeys(rows: readonly TableRow[]): Map<string, TableRow> {
  return keyed(rows, (r) => compactLabel(r.label));
}

/** Keys per column: role, accumulated, previous year and the group header (two-level headers). */
export function columnKeys(columns: readonly TableColumn[]): Map<string, TableColumn> {
  return keyed(columns, (c) => [c.role, c.q.accumulated ? 'ack' : '', c.q.previousYear ? 'fg' : '', c.q.group ?? ''].join('|'));
}

function keyed<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  const seen = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    out.set(n === 1 ? k : `${k}#${n}`, item);
  }
  return out;
}
