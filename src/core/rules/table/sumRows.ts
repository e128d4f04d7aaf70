import { consistent, differenceClause, fmt, makeFinding, measure } from '../../check/mismatch';
import type { Figure } from '../../check/figures';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import { neg, scale, sumIntervals, type Interval } from '../../numbers/interval';
import type { Section, TableColumn, TableRow } from '../../tables/table';
import { isAdditive } from '../../recognize/columnRoles';
import { cellName, type TableContext } from './context';

interface Item {
  row: TableRow;
  /** Leaf rows the item stands for. */
  leaves: TableRow[];
}

/**
 * sum.row-total: every Summa/Totalt/Resultat row against the rows it covers, within rounding.
 * "Summa X" covers the leaves since the previous sum; a total covers everything above it
 * (subtotals and the leaves outside them), so Resultat = Verksamhetens nettokostnad + Finansnetto.
 */
export function checkSumRows(ctx: TableContext): Finding[] {
  const findings: Finding[] = [];
  for (const col of ctx.table.columns.filter(isAdditive)) findings.push(...checkColumn(ctx, col));
  return findings;
}

function checkColumn(ctx: TableContext, col: TableColumn): Finding[] {
  const { table, figures } = ctx;
  const findings: Finding[] = [];
  const costsPositive = table.signConvention === 'costs-positive';
  // With costs written positive, a total is revenues minus costs.
  const weight = (s: Section) => (costsPositive && s === 'cost' ? -1 : 1);
  let items: Item[] = [];
  for (const row of table.rows) {
    if (row.kind === 'leaf') {
      items.push({ row, leaves: [row] });
      continue;
    }
    if (row.kind !== 'subtotal' && row.kind !== 'total') continue;
    const covered = row.kind === 'subtotal' ? trailingLeaves(items) : items;
    if (covered.length > 0) {
      const target = figures.get(row.row, col.col);
      const parts = covered.map((it) => figures.get(it.row.row, col.col));
      if (target && !target.blank && parts.every((p) => p !== undefined)) {
        const subtotal = row.kind === 'subtotal';
        const expected = sumIntervals(parts.map((p, i) => scale(p!.interval, subtotal ? 1 : weight(covered[i].row.section))));
        const leaves = covered.flatMap((it) => it.leaves);
        const leafFigures = leaves.map((l) => figures.get(l.row, col.col));
        const alternatives: Interval[] = [expected];
        if (!subtotal && costsPositive) alternatives.push(neg(expected));
        if (leafFigures.every((f) => f !== undefined)) {
          const viaLeaves = sumIntervals(leafFigures.map((f, i) => scale(f!.interval, subtotal ? 1 : weight(leaves[i].section))));
          alternatives.push(viaLeaves);
          if (!subtotal && costsPositive) alternatives.push(neg(viaLeaves));
        }
        if (!alternatives.some((e) => consistent(target, e))) {
          findings.push(sumFinding(ctx, row, col, target, expected, covered, parts as Figure[]));
        }
      }
    }
    const leaves = covered.flatMap((it) => it.leaves);
    const section = row.section !== 'neutral' ? row.section : row.kind === 'subtotal' ? covered[0]?.row.section ?? 'neutral' : 'neutral';
    items = [...items.slice(0, items.length - covered.length), { row: { ...row, section }, leaves }];
  }
  return findings;
}

/** The leaf items since the last subtotal or total. */
function trailingLeaves(items: Item[]): Item[] {
  let i = items.length;
  while (i > 0 && items[i - 1].row.kind === 'leaf') i--;
  return items.slice(i);
}

function sumFinding(
  ctx: TableContext,
  row: TableRow,
  col: TableColumn,
  target: Figure,
  expected: Interval,
  covered: Item[],
  parts: Figure[],
): Finding {
  const m = measure(target, expected);
  const d = Math.max(target.decimals, ...parts.map((p) => p.decimals));
  const where = a1(row.row, col.col);
  const allLeaves = covered.every((it) => it.row.kind === 'leaf');
  const what = allLeaves
    ? `raderna ${a1(covered[0].row.row, col.col)}–${a1(covered[covered.length - 1].row.row, col.col)} summerar till`
    : `${covered.map((it) => it.row.label).join(' + ')} ger`;
  const message = `${cellName(ctx.table, row.row, col)} (${where}) är ${fmt(target.value, d)} men ${what} ${fmt(m.expected, d)}; ${differenceClause(m, d)}.`;
  return makeFinding('sum.row-total', ctx.table.sheet, row.row, col.col, message, m);
}
