/**
 * "Skriv scenario till blad": the written sheet's formulas, recomputed by our own evaluator,
 * give the engine's figures — so the sheet recalculates to what the pane showed.
 */
import { recalculate } from '../../../src/core/evaluate';
import { runScenario, scenarioSheet, scenarioSheetName, type Scenario } from '../../../src/core/scenario';
import { asWorkbook, labelOf, valueBeside } from './sheetWorkbook';
import { tillvaxt } from './tables';

const scenario: Scenario = {
  name: 'Handlingsplan 84 %',
  base: { sheet: 'Budget 2024' },
  parameters: [
    { kind: 'percent', target: 'Personalkostnader', percent: 2 },
    { kind: 'amount', target: 'Kostnader', amount: 3 },
    { kind: 'index', series: 'LPIK', year: 2024, percent: 2.9 },
    { kind: 'index', series: 'LPIK', year: 2025, percent: 3.2 },
    { kind: 'ram', change: -19.5 },
    { kind: 'adjustment', row: 'Finansnetto', add: 0.2 },
    { kind: 'plan', requirement: 29.0, effects: [{ year: 2024, fulfilment: 84 }, { year: 2025, amount: 28.3 }, { year: 2026, amount: 29.0 }] },
  ],
};

describe('scenario written to a sheet as live formulas', () => {
  const base = tillvaxt();
  const result = runScenario(base, scenario);
  const written = scenarioSheet(base, scenario, ['Budget 2024', 'Scenario Handlingsplan 84 %']);
  if (!written.ok) throw new Error(written.message);
  const sheet = written.sheet;
  const wb = asWorkbook(sheet);

  it('every formula can be recomputed by the evaluator', () => {
    const r = recalculate(wb, [], { all: true });
    const formulas = sheet.rows.flat().filter((c) => c !== null && typeof c === 'object' && 'formula' in c);
    expect(formulas.length).toBeGreaterThan(30);
    expect(r.recomputed).toBe(formulas.length);
  });

  it('each row recalculates to the engine figure', () => {
    for (const row of result.rows) {
      expect(valueBeside(wb, sheet, row.label, 3)).toBeCloseTo(row.scenario[0]!, 9);
      expect(valueBeside(wb, sheet, row.label, 2)).toBeCloseTo(row.base[0]!, 9);
    }
  });

  it('the result against the ram and every year of the view agree with the engine', () => {
    expect(valueBeside(wb, sheet, 'Budgetram', 3)).toBeCloseTo(result.result.ram!.scenario, 9);
    expect(valueBeside(wb, sheet, 'Resultat mot budgetram (+ överskott, − underskott)', 3)).toBeCloseTo(result.result.balance.scenario!, 9);
    const yearsAt = sheet.rows.findIndex((r) => labelOf(r[0]) === 'År') + 1;
    const recalc = recalculate(wb, [], { all: true });
    result.years.forEach((y, i) => {
      expect(recalc.value(sheet.name, yearsAt + 1 + i, 3)).toBeCloseTo(y.ram!, 9);
      expect(recalc.value(sheet.name, yearsAt + 1 + i, 4)).toBeCloseTo(y.netCost!, 9);
      expect(recalc.value(sheet.name, yearsAt + 1 + i, 6)).toBeCloseTo(y.balance!, 9);
    });
  });

  it('changing a parameter cell in Excel moves the result as the engine would', () => {
    const pctRow = sheet.rows.findIndex((r) => labelOf(r[0]) === 'Personalkostnader, förändring') + 1;
    const resultRow = sheet.rows.findIndex((r) => labelOf(r[0]) === 'Resultat mot budgetram (+ överskott, − underskott)') + 1;
    // The written cells carry no cached results yet: recompute all, as Excel does on opening.
    const r = recalculate(wb, [{ sheet: sheet.name, row: pctRow, col: 2, value: 0.05 }], { all: true });
    const engine = runScenario(base, { ...scenario, parameters: scenario.parameters.map((p, i) => (i === 0 ? { ...p, percent: 5 } : p)) as Scenario['parameters'] });
    expect(r.value(sheet.name, resultRow, 3)).toBeCloseTo(engine.result.balance.scenario!, 9);
  });

  it('labels from the user are plain text and the name does not collide', () => {
    expect(sheet.name).toBe('Scenario Handlingsplan 84 % (2)');
    expect(sheet.rows.some((r) => r[0] === 'Personalkostnader')).toBe(true);
    expect(scenarioSheetName('a/b:c', [])).toBe('Scenario a b c');
    expect(scenarioSheetName('Ett mycket långt namn på ett scenario', []).length).toBeLessThanOrEqual(31);
  });
});
