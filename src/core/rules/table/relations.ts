import { consistent, differenceClause, fmt, makeFinding, measure } from '../../check/mismatch';
import type { Figure } from '../../check/figures';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import { cellAt } from '../../model/workbook';
import { isPercentFormat } from '../../numbers/displayPrecision';
import { div, point, scale, sub, type Interval } from '../../numbers/interval';
import type { TableColumn, TableRow } from '../../tables/table';
import { cellName, type TableContext } from './context';
import { partner } from './pairing';

/** A derived column computed per row from two input columns. */
export interface RowRelation {
  rule: string;
  target: TableColumn;
  a: TableColumn;
  b: TableColumn;
  /** The expected interval of the target from its inputs; `pct` is 100 or 1 (a %-formatted cell stores fractions). */
  expected: (a: Figure, b: Figure, pct: number) => Interval;
  /** "budgetavvikelse / omsättning × 100" */
  describe: string;
}

/**
 * relation.ratio, relation.growth, variance.change: the per-row relations of DOMAIN §3.2 and §3.5
 * (Relation = avvikelse / omsättning × 100; Ökningstakt = utfall / utfall fg år − 1;
 * Förändring = i år − fg år; Förändring % = i år / fg år − 1).
 */
export function checkRowRelations(ctx: TableContext): Finding[] {
  const findings: Finding[] = [];
  for (const rel of rowRelations(ctx.table.columns)) findings.push(...checkRelation(ctx, rel));
  return findings;
}

const ratio = (a: Figure, b: Figure, pct: number) => scale(div(a.interval, b.interval), pct);
const growth = (a: Figure, b: Figure, pct: number) => scale(sub(div(a.interval, b.interval), point(1)), pct);
const difference = (a: Figure, b: Figure) => sub(a.interval, b.interval);

export function rowRelations(columns: TableColumn[]): RowRelation[] {
  const out: RowRelation[] = [];
  for (const t of columns) {
    if (t.role === 'relation') {
      const turnover = partner(columns, t, 'turnover', () => true);
      const variance = turnover && (partner(columns, turnover, 'budgetVariance') ?? partner(columns, t, 'budgetVariance', () => true));
      if (turnover && variance) out.push({ rule: 'relation.ratio', target: t, a: variance, b: turnover, expected: ratio, describe: 'budgetavvikelse / omsättning × 100' });
    } else if (t.role === 'growth' && !t.q.previousYear) {
      // "Ökningstakt %" with no period of its own goes with whichever utfall pair the table has.
      const pair = t.q.forecast ? forecastGrowthPair(columns) : actualPair(columns, t.q.accumulated) ?? actualPair(columns, !t.q.accumulated);
      if (pair) out.push({ rule: 'relation.growth', target: t, a: pair[0], b: pair[1], expected: growth, describe: 'utfall / utfall fg år − 1' });
    } else if ((t.role === 'change' || t.role === 'changePercent') && !isGroupChange(t)) {
      const pair = actualPair(columns, true) ?? actualPair(columns, false) ?? yearPair(columns);
      if (!pair) continue;
      if (t.role === 'change') out.push({ rule: 'variance.change', target: t, a: pair[0], b: pair[1], expected: difference, describe: 'i år − fg år' });
      else out.push({ rule: 'relation.growth', target: t, a: pair[0], b: pair[1], expected: growth, describe: 'i år / fg år − 1' });
    }
  }
  return out;
}

/** Förändring as a column group over Kvinnor/Män/Totalt is handled by the group rule. */
function isGroupChange(t: TableColumn): boolean {
  return t.q.group !== undefined && t.q.group.includes('förändring');
}

export function actualPair(columns: TableColumn[], accumulated: boolean): [TableColumn, TableColumn] | undefined {
  const current = columns.find((c) => c.role === 'actual' && c.q.accumulated === accumulated && !c.q.previousYear);
  const previous = columns.find((c) => c.role === 'actual' && c.q.accumulated === accumulated && c.q.previousYear);
  return current && previous ? [current, previous] : undefined;
}

function forecastGrowthPair(columns: TableColumn[]): [TableColumn, TableColumn] | undefined {
  const forecast = columns.find((c) => c.role === 'forecast' && !c.q.previousYear);
  const previous = columns.find((c) => c.role === 'actual' && !c.q.accumulated && c.q.previousYear);
  return forecast && previous ? [forecast, previous] : undefined;
}

/** Two value columns headed by years ("2025", "2024"): the later is this year. */
function yearPair(columns: TableColumn[]): [TableColumn, TableColumn] | undefined {
  const dated = columns.filter((c) => (c.role === 'value' || c.role === 'actual') && c.q.year !== undefined);
  if (dated.length !== 2 || dated[0].q.year === dated[1].q.year) return undefined;
  const [x, y] = dated;
  return x.q.year! > y.q.year! ? [x, y] : [y, x];
}

function checkRelation(ctx: TableContext, rel: RowRelation): Finding[] {
  const { table, figures, sheet } = ctx;
  const findings: Finding[] = [];
  for (const row of table.rows) {
    if (row.kind === 'section') continue;
    const target = figures.target(row.row, rel.target.col);
    const a = figures.get(row.row, rel.a.col);
    const b = figures.get(row.row, rel.b.col);
    if (!target || target.blank || !a || !b) continue;
    const pct = rel.rule === 'variance.change' || isPercentFormat(cellAt(sheet, row.row, rel.target.col).numberFormat) ? 1 : 100;
    const expected = rel.expected(a, b, pct);
    if (consistent(target, expected)) continue;
    findings.push(relationFinding(ctx, rel, row, target, expected, a, b));
  }
  return findings;
}

function relationFinding(ctx: TableContext, rel: RowRelation, row: TableRow, target: Figure, expected: Interval, a: Figure, b: Figure): Finding {
  const m = measure(target, expected);
  const d = Math.max(target.decimals, 1);
  const inputs = `${a1(row.row, rel.a.col)}, ${a1(row.row, rel.b.col)}`;
  const message =
    `${cellName(ctx.table, row.row, rel.target)} (${a1(row.row, rel.target.col)}) är ${fmt(target.value, d)} men ${rel.describe} ` +
    `(${inputs}: ${fmt(a.value, a.decimals)} och ${fmt(b.value, b.decimals)}) ger ${fmt(m.expected, d)}; ${differenceClause(m, d)}.`;
  return makeFinding(rel.rule, ctx.table.sheet, row.row, rel.target.col, message, m);
}

