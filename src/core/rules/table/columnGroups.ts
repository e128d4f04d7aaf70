import { consistent, differenceClause, fmt, makeFinding, measure } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import { point, sub, sumIntervals, type Interval } from '../../numbers/interval';
import type { Figure } from '../../check/figures';
import type { TableColumn } from '../../tables/table';
import { cellName, type TableContext } from './context';

/**
 * Tables split by sex (årsarbetare, sjukfrånvaro; DOMAIN §3.5):
 * - sum.column-total: Totalt = Kvinnor + Män in each column group, for counts;
 * - relation.weighted-mean: for rates (sjukfrånvaro %) Totalt is a weighted mean and lies between the parts;
 * - variance.change: a Förändring group = this year's group − last year's, column by column.
 */
export function checkColumnGroups(ctx: TableContext): Finding[] {
  const { table } = ctx;
  const groups = new Map<string, TableColumn[]>();
  for (const c of table.columns) {
    const key = c.q.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const findings: Finding[] = [];
  const rates = table.kind === 'sjukfranvaro';
  for (const cols of groups.values()) {
    // Totalt over its group's parts: Kvinnor + Män, or Tillsvidare + Visstid.
    const total = cols.find((c) => c.role === 'total');
    const parts = cols.filter((c) => c !== total && (c.role === 'women' || c.role === 'men' || (c.role === 'value' && c.col < (total?.col ?? 0))));
    if (total && parts.length >= 2 && (ctx.table.kind === 'arsarbetare' || ctx.table.kind === 'sjukfranvaro' || parts.some((p) => p.role === 'women'))) {
      findings.push(...checkParts(ctx, parts, total, rates));
    }
  }
  findings.push(...checkGroupChange(ctx, groups));
  return findings;
}

function checkParts(ctx: TableContext, parts: TableColumn[], total: TableColumn, rates: boolean): Finding[] {
  const { table, figures } = ctx;
  const out: Finding[] = [];
  const names = parts.map((p) => p.header.split(' ').pop()).join(' + ');
  for (const row of table.rows) {
    if (row.kind === 'section') continue;
    const t = figures.target(row.row, total.col);
    const values = parts.map((p) => figures.get(row.row, p.col));
    if (!t || t.blank || values.some((v) => !v || v.blank)) continue;
    const figs = values as Figure[];
    const d = Math.max(t.decimals, ...figs.map((f) => f.decimals));
    const where = a1(row.row, total.col);
    if (rates) {
      const between: Interval = { lo: Math.min(...figs.map((f) => f.interval.lo)), hi: Math.max(...figs.map((f) => f.interval.hi)) };
      if (consistent(t, between)) continue;
      // The nearest value a weighted mean could take is what the cell should at least be.
      const mm = measure(t, point(t.value < between.lo ? between.lo : between.hi));
      const msg = `${cellName(table, row.row, total)} (${where}) är ${fmt(t.value, d)} men ett vägt medelvärde av ${names} (${figs.map((f) => fmt(f.value, d)).join(' och ')}) måste ligga mellan dem.`;
      out.push(makeFinding('relation.weighted-mean', table.sheet, row.row, total.col, msg, mm));
      continue;
    }
    const expected = sumIntervals(figs.map((f) => f.interval));
    if (consistent(t, expected)) continue;
    const mm = measure(t, expected);
    const msg = `${cellName(table, row.row, total)} (${where}) är ${fmt(t.value, d)} men ${names} (${parts.map((p) => a1(row.row, p.col)).join(' + ')}) är ${fmt(mm.expected, d)}; ${differenceClause(mm, d)}.`;
    out.push(makeFinding('sum.column-total', table.sheet, row.row, total.col, msg, mm));
  }
  return out;
}

function checkGroupChange(ctx: TableContext, groups: Map<string, TableColumn[]>): Finding[] {
  const { table, figures } = ctx;
  const changeKey = [...groups.keys()].find((k) => k.includes('förändring'));
  if (changeKey === undefined) return [];
  const dated = [...groups.entries()]
    .filter(([k, cols]) => k !== changeKey && cols[0].q.year !== undefined)
    .sort((x, y) => y[1][0].q.year! - x[1][0].q.year!);
  if (dated.length !== 2) return [];
  const [current, previous] = [dated[0][1], dated[1][1]];
  const out: Finding[] = [];
  for (const change of groups.get(changeKey)!) {
    const same = (c: TableColumn) => c.role === change.role && (c.role !== 'value' || c.own === change.own);
    const cur = current.find(same);
    const prev = previous.find(same);
    if (!cur || !prev) continue;
    for (const row of table.rows) {
      if (row.kind === 'section') continue;
      const t = figures.target(row.row, change.col);
      const a = figures.get(row.row, cur.col);
      const b = figures.get(row.row, prev.col);
      if (!t || t.blank || !a || !b) continue;
      const expected = sub(a.interval, b.interval);
      if (consistent(t, expected)) continue;
      const mm = measure(t, expected);
      const d = Math.max(t.decimals, a.decimals, b.decimals);
      const msg = `${cellName(table, row.row, change)} (${a1(row.row, change.col)}) är ${fmt(t.value, d)} men ${a1(row.row, cur.col)} − ${a1(row.row, prev.col)} är ${fmt(mm.expected, d)}; ${differenceClause(mm, d)}.`;
      out.push(makeFinding('variance.change', table.sheet, row.row, change.col, msg, mm));
    }
  }
  return out;
}
