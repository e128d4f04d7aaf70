import type { Finding } from '../../findings/finding';
import { cellAt } from '../../model/workbook';
import { isAdditive } from '../../recognize/columnRoles';
import { hardcodedFinding } from '../formula/hardcodedFinding';
import { r1c1Of } from '../formula/pattern';
import type { TableContext } from './context';

/**
 * formula.hardcoded in a table's sum row: the other amount columns add up their rows with one
 * SUM pattern and this one holds a typed number. Right today, stale after the next correction.
 */
export function checkTypedSumCells(ctx: TableContext): Finding[] {
  const { table, sheet } = ctx;
  const columns = table.columns.filter(isAdditive);
  const out: Finding[] = [];
  for (const row of table.rows.filter((r) => r.kind === 'subtotal' || r.kind === 'total')) {
    const placed = columns.map((c) => ({ row: row.row, col: c.col, cell: cellAt(sheet, row.row, c.col) }));
    const sums = placed.filter((p) => p.cell.formula !== undefined && /^=\s*(SUM|SUMMA)\(/i.test(p.cell.formula));
    const patterns = new Set(sums.map((p) => r1c1Of(p.cell, p.row, p.col)));
    if (sums.length < 2 || patterns.size !== 1) continue;
    for (const p of placed) {
      if (p.cell.type === 'number' && p.cell.formula === undefined) {
        const model = sums.reduce((best, s) => (Math.abs(s.col - p.col) < Math.abs(best.col - p.col) ? s : best));
        out.push(hardcodedFinding(table.sheet, p, model, 'row'));
      }
    }
  }
  return out;
}
