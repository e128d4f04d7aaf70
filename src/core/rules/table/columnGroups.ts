import { consistent, differenceClause, fmt, makeFinding, measure } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import { add, sub, type Interval } from '../../numbers/interval';
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
    const women = cols.find((c) => c.role === 'women');
    const men = cols.find((c) => c.role === 'men');
    const total = cols.find((c) => c.role === 'total');
    if (women && men && total) findings.push(...checkParts(ctx, women, men, total, rates));
  }
  findings.push(...checkGroupChange(ctx, groups));
  return findings;
}

function checkParts(ctx: TableContext, women: TableColumn, men: TableColumn, total: TableColumn, rates: boolean): Finding[] {
  const { table, figures } = ctx;
  const out: Finding[] = [];
  for (const row of table.rows) {
    if (row.kind === 'section') continue;
    const t = figures.get(row.row, total.col);
    const w = figures.get(row.row, women.col);
    const m = figures.get(row.row, men.col);
    if (!t || t.blank || !w || !m || w.blank || m.blank) continue;
    const d = Math.max(t.decimals, w.decimals, m.decimals);
    const where = a1(row.row, total.col);
    if (rates) {
      const between: Interval = { lo: Math.min(w.interval.lo, m.interval.lo), hi: Math.max(w.interval.hi, m.interval.hi) };
      if (consistent(t, between)) continue;
      const mm = measure(t, between);
      const msg = `${cellName(table, row.row, total)} (${where}) är ${fmt(t.value, d)} men ett vägt medelvärde av Kvinnor (${fmt(w.value, d)}) och Män (${fmt(m.value, d)}) måste ligga mellan dem.`;
      out.push(makeFinding('relation.weighted-mean', table.sheet, row.row, total.col, msg, mm));
      continue;
    }
    const expected = add(w.interval, m.interval);
    if (consistent(t, expected)) continue;
    const mm = measure(t, expected);
    const msg = `${cellName(table, row.row, total)} (${where}) är ${fmt(t.value, d)} men Kvinnor + Män (${a1(row.row, women.col)} + ${a1(row.row, men.col)}) är ${fmt(mm.expected, d)}; ${differenceClause(mm, d)}.`;
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
    const cur = current.find((c) => c.role === change.role);
    const prev = previous.find((c) => c.role === change.role);
    if (!cur || !prev) continue;
    for (const row of table.rows) {
      if (row.kind === 'section') continue;
      const t = figures.get(row.row, change.col);
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
