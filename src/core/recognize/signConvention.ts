import type { SignConvention, TableColumn, TableRow } from '../tables/table';

/** Columns holding amounts as booked (not differences), where the sign of a cost means something. */
export const AMOUNT_ROLES = new Set(['actual', 'budget', 'forecast', 'plan', 'value', 'turnover']);

/**
 * Costs negative or costs positive, by majority of the cost rows' amounts (DOMAIN §4).
 * Undefined when the table has no recognisable cost rows.
 */
export function detectSignConvention(
  rows: TableRow[],
  columns: TableColumn[],
  valueAt: (row: number, col: number) => number | undefined,
): SignConvention | undefined {
  let negative = 0;
  let positive = 0;
  const amountCols = columns.filter((c) => AMOUNT_ROLES.has(c.role));
  for (const r of rows) {
    if (r.section !== 'cost' || (r.kind !== 'leaf' && r.kind !== 'subtotal')) continue;
    // A subtotal speaks for its block; weigh it more than a single leaf.
    const weight = r.kind === 'subtotal' ? 3 : 1;
    for (const c of amountCols) {
      const v = valueAt(r.row, c.col);
      if (v === undefined || v === 0) continue;
      if (v < 0) negative += weight;
      else positive += weight;
    }
  }
  if (negative === 0 && positive === 0) return undefined;
  return negative >= positive ? 'costs-negative' : 'costs-positive';
}
