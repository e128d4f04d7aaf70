/** Number formats for derived cells that match the table: amounts as their inputs, ratios with one decimal. */
import type { Cell } from '../model/workbook';
import type { DerivedKind } from './types';

/**
 * Undefined leaves the cell's own format alone: a user's existing format is theirs. Only cells
 * still in General (new columns, empty cells) get one.
 */
export function derivedNumberFormat(kind: DerivedKind, target: Cell, input: Cell, decimals: number): string | undefined {
  if (target.numberFormat && target.numberFormat !== 'General') return undefined;
  if (kind === 'relation' || kind === 'growth') return '0.0';
  if (input.numberFormat && input.numberFormat !== 'General') return input.numberFormat;
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}
