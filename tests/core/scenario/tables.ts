/** Real tables for scenario tests (DOMAIN §3.3, seed verksamhetsplaner 2024), from the fixtures' figures. */
import { scenarioBase, type ScenarioBase } from '../../../src/core/scenario';
import type { Workbook } from '../../../src/core/model/workbook';
import { buildSheet, buildWorkbook, type TestCell } from '../../helpers/buildSheet';
import { DRIFTBUDGET_TILLVAXT_2024, DRIFTBUDGET_TILLVAXT_2024_SUMMA, RESULTATBUDGET_TILLVAXT_2024, type BudgetLine } from '../../../scripts/fixtures/figures';

const line = (l: BudgetLine): TestCell[] => [l.label, l.values.budget2024, l.values.prognos2023, l.values.budget2023];
const rb = RESULTATBUDGET_TILLVAXT_2024;

/** Regional tillväxtnämnd, resultatbudget regional tillväxt (4.4), typed as pasted. */
export const RESULTATBUDGET_TILLVAXT: TestCell[][] = [
  ['Belopp i mnkr', 'Budget 2024', 'Prognos 2023', 'Budget 2023'],
  ['Verksamhetens intäkter'],
  ...rb.intakter.map(line),
  line(rb.summaIntakter),
  ['Verksamhetens kostnader'],
  ...rb.kostnader.map(line),
  ...[rb.summaKostnader, rb.nettokostnader, rb.finansnetto, rb.resultat].map(line),
];

/** Regional tillväxtnämnd, driftbudget (4.5): Omsättning / Varav budgetram, Budget 2024 and Prognos 2023. */
export const DRIFTBUDGET_TILLVAXT: TestCell[][] = [
  ['Belopp i mnkr', 'Omsättning budget 2024', 'Varav budgetram budget 2024', 'Omsättning prognos 2023', 'Varav budgetram prognos 2023'],
  ...[...DRIFTBUDGET_TILLVAXT_2024, DRIFTBUDGET_TILLVAXT_2024_SUMMA].map((r) => [r.label, r.omsattning2024, r.ram2024, r.omsattning2023, r.ram2023]),
];

export function baseOf(workbook: Workbook, sheet: string, column?: string): ScenarioBase {
  const b = scenarioBase(workbook, { sheet, ...(column ? { column } : {}) });
  if (!b.ok) throw new Error(b.message);
  return b.base;
}

export function tillvaxt(column?: string): ScenarioBase {
  return baseOf(buildWorkbook(buildSheet('Budget 2024', RESULTATBUDGET_TILLVAXT)), 'Budget 2024', column);
}

export function tillvaxtDrift(): ScenarioBase {
  return baseOf(buildWorkbook(buildSheet('Driftbudget', DRIFTBUDGET_TILLVAXT)), 'Driftbudget');
}
