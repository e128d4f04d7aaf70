/**
 * Which rows a parameter's target means, by normalised label: a row ("Personalkostnader",
 * "Område näringslivsutveckling" or just "näringslivsutveckling"), a subtotal (its rows), or a
 * group ("Intäkter" = every revenue row, "Kostnader" = every cost row).
 */
import type { SumParts } from './totals';
import type { TableRow } from '../tables/table';
import { didYouMean, nearNames } from '../text/didYouMean';
import { compactLabel } from '../text/normalize';

const GROUPS: Record<string, TableRow['section']> = {
  intäkter: 'revenue',
  intäkt: 'revenue',
  verksamhetensintäkter: 'revenue',
  kostnader: 'cost',
  kostnad: 'cost',
  verksamhetenskostnader: 'cost',
};

/** The rows a target stands for, or why there are none: unknown, or the start of several names. */
export type RowMatch = { rows: TableRow[]; problem?: undefined } | { rows: []; problem: string };

/**
 * The leaf rows a target stands for. A name must be one row's or group's exactly (case, spaces
 * and dashes aside): "Övriga" changing both Övriga intäkter and Övriga kostnader was a silent
 * wrong result, so a part of a name is a question back ("Menade du …?"), never a match.
 */
export function matchRows(target: string, rows: readonly TableRow[], sums: SumParts): RowMatch {
  const want = compactLabel(target).replace(/^-+/, '');
  const leaves = rows.filter((r) => r.kind === 'leaf');
  if (!want) return { rows: [], problem: 'Ange en rad eller en grupp (Intäkter, Kostnader).' };
  const exact = rows.find((r) => r.compact === want || r.compact.replace(/^område/, '') === want);
  if (exact?.kind === 'leaf') return { rows: [exact] };
  if (exact && exact.kind !== 'nonMoney') return { rows: coveredLeaves(exact, rows, sums) };
  const group = GROUPS[want];
  if (group) return { rows: leaves.filter((r) => r.section === group) };
  const near = nearNames(want, rows.filter((r) => r.kind !== 'nonMoney' && r.kind !== 'section'));
  if (near.length > 0) return { rows: [], problem: `Ingen rad heter exakt ${target}. ${didYouMean(near.map((r) => r.label))}` };
  return { rows: [], problem: `Ingen rad i tabellen heter ${target}. Rader: ${leaves.map((r) => r.label).join(', ')}.` };
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
