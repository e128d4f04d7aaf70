import { consistent, differenceClause, fmt, makeFinding, measure } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import { scale, sub } from '../../numbers/interval';
import type { TableColumn, TableRow } from '../../tables/table';
import { cellName, type TableContext } from './context';
import { partner } from './pairing';

export interface VarianceSpec {
  rule: 'variance.budget' | 'variance.forecast';
  variance: TableColumn;
  minuend: TableColumn;
  subtrahend: TableColumn;
  /** "utfall − budget" */
  formulaText: string;
}

/**
 * variance.budget / variance.forecast / variance.sign-reversed:
 * Budgetavvikelse = utfall − budget, Prognos budgetavvikelse = prognos − budget (DOMAIN §3.1),
 * for cost rows reversed when the table writes costs positive (DOMAIN §4).
 */
export function checkVariances(ctx: TableContext): Finding[] {
  const findings: Finding[] = [];
  for (const spec of varianceSpecs(ctx.table.columns)) findings.push(...checkSpec(ctx, spec));
  return findings;
}

export function varianceSpecs(columns: TableColumn[]): VarianceSpec[] {
  const specs: VarianceSpec[] = [];
  const budgetSpec = (v: TableColumn, actual?: TableColumn, budget?: TableColumn) =>
    actual && budget ? specs.push({ rule: 'variance.budget', variance: v, minuend: actual, subtrahend: budget, formulaText: 'utfall − budget' }) : 0;
  const forecastSpec = (v: TableColumn, forecast?: TableColumn, budget?: TableColumn) =>
    forecast && budget ? specs.push({ rule: 'variance.forecast', variance: v, minuend: forecast, subtrahend: budget, formulaText: 'prognos − budget' }) : 0;
  for (const v of columns) {
    if (v.role === 'budgetVariance') {
      if (budgetSpec(v, partner(columns, v, 'actual'), partner(columns, v, 'budget'))) continue;
      // "Avvikelse" without a period of its own: the columns of its group ("Helår" › Prognos,
      // Budget, Avvikelse), else its nearest neighbours of the same year.
      const group = v.q.group !== undefined ? columns.filter((c) => c.q.group === v.q.group) : undefined;
      if (group && !group.some((c) => c.role === 'actual') && group.some((c) => c.role === 'forecast')) {
        forecastSpec(v, partner(group, v, 'forecast', () => true), partner(group, v, 'budget', () => true));
        continue;
      }
      // A full-year "Avvikelse helår" next to Helårsprognos and Årsbudget is a forecast variance.
      const fullYear = (c: TableColumn) => !c.q.accumulated && !c.q.previousYear;
      const hasFullYearActual = columns.some((c) => c.role === 'actual' && fullYear(c));
      if (fullYear(v) && v.compact.includes('helår') && !hasFullYearActual) {
        if (forecastSpec(v, partner(columns, v, 'forecast', fullYear), partner(columns, v, 'budget', fullYear))) continue;
      }
      const near = (c: TableColumn) => c.q.previousYear === v.q.previousYear && (v.q.year === undefined || c.q.year === undefined || c.q.year === v.q.year);
      budgetSpec(v, partner(group ?? columns, v, 'actual', near), partner(group ?? columns, v, 'budget', near));
    } else if (v.role === 'forecastVariance') {
      const fullYear = (c: TableColumn) => !c.q.accumulated && !c.q.previousYear && (v.q.year === undefined || c.q.year === undefined || c.q.year === v.q.year);
      forecastSpec(v, partner(columns, v, 'forecast', fullYear), partner(columns, v, 'budget', fullYear));
    }
  }
  return specs;
}

/**
 * +1 for utfall − budget, −1 for budget − utfall: with costs written positive, a cost row's
 * variance is budget − utfall, and so is a net cost shown positive ("Nettokostnad 67,3").
 */
export function orientation(ctx: Pick<TableContext, 'table' | 'figures'>, row: TableRow, spec: Pick<VarianceSpec, 'minuend'>): number {
  if (ctx.table.signConvention !== 'costs-positive') return 1;
  if (row.section === 'cost') return -1;
  const isNetCost = row.kind === 'total' && row.compact.includes('nettokostnad');
  const v = ctx.figures.value(row.row, spec.minuend.col);
  return isNetCost && v !== undefined && v > 0 ? -1 : 1;
}

function checkSpec(ctx: TableContext, spec: VarianceSpec): Finding[] {
  const { table, figures } = ctx;
  const mismatches: Finding[] = [];
  const reversed: Array<{ row: TableRow; finding: Finding }> = [];
  let nonZeroChecked = 0;
  for (const row of table.rows) {
    if (row.kind === 'section' || row.kind === 'nonMoney') continue;
    const target = figures.target(row.row, spec.variance.col);
    const a = figures.get(row.row, spec.minuend.col);
    const b = figures.get(row.row, spec.subtrahend.col);
    if (!target || target.blank || !a || !b) continue;
    const sign = orientation(ctx, row, spec);
    const expected = scale(sub(a.interval, b.interval), sign);
    if (target.value !== 0) nonZeroChecked++;
    if (consistent(target, expected)) continue;
    const m = measure(target, expected);
    const d = Math.max(target.decimals, a.decimals, b.decimals);
    const where = a1(row.row, spec.variance.col);
    const inputs = `${a1(row.row, spec.minuend.col)} − ${a1(row.row, spec.subtrahend.col)}`;
    const formula = sign === 1 ? spec.formulaText : spec.formulaText.split(' − ').reverse().join(' − ');
    if (target.value !== 0 && consistent(target, scale(expected, -1))) {
      const message = `${cellName(table, row.row, spec.variance)} (${where}) är ${fmt(target.value, d)} men ${formula} (${inputs}) är ${fmt(m.expected, d)}: tecknet är omvänt.`;
      reversed.push({ row, finding: makeFinding('variance.sign-reversed', table.sheet, row.row, spec.variance.col, message, m) });
      continue;
    }
    const message = `${cellName(table, row.row, spec.variance)} (${where}) är ${fmt(target.value, d)} men ${formula} (${inputs}) är ${fmt(m.expected, d)}; ${differenceClause(m, d)}.`;
    mismatches.push(makeFinding(spec.rule, table.sheet, row.row, spec.variance.col, message, m));
  }
  if (reversed.length >= 2 && reversed.length * 2 >= nonZeroChecked) {
    for (const r of reversed) {
      r.finding.message += ` Hela kolumnen ${spec.variance.header} verkar räknad med omvänt tecken (${spec.formulaText.split(' − ').reverse().join(' − ')}).`;
    }
  }
  return [...reversed.map((r) => r.finding), ...mismatches];
}
