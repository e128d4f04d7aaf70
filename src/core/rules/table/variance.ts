import { consistent, differenceClause, fmt, makeFinding, measure } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import { scale, sub } from '../../numbers/interval';
import { reversedFormula, rowSign } from '../../reading/orientation';
import type { DerivedColumn } from '../../reading/types';
import type { TableRow } from '../../tables/table';
import { cellName, type TableContext } from './context';

const VARIANCE_RULES = new Set<DerivedColumn['rule']>(['variance.budget', 'variance.forecast']);

/**
 * variance.budget / variance.forecast / variance.sign-reversed:
 * Budgetavvikelse = utfall − budget, Prognos budgetavvikelse = prognos − budget (DOMAIN §3.1),
 * for cost rows reversed when the table writes costs positive (DOMAIN §4). The inputs of each
 * avvikelse column are the reading's (reading/varianceColumns.ts).
 */
export function checkVariances(ctx: TableContext): Finding[] {
  const findings: Finding[] = [];
  for (const spec of ctx.structure.derived) if (VARIANCE_RULES.has(spec.rule)) findings.push(...checkSpec(ctx, spec));
  return findings;
}

function checkSpec(ctx: TableContext, spec: DerivedColumn): Finding[] {
  const { table, figures } = ctx;
  const mismatches: Finding[] = [];
  const reversed: Array<{ row: TableRow; finding: Finding }> = [];
  let nonZeroChecked = 0;
  for (const row of table.rows) {
    if (row.kind === 'section' || row.kind === 'nonMoney') continue;
    const target = figures.target(row.row, spec.target.col);
    const a = figures.get(row.row, spec.a.col);
    const b = figures.get(row.row, spec.b.col);
    if (!target || target.blank || !a || !b) continue;
    const sign = rowSign(ctx, row, spec);
    const expected = scale(sub(a.interval, b.interval), sign);
    if (target.value !== 0) nonZeroChecked++;
    if (consistent(target, expected)) continue;
    const m = measure(target, expected);
    const d = Math.max(target.decimals, a.decimals, b.decimals);
    const where = a1(row.row, spec.target.col);
    const inputs = `${a1(row.row, spec.a.col)} − ${a1(row.row, spec.b.col)}`;
    const formula = sign === 1 ? spec.describe : reversedFormula(spec.describe);
    if (target.value !== 0 && consistent(target, scale(expected, -1))) {
      const message = `${cellName(table, row.row, spec.target)} (${where}) är ${fmt(target.value, d)} men ${formula} (${inputs}) är ${fmt(m.expected, d)}: tecknet är omvänt.`;
      reversed.push({ row, finding: makeFinding('variance.sign-reversed', table.sheet, row.row, spec.target.col, message, m) });
      continue;
    }
    const message = `${cellName(table, row.row, spec.target)} (${where}) är ${fmt(target.value, d)} men ${formula} (${inputs}) är ${fmt(m.expected, d)}; ${differenceClause(m, d)}.`;
    mismatches.push(makeFinding(spec.rule, table.sheet, row.row, spec.target.col, message, m));
  }
  if (reversed.length >= 2 && reversed.length * 2 >= nonZeroChecked) {
    for (const r of reversed) r.finding.message += ` Hela kolumnen ${spec.target.header} verkar räknad med omvänt tecken (${reversedFormula(spec.describe)}).`;
  }
  return [...reversed.map((r) => r.finding), ...mismatches];
}
