/** A row's avvikelse in one avvikelse column, read from the reading, never from a second rule. */
import { differenceMeaning, rowRole, type RowRole } from '../derive/varianceWords';
import { rowSign } from '../reading/orientation';
import type { DerivedColumn, TableReading } from '../reading/types';
import type { TableRow } from '../tables/table';
import type { RowVariance } from './types';

/**
 * The stated avvikelse when the cell holds a figure (that is what the report prints and what the
 * reader will compare the text with); else computed from its inputs in the table's orientation.
 */
export function rowVariance(t: TableReading, column: DerivedColumn, row: TableRow, role: RowRole = rowRole(row, t.table)): RowVariance | undefined {
  const stated = t.figures.get(row.row, column.target.col);
  if (stated && !stated.blank) return make(row, role, stated.value, stated.decimals);
  const a = t.figures.get(row.row, column.a.col);
  const b = t.figures.get(row.row, column.b.col);
  if (!a || !b || (a.blank && b.blank)) return undefined;
  const variance = rowSign(t, row, column) * (a.value - b.value);
  return make(row, role, variance, Math.max(a.decimals, b.decimals));
}

/** An avvikelse column alone (a driftredovisning has no utfall or budget beside it). */
export function statedVariance(t: TableReading, col: number, row: TableRow, role: RowRole): RowVariance | undefined {
  const stated = t.figures.get(row.row, col);
  if (!stated || stated.blank) return undefined;
  return make(row, role, stated.value, stated.decimals);
}

function make(row: TableRow, role: RowRole, variance: number, decimals: number): RowVariance {
  return { label: row.label, role, variance, decimals, verdict: differenceMeaning({ oriented: variance }, role, decimals).verdict };
}

/** The rows that explain most of an avvikelse: largest first, those that round to zero left out. */
export function largest(rows: RowVariance[], count: number): RowVariance[] {
  return rows.filter((r) => r.verdict !== 'level').sort((x, y) => Math.abs(y.variance) - Math.abs(x.variance)).slice(0, count);
}
