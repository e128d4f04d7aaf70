/**
 * "Skriv scenario till blad" for Regional tillväxtnämnd's driftbudget 2024 (DOMAIN §3.3): the
 * områden's omsättning, ram, net cost and result as live formulas that recompute to the engine's
 * figures, and move as the engine does when a parameter cell changes.
 */
import { recalculate } from '../../../src/core/evaluate';
import { runScenario, scenarioSheet, type Parameter, type Scenario } from '../../../src/core/scenario';
import { TILLVAXT_DRIFT_PARAMETERS } from '../../helpers/tillvaxtDriftScenario';
import { asWorkbook, labelOf, valueBeside } from './sheetWorkbook';
import { tillvaxtDrift } from './tables';

const parameters = TILLVAXT_DRIFT_PARAMETERS;
const scenario: Scenario = { name: 'Ram −19,5', base: { sheet: 'Driftbudget' }, parameters };
const RESULT = 'Resultat mot budgetram (+ överskott, − underskott)';

describe('driftbudget scenario written to a sheet as live formulas', () => {
  const base = tillvaxtDrift();
  const result = runScenario(base, scenario);
  const written = scenarioSheet(base, scenario, ['Driftbudget']);
  if (!written.ok) throw new Error(written.message);
  const sheet = written.sheet;
  const wb = asWorkbook(sheet);
  const turnover = result.columns.indexOf('Omsättning budget 2024');
  const ram = result.columns.indexOf('Varav budgetram budget 2024');
  const rowOf = (label: string) => sheet.rows.findIndex((r) => labelOf(r[0]) === label) + 1;

  it('every formula can be recomputed by the evaluator', () => {
    const formulas = sheet.rows.flat().filter((c) => c !== null && typeof c === 'object' && 'formula' in c);
    expect(formulas.length).toBeGreaterThan(40);
    expect(recalculate(wb, [], { all: true }).recomputed).toBe(formulas.length);
  });

  it('each område and the Summa recalculate to the engine figures', () => {
    expect(turnover).toBeGreaterThanOrEqual(0);
    expect(ram).toBeGreaterThanOrEqual(0);
    for (const row of result.rows) {
      expect(valueBeside(wb, sheet, row.label, 2)).toBeCloseTo(row.base[turnover]!, 9);
      expect(valueBeside(wb, sheet, row.label, 3)).toBeCloseTo(row.scenario[turnover]!, 9);
      expect(valueBeside(wb, sheet, row.label, 4)).toBeCloseTo(row.base[ram]!, 9);
      expect(valueBeside(wb, sheet, row.label, 5)).toBeCloseTo(row.scenario[ram]!, 9);
    }
    expect(result.areas!.length).toBe(7);
    for (const a of result.areas!) {
      expect(valueBeside(wb, sheet, a.label, 6)).toBeCloseTo(a.netCost.scenario, 9);
      expect(valueBeside(wb, sheet, a.label, 7)).toBeCloseTo(a.balance.scenario, 9);
    }
    const sumBalance = result.areas!.reduce((s, a) => s + a.balance.scenario, 0);
    expect(valueBeside(wb, sheet, 'Summa', 7)).toBeCloseTo(sumBalance, 9);
  });

  it('shares the 19,5 mnkr by omsättning: Fellingsbro loses 19,5 × 68,3 / 273,0', () => {
    expect(valueBeside(wb, sheet, '- Fellingsbro Folkhögskola', 5)).toBeCloseTo(30.5 - (19.5 * 68.3) / 273.0, 9);
    // Energi och klimat also carries its own −1,0.
    expect(valueBeside(wb, sheet, 'Område energi och klimat', 5)).toBeCloseTo(4.1 - (19.5 * 15.3) / 273.0 - 1.0, 9);
    // 5 % less omsättning in näringslivsutveckling is 2,175 mnkr less net cost: an överskott there.
    const naring = result.areas!.find((a) => a.label === 'Område näringslivsutveckling')!;
    expect(valueBeside(wb, sheet, naring.label, 6)).toBeCloseTo(36.9 - 0.05 * 43.5, 9);
  });

  it('the nämnd against its ram and every year of the view agree with the engine', () => {
    expect(valueBeside(wb, sheet, 'Budgetram', 3)).toBeCloseTo(result.result.ram!.scenario, 9);
    expect(result.result.ram!.scenario).toBeCloseTo(143.4 - 19.5 - 1.0, 9);
    expect(valueBeside(wb, sheet, 'Nettokostnad', 2)).toBeCloseTo(result.result.netCost.base!, 9);
    expect(valueBeside(wb, sheet, 'Nettokostnad', 3)).toBeCloseTo(result.result.netCost.scenario!, 9);
    expect(valueBeside(wb, sheet, RESULT, 2)).toBeCloseTo(result.result.balance.base!, 9);
    expect(valueBeside(wb, sheet, RESULT, 3)).toBeCloseTo(result.result.balance.scenario!, 9);
    expect(result.years.map((y) => y.year)).toEqual([2024, 2025]);
    const yearsAt = rowOf('År');
    const recalc = recalculate(wb, [], { all: true });
    result.years.forEach((y, i) => {
      expect(recalc.value(sheet.name, yearsAt + 1 + i, 2)).toBeCloseTo(y.indexFactor, 9);
      expect(recalc.value(sheet.name, yearsAt + 1 + i, 3)).toBeCloseTo(y.ram!, 9);
      expect(recalc.value(sheet.name, yearsAt + 1 + i, 4)).toBeCloseTo(y.netCost!, 9);
      expect(recalc.value(sheet.name, yearsAt + 1 + i, 6)).toBeCloseTo(y.balance!, 9);
    });
  });

  it('changing the ram cut or the område percentage in Excel moves the results as the engine would', () => {
    const cutRow = rowOf('Budgetram, förändring');
    const pctRow = rowOf('Näringslivsutveckling, förändring');
    const r = recalculate(wb, [{ sheet: sheet.name, row: cutRow, col: 2, value: -10 }, { sheet: sheet.name, row: pctRow, col: 2, value: 0.1 }], { all: true });
    const changed = parameters.map((p, i) => (i === 0 ? { ...p, change: -10 } : i === 1 ? { ...p, percent: 10 } : p)) as Parameter[];
    const engine = runScenario(base, { ...scenario, parameters: changed });
    expect(engine.result.balance.scenario).not.toBeCloseTo(result.result.balance.scenario!, 3);
    expect(r.value(sheet.name, rowOf(RESULT), 3)).toBeCloseTo(engine.result.balance.scenario!, 9);
    for (const a of engine.areas!) expect(r.value(sheet.name, rowOf(a.label), 7)).toBeCloseTo(a.balance.scenario, 9);
  });

  it('labels from the user stay plain text', () => {
    expect(sheet.rows.some((r) => r[0] === '- Fellingsbro Folkhögskola')).toBe(true);
    expect(sheet.rows.some((r) => r[0] === 'Summa')).toBe(true);
  });
});
