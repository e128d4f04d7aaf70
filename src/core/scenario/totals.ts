/**
 * Sum rows recomputed from their parts, as the table's own sums read (Summa X = its rows, a
 * total = everything above it, costs netted when they are written positive).
 */
import { sumCoverages } from '../rules/table/sumCoverage';
import type { TableRow } from '../tables/table';

/**
 * Values of every row: leaves (and count rows) from `leaf`, sums from their parts unless `fixed`
 * gives a value (a sum formula the workbook recomputed). A part without a value leaves the sum
 * without one too: never a total that silently leaves a row out.
 */
export function withTotals(
  rows: readonly TableRow[],
  costsPositive: boolean,
  leaf: (row: TableRow) => number | null,
  fixed: (row: TableRow) => number | null | undefined = () => undefined,
): Map<TableRow, number | null> {
  const coverages = sumCoverages([...rows], costsPositive);
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
    const parts = coverages.get(row)?.[0]?.parts ?? [];
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
export function leafWeights(rows: readonly TableRow[], costsPositive: boolean, sumRow: TableRow): Map<TableRow, number> {
  const coverages = sumCoverages([...rows], costsPositive);
  const out = new Map<TableRow, number>();
  const walk = (r: TableRow, w: number): void => {
    const parts = r.kind === 'subtotal' || r.kind === 'total' ? coverages.get(r)?.[0]?.parts : undefined;
    if (!parts || parts.length === 0) {
      out.set(r, (out.get(r) ?? 0) + w);
      return;
    }
    for (const p of parts) walk(p.row, w * p.weight);
  };
  walk(sumRow, 1);
  return out;
}
