/**
 * The scenario sheet's table for a resultatbudget or resultatrapport: each row's base figure as
 * a value and its scenario figure as a formula on the parameter block; sums as sums.
 */
import type { TableRow } from '../tables/table';
import { baseValue, type ScenarioBase } from './base';
import type { Effects } from './effects';
import { isCostRow } from './effects';
import { netCostOf, resultLine } from './frame';
import type { Parameter } from './parameters';
import { AMOUNT, leafFormula, sumParts, term, weighted, type NetCostCells, type ParameterCells, type PutRow } from './sheetFormulas';
import { leafWeights } from './totals';

export function statementTable(base: ScenarioBase, parameters: readonly Parameter[], effects: Effects, cellOf: ParameterCells, put: PutRow): NetCostCells | undefined {
  const header = put([{ text: 'Rad', bold: true }, { text: `Bas, ${base.primary.header}`, bold: true }, { text: 'Scenario', bold: true }, { text: 'Förändring', bold: true }]);
  const rowAt = new Map<TableRow, number>();
  base.rows.forEach((r, i) => rowAt.set(r, header + 1 + i));
  for (const r of base.rows) {
    const at = rowAt.get(r)!;
    const bold = r.kind === 'total' || r.kind === 'subtotal';
    if (bold) {
      const parts = sumParts(base, r);
      put([r.label, { formula: weighted('B', parts, rowAt), numberFormat: AMOUNT, bold }, { formula: weighted('C', parts, rowAt), numberFormat: AMOUNT, bold }, { formula: `=C${at}-B${at}`, numberFormat: AMOUNT, bold }]);
      continue;
    }
    const v = baseValue(base, r, base.primary) ?? 0;
    const e = r.kind === 'leaf' ? effects.at(r, base.primary) : undefined;
    put([r.label, { value: v, numberFormat: AMOUNT }, { formula: leafFormula(`B${at}`, e, parameters, cellOf), numberFormat: AMOUNT }, { formula: `=C${at}-B${at}`, numberFormat: AMOUNT }]);
  }
  put([]);

  const line = resultLine(base);
  if (!line) return undefined;
  const res = rowAt.get(line)!;
  const written = baseValue(base, line, base.primary) ?? -1;
  const sign = netCostOf(base, written) === written ? '' : '-';
  // Later years: costs grow with the index factor, revenue stays (as projection.ts).
  const weights = leafWeights(base.sums, line);
  const costTerms = [...weights].filter(([r]) => isCostRow(base, r)).map(([r, w]) => term(w, `C${rowAt.get(r)}`)).join('');
  const otherTerms = [...weights].filter(([r]) => !isCostRow(base, r)).map(([r, w]) => term(w, `C${rowAt.get(r)}`)).join('');
  return {
    base: `${sign}B${res}`,
    scenario: `${sign}C${res}`,
    inYear: (_net, factor) => `${sign}((0${otherTerms})+(0${costTerms})*${factor})`,
  };
}
