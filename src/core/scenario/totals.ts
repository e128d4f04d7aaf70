/**
 * Sum rows recomputed from their parts, as the reading of the table found them (the same rows the
 * sum checks hold each sum to, costs netted when they are written positive).
 */
import type { SumPart } from '../reading/types';
import type { TableRow } from '../tables/table';

/** What each sum row adds, as the reading of the table found it. */
export type SumParts = ReadonlyMap<TableRow, readonly SumPart[]>;

/**
 * Values of every row: leaves (and count rows) from `leaf`, sums from their parts unless `fixed`
 * gives a value (a sum formula the workbook recomputed). A part without a value leaves the sum
 * without one too: never a total that silently leaves a row out.
 */
export function withTotals(
  rows: readonly TableRow[],
  sums: SumParts,
  leaf: (row: TableRow) => number | null,
  fixed: (row: TableRow) => number | null | undefined = () => undefined,
): Map<TableRow, number | null> {
  const out = new Map<TableRow, number | null>();
  for (const row of rows) {
    if (row.kind !== 'subtotal' && row.kind !== 'total') {
      out.set(row, leaf(row));
      continue;
    }
    const own = fixed(row);
    if (own !== undefined) {
      out.set(row, own);
      continue;
    }
    const parts = sums.get(row) ?? [];
    let sum: number | null = 0;
    for (const p of parts) {
      const v = out.get(p.row);
      if (v === null || v === undefined) {
        sum = null;
        break;
      }
      sum += p.weight * v;
    }
    out.set(row, parts.length === 0 ? leaf(row) : sum);
  }
  return out;
}

/** How much each leaf counts in a sum row, through its subtotals (Resultat = Σ weight × leaf). */
export function leafWeights(sums: SumParts, sumRow: TableRow): Map<TableRow, number> {
  const out = new Map<TableRow, number>();
  const walk = (r: TableRow, w: number): void => {
    const parts = r.kind === 'subtotal' || r.kind === 'total' ? sums.get(r) : undefined;
    if (!parts || parts.length === 0) {
      out.set(r, (out.get(r) ?? 0) + w);
      return;
    }
    for (const p of parts) walk(p.row, w * p.weight);
  };
  walk(sumRow, 1);
  return out;
}
