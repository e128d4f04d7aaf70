import type { FigureReader } from '../check/figures';
import type { Table, TableColumn, TableRow } from '../tables/table';

/**
 * +1 for utfall − budget, −1 for budget − utfall: with costs written positive, a cost row's
 * variance is budget − utfall, and so is a net cost shown positive ("Nettokostnad 67,3").
 */
export function orientation(ctx: { table: Table; figures: FigureReader }, row: TableRow, minuend: TableColumn): number {
  if (ctx.table.signConvention !== 'costs-positive') return 1;
  if (row.section === 'cost') return -1;
  const isNetCost = (row.kind === 'total' || row.kind === 'subtotal') && row.compact.includes('nettokostnad');
  const v = ctx.figures.value(row.row, minuend.col);
  return isNetCost && v !== undefined && v > 0 ? -1 : 1;
}

/** The sign of one row of a derived avvikelse column: the column's own reading first, then the table's convention. */
export function rowSign(ctx: { table: Table; figures: FigureReader }, row: TableRow, column: { a: TableColumn; reversed?: boolean }): number {
  return column.reversed ? -1 : orientation(ctx, row, column.a);
}

/** "utfall − budget" → "budget − utfall": how a message names a difference taken the other way round. */
export function reversedFormula(formula: string): string {
  return formula.split(' − ').reverse().join(' − ');
}
