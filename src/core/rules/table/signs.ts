import { fmt, makeFinding } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import { AMOUNT_ROLES } from '../../recognize/signConvention';
import { cellName, type TableContext } from './context';

/** Tables whose rows are revenues and costs of an income statement, where signs carry meaning. */
const SIGNED_KINDS = new Set(['resultatrapport', 'resultatbudget', 'generic']);

/**
 * sign.cost / sign.revenue: in a costs-negative table a positive cost is almost always a typing
 * error, and the other way round (DOMAIN §4); a negative revenue is worth a look.
 */
export function checkSigns(ctx: TableContext): Finding[] {
  const { table, figures } = ctx;
  const convention = table.signConvention;
  if (!convention || !SIGNED_KINDS.has(table.kind)) return [];
  const hasRevenue = table.rows.some((r) => r.section === 'revenue');
  const out: Finding[] = [];
  for (const col of table.columns.filter((c) => AMOUNT_ROLES.has(c.role))) {
    for (const row of table.rows) {
      if (row.kind !== 'leaf' && row.kind !== 'subtotal') continue;
      const f = figures.get(row.row, col.col);
      if (!f || f.blank) continue;
      const where = a1(row.row, col.col);
      if (row.section === 'cost') {
        const wrong = convention === 'costs-negative' ? f.interval.lo > 0 : f.interval.hi < 0;
        if (!wrong) continue;
        const should = convention === 'costs-negative' ? 'negativa' : 'positiva';
        out.push(
          makeFinding('sign.cost', table.sheet, row.row, col.col,
            `${cellName(table, row.row, col)} (${where}) är ${fmt(f.value, f.decimals)}, men tabellen redovisar kostnader som ${should} tal; tecknet ser fel ut.`,
            { expected: -f.value, found: f.value, difference: 2 * f.value, tolerance: 0 }),
        );
      } else if (row.section === 'revenue' && hasRevenue && f.interval.hi < 0) {
        out.push(
          makeFinding('sign.revenue', table.sheet, row.row, col.col,
            `${cellName(table, row.row, col)} (${where}) är ${fmt(f.value, f.decimals)}; intäkter redovisas som positiva tal.`,
            { expected: -f.value, found: f.value, difference: 2 * f.value, tolerance: 0 }),
        );
      }
    }
  }
  return out;
}
