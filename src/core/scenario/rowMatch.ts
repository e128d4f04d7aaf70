/**
 * Which rows a parameter's target means, by normalised label: a row ("Personalkostnader",
 * "Område näringslivsutveckling" or just "näringslivsutveckling"), a subtotal (its rows), or a
 * group ("Intäkter" = every revenue row, "Kostnader" = every cost row).
 */
import type { SumParts } from './totals';
import type { TableRow } from '../tables/table';
import { compactLabel } from '../text/normalize';

const GROUPS: Record<string, TableRow['section']> = {
  intäkter: 'revenue',
  intäkt: 'revenue',
  verksamhetensintäkter: 'revenue',
  kostnader: 'cost',
  kostnad: 'cost',
  verksamhetenskostnader: 'cost',
};

/** The leaf rows a target stands for; empty when nothing matches. */
export function matchRows(target: string, rows: readonly TableRow[], sums: SumParts): TableRow[] {
  const want = compactLabel(target).replace(/^-+/, '');
  if (!want) return [];
  const leaves = rows.filter((r) => r.kind === 'leaf');
  const exact = rows.find((r) => r.compact === want || r.compact.replace(/^område/, '') === want);
  if (exact?.kind === 'leaf') return [exact];
  if (exact && exact.kind !== 'nonMoney') return coveredLeaves(exact, rows, sums);
  const group = GROUPS[want];
  if (group) return leaves.filter((r) => r.section === group);
  const partial = leaves.filter((r) => r.compact.includes(want));
  return partial;
}

/** The leaves a subtotal or total adds up, as the sum checks read it. */
function coveredLeaves(sumRow: TableRow, rows: readonly TableRow[], sums: SumParts): TableRow[] {
  const leaves = new Set<TableRow>();
  const expand = (r: TableRow): void => {
    if (r.kind === 'leaf') leaves.add(r);
    else sums.get(r)?.forEach((p) => expand(p.row));
  };
  expand(sumRow);
  return rows.filter((r) => leaves.has(r));
}
