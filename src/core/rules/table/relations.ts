import { consistent, differenceClause, fmt, makeFinding, measure } from '../../check/mismatch';
import type { Figure } from '../../check/figures';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import { cellAt } from '../../model/workbook';
import { isPercentFormat } from '../../numbers/displayPrecision';
import { abs, div, point, scale, sub, type Interval } from '../../numbers/interval';
import type { TableRow } from '../../tables/table';
import type { DerivedColumn } from '../../reading/types';
import { cellName, type TableContext } from './context';

const EXPECTED: Partial<Record<DerivedColumn['rule'], (a: Figure, b: Figure, pct: number) => Interval>> = {
  'relation.ratio': (a, b, pct) => scale(div(a.interval, b.interval), pct),
  'relation.growth': (a, b, pct) => scale(sub(div(a.interval, b.interval), point(1)), pct),
  'variance.change': (a, b) => sub(a.interval, b.interval),
};

/**
 * relation.ratio, relation.growth, variance.change: the per-row relations of DOMAIN §3.2 and §3.5
 * on the inputs the reading found (reading/relationColumns.ts).
 */
export function checkRowRelations(ctx: TableContext): Finding[] {
  const findings: Finding[] = [];
  for (const rel of ctx.structure.derived) if (EXPECTED[rel.rule]) findings.push(...checkRelation(ctx, rel));
  return findings;
}

function checkRelation(ctx: TableContext, rel: DerivedColumn): Finding[] {
  const { table, figures, sheet } = ctx;
  const findings: Finding[] = [];
  for (const row of table.rows) {
    if (row.kind === 'section') continue;
    const target = figures.target(row.row, rel.target.col);
    const a = figures.get(row.row, rel.a.col);
    const b = figures.get(row.row, rel.b.col);
    if (!target || target.blank || !a || !b) continue;
    const pct = rel.rule === 'variance.change' || isPercentFormat(cellAt(sheet, row.row, rel.target.col).numberFormat) ? 1 : 100;
    const expected = EXPECTED[rel.rule]!(a, b, pct);
    if (consistent(target, expected)) continue;
    // Avvikelse % over a negative (cost) budget is written either way: over the budget, or over its size.
    if (rel.b.role === 'budget' && consistent(target, EXPECTED[rel.rule]!(a, { ...b, interval: abs(b.interval) }, pct))) continue;
    findings.push(relationFinding(ctx, rel, row, target, expected, a, b));
  }
  return findings;
}

function relationFinding(ctx: TableContext, rel: DerivedColumn, row: TableRow, target: Figure, expected: Interval, a: Figure, b: Figure): Finding {
  const m = measure(target, expected);
  const d = Math.max(target.decimals, 1);
  const inputs = `${a1(row.row, rel.a.col)}, ${a1(row.row, rel.b.col)}`;
  const message =
    `${cellName(ctx.table, row.row, rel.target)} (${a1(row.row, rel.target.col)}) är ${fmt(target.value, d)} men ${rel.describe} ` +
    `(${inputs}: ${fmt(a.value, a.decimals)} och ${fmt(b.value, b.decimals)}) ger ${fmt(m.expected, d)}; ${differenceClause(m, d)}.`;
  return makeFinding(rel.rule, ctx.table.sheet, row.row, rel.target.col, message, m);
}

