import type { FigureReader } from '../check/figures';
import { consistent } from '../check/mismatch';
import { scale, sub } from '../numbers/interval';
import type { Table, TableColumn } from '../tables/table';
import { orientation, reversedFormula } from './orientation';
import { samePeriod } from './pairing';
import type { DerivedColumn } from './types';

/** How much worse a pair's label fit may be than the best one's and still be weighed by figures. */
const CLOSE_PRIOR = 3;

interface Pair {
  a: TableColumn;
  b: TableColumn;
  /** How well the labels fit; higher first. */
  prior: number;
}

/**
 * The inputs of every avvikelse column: utfall or prognos minus the budget of the same group
 * ("Perioden jan–jul" › Budget, Utfall, Avvikelse) or, without groups, of the same period.
 * A group word the engine does not know still binds its columns: the group is the column
 * header above, whatever it says. Among the pairs the labels allow, the one under which most
 * rows agree (either sign: a column computed budget − utfall keeps its inputs and is reported
 * as reversed) is kept; label fit breaks ties.
 */
export function varianceColumns(table: Table, figures: FigureReader): DerivedColumn[] {
  const out: DerivedColumn[] = [];
  for (const v of table.columns) {
    if (v.role !== 'budgetVariance' && v.role !== 'forecastVariance') continue;
    const all = labelPairs(table.columns, v);
    if (all.length === 0) continue;
    // Figures choose only among pairs the labels fit about equally well: another period's columns
    // that happen to agree are no reason to re-read a column headed "ack".
    const pairs = all.filter((p) => p.prior >= all[0].prior - CLOSE_PRIOR);
    const best = pairs.length === 1 ? pairs[0] : byFigures(table, figures, v, pairs);
    const forecast = best.a.role === 'forecast';
    const reversed = netCostsReversed(table, figures, v, best);
    const describe = forecast ? 'prognos − budget' : 'utfall − budget';
    out.push({ rule: forecast ? 'variance.forecast' : 'variance.budget', target: v, a: best.a, b: best.b, describe: reversed ? reversedFormula(describe) : describe, ...(reversed ? { reversed } : {}) });
  }
  return out;
}

function labelPairs(columns: TableColumn[], v: TableColumn): Pair[] {
  const minuends = columns.filter((c) => c !== v && (c.role === 'actual' || c.role === 'forecast'));
  const budgets = columns.filter((c) => c !== v && c.role === 'budget');
  const grouped = (c: TableColumn) => c.q.group !== undefined && c.q.group === v.q.group;
  const groupHasBoth = v.q.group !== undefined && minuends.some(grouped) && budgets.some(grouped);
  // Columns of another group that has its own avvikelse belong to that one.
  const taken = new Set(columns.filter((c) => c !== v && c.q.group !== undefined && c.q.group !== v.q.group && isVariance(c)).map((c) => c.q.group));
  const pairs: Pair[] = [];
  for (const a of minuends) {
    for (const b of budgets) {
      if (a.q.previousYear !== v.q.previousYear || b.q.previousYear !== v.q.previousYear) continue;
      if (groupHasBoth && !(grouped(a) && grouped(b))) continue;
      if (taken.has(a.q.group) || taken.has(b.q.group)) continue;
      pairs.push({ a, b, prior: prior(v, a, b) });
    }
  }
  return pairs.sort((x, y) => y.prior - x.prior || distance(x, v) - distance(y, v));
}

function isVariance(c: TableColumn): boolean {
  return c.role === 'budgetVariance' || c.role === 'forecastVariance';
}

function prior(v: TableColumn, a: TableColumn, b: TableColumn): number {
  let p = 0;
  if (a.q.group === v.q.group) p += 4;
  if (b.q.group === v.q.group) p += 4;
  if (samePeriod(a, b)) p += 3;
  if (samePeriod(a, v)) p += 2;
  if (samePeriod(b, v)) p += 2;
  const wantsForecast = v.role === 'forecastVariance' || v.q.forecast || /helår|prognos/.test(v.compact);
  if ((a.role === 'forecast') === wantsForecast) p += 3;
  // The inputs of a derived column usually stand before it, close by.
  if (a.col < v.col && b.col < v.col) p += 1;
  return p;
}

function distance(p: Pair, v: TableColumn): number {
  const d = (c: TableColumn) => (c.col < v.col ? v.col - c.col : 100 + c.col - v.col);
  return d(p.a) + d(p.b);
}

/**
 * The label-preferred pair unless another one clearly explains the column better: agreeing in
 * more than half of the rows checked and in at least two rows more. One typed cell over other
 * inputs is a slip to report, not a reason to re-read the column.
 */
function byFigures(table: Table, figures: FigureReader, v: TableColumn, pairs: Pair[]): Pair {
  const preferred = tally(table, figures, v, pairs[0]);
  if (preferred.either === preferred.checked) return pairs[0];
  let best = pairs[0];
  let bestAgreeing = preferred.either;
  for (const p of pairs.slice(1)) {
    const s = tally(table, figures, v, p);
    if (s.either > bestAgreeing && s.either * 2 > s.checked && s.either >= preferred.either + 2) [best, bestAgreeing] = [p, s.either];
  }
  return best;
}

/**
 * A table of net costs per område written positive ("Budget 9,2 | Utfall 8,4 | Avvikelse 0,8"),
 * with no revenue or cost rows to set a sign convention, states its avvikelse as budget − utfall
 * so that positive is better. Read so when the inputs are positive and the column agrees
 * reversed on more rows than the other way and on every non-zero row but at most one.
 */
function netCostsReversed(table: Table, figures: FigureReader, v: TableColumn, p: Pair): boolean {
  if (table.signConvention !== undefined) return false;
  const t = tally(table, figures, v, p);
  return t.positive > t.negative * 3 && t.reversed > t.plain && t.plain <= 1 && t.reversed >= t.signed - 1;
}

interface Tally {
  /** Rows with a figure in the column and both inputs. */
  checked: number;
  /** Of those, rows that agree with the pair either way round. */
  either: number;
  /** Rows with both inputs filled whose sign can be told within rounding, and how they agree. */
  signed: number;
  plain: number;
  reversed: number;
  /** Signs of the inputs on those rows. */
  positive: number;
  negative: number;
}

/** How the rows of an avvikelse column agree with one pair of inputs: the one walk both choices above read. */
function tally(table: Table, figures: FigureReader, v: TableColumn, p: Pair): Tally {
  const out: Tally = { checked: 0, either: 0, signed: 0, plain: 0, reversed: 0, positive: 0, negative: 0 };
  for (const row of table.rows) {
    if (row.kind === 'section' || row.kind === 'nonMoney') continue;
    const t = figures.target(row.row, v.col);
    const a = figures.get(row.row, p.a.col);
    const b = figures.get(row.row, p.b.col);
    if (!t || t.blank || !a || !b) continue;
    out.checked++;
    const expected = scale(sub(a.interval, b.interval), orientation({ table, figures }, row, p.a));
    const asPlain = consistent(t, expected);
    const asReversed = consistent(t, scale(expected, -1));
    if (asPlain || asReversed) out.either++;
    if (a.blank || b.blank) continue;
    for (const x of [a.value, b.value]) if (x > 0) out.positive++; else if (x < 0) out.negative++;
    // Zero, or too small to tell the sign within rounding: no evidence either way.
    if (t.value === 0 || (asPlain && asReversed)) continue;
    out.signed++;
    if (asPlain) out.plain++;
    else if (asReversed) out.reversed++;
  }
  return out;
}
