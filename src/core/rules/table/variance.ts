import { consistent, differenceClause, fmt, makeFinding, measure } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import { scale, sub } from '../../numbers/interval';
import type { TableColumn, TableRow } from '../../tables/table';
import { cellName, type TableContext } from './context';
import { partner } from './pairing';

interface VarianceSpec {
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

function varianceSpecs(columns: TableColumn[]): VarianceSpec[] {
  const specs: VarianceSpec[] = [];
  for (const v of columns) {
    if (v.role === 'budgetVariance') {
      const actual = partner(columns, v, 'actual');
      const budget = partner(columns, v, 'budget');
      if (actual && budget) specs.push({ rule: 'variance.budget', variance: v, minuend: actual, subtrahend: budget, formulaText: 'utfall − budget' });
    } else if (v.role === 'forecastVariance') {
      const fullYear = (c: TableColumn) => !c.q.accumulated && !c.q.previousYear && (v.q.year === undefined || c.q.year === undefined || c.q.year === v.q.year);
      const forecast = partner(columns, v, 'forecast', fullYear);
      const budget = partner(columns, v, 'budget', fullYear);
      if (forecast && budget) specs.push({ rule: 'variance.forecast', variance: v, minuend: forecast, subtrahend: budget, formulaText: 'prognos − budget' });
    }
  }
  return specs;
}

function checkSpec(ctx: TableContext, spec: VarianceSpec): Finding[] {
  const { table, figures } = ctx;
  const costsPositive = table.signConvention === 'costs-positive';
  const mismatches: Finding[] = [];
  const reversed: Array<{ row: TableRow; finding: Finding }> = [];
  let nonZeroChecked = 0;
  for (const row of table.rows) {
    if (row.kind === 'section' || row.kind === 'nonMoney') continue;
    const target = figures.get(row.row, spec.variance.col);
    const a = figures.get(row.row, spec.minuend.col);
    const b = figures.get(row.row, spec.subtrahend.col);
    if (!target || target.blank || !a || !b) continue;
    const orientation = costsPositive && row.section === 'cost' ? -1 : 1;
    const expected = scale(sub(a.interval, b.interval), orientation);
    if (target.value !== 0) nonZeroChecked++;
    if (consistent(target, expected)) continue;
    const m = measure(target, expected);
    const d = Math.max(target.decimals, a.decimals, b.decimals);
    const where = a1(row.row, spec.variance.col);
    const inputs = `${a1(row.row, spec.minuend.col)} − ${a1(row.row, spec.subtrahend.col)}`;
    const formula = orientation === 1 ? spec.formulaText : spec.formulaText.split(' − ').reverse().join(' − ');
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
