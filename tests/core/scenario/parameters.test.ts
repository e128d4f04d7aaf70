import { compareScenarios, runScenario, sensitivity, valuesBetween, type Parameter, type ScenarioResult } from '../../../src/core/scenario';
import { tillvaxt, tillvaxtDrift } from './tables';

const run = (parameters: Parameter[], column?: string): ScenarioResult =>
  runScenario(tillvaxt(column), { name: 'Test', base: { sheet: 'Budget 2024', ...(column ? { column } : {}) }, parameters });
const row = (r: ScenarioResult, label: string) => r.rows.find((x) => x.label === label)!;

describe('scenario parameters on the tillväxtnämnd resultatbudget 2024', () => {
  it('a percentage on a row changes its budget and prognos, not last year’s budget, and the sums follow', () => {
    const r = run([{ kind: 'percent', target: 'Personalkostnader', percent: 2 }]);
    expect(row(r, 'Personalkostnader').scenario).toEqual([-150.858, -165.648, -160.5]);
    expect(row(r, 'Summa kostnader').scenario[0]).toBeCloseTo(-275.758, 9);
    expect(row(r, 'Resultat').scenario[0]).toBeCloseTo(-146.358, 9);
    expect(r.result.balance.scenario).toBeCloseTo(-2.958, 9);
  });

  it('--column limits a parameter to one column', () => {
    const r = run([{ kind: 'percent', target: 'Personalkostnader', percent: 2, column: 'Prognos 2023' }]);
    expect(row(r, 'Personalkostnader').scenario).toEqual([-147.9, -165.648, -160.5]);
  });

  it('a group: Intäkter −10 % lowers every revenue row', () => {
    const r = run([{ kind: 'percent', target: 'Intäkter', percent: -10 }]);
    expect(row(r, 'Erhållna bidrag').scenario[0]).toBeCloseTo(92.61, 9);
    expect(row(r, 'Övriga intäkter').scenario[0]).toBeCloseTo(24.12, 9);
    expect(row(r, 'Summa intäkter').scenario[0]).toBeCloseTo(116.73, 9);
  });

  it('an amount is more cost on a cost row, whatever its sign', () => {
    const r = run([{ kind: 'amount', target: 'Lämnade bidrag', amount: 1.5 }]);
    expect(row(r, 'Lämnade bidrag').scenario[0]).toBeCloseTo(-48.2, 9);
    expect(r.result.balance.scenario).toBeCloseTo(-1.5, 9);
  });

  it('an adjustment sets or adds to a row as written', () => {
    const r = run([{ kind: 'adjustment', row: 'Finansnetto', set: 0, column: 'Budget 2024' }, { kind: 'adjustment', row: 'Övriga intäkter', add: 1, column: 'Budget 2024' }]);
    expect(row(r, 'Finansnetto').scenario[0]).toBe(0);
    expect(row(r, 'Resultat').scenario[0]).toBeCloseTo(-142.1, 9);
  });

  it('an index for the budget year changes costs by the ratio of the factors (LPIK 2,9 % instead of 3,5 %)', () => {
    const r = run([{ kind: 'index', series: 'LPIK', year: 2024, percent: 2.9 }]);
    expect(row(r, 'Summa kostnader').scenario[0]).toBeCloseTo((-272.8 * 1.029) / 1.035, 9);
    expect(row(r, 'Summa intäkter').scenario[0]).toBe(129.7);
    expect(row(r, 'Summa kostnader').scenario[1]).toBe(-287.7);
  });

  it('an index for a later year projects costs and the ram into that year', () => {
    const r = run([{ kind: 'index', series: 'LPIK', year: 2025, percent: 3.5 }]);
    const y = r.years.find((x) => x.year === 2025)!;
    expect(y.indexFactor).toBeCloseTo(1.035, 12);
    expect(y.ram).toBeCloseTo(143.4 * 1.035, 9);
    expect(y.netCost).toBeCloseTo(-(129.7 - 272.8 * 1.035 - 0.3), 9);
  });

  it('a ram change moves the result against the ram only', () => {
    const r = run([{ kind: 'ram', change: -19.5 }]);
    expect(r.result.ram).toMatchObject({ base: 143.4, scenario: 123.9 });
    expect(r.result.balance.scenario).toBe(-19.5);
    expect(row(r, 'Resultat').scenario).toEqual(row(r, 'Resultat').base);
  });

  it('a target that matches no row is an error, not a silent no-op', () => {
    const r = run([{ kind: 'percent', target: 'Hyror', percent: 5 }]);
    expect(r.errors[0]).toMatch(/^Ingen rad i tabellen heter Hyror\. Rader: Erhållna bidrag, /);
  });

  it('the bridge adds up to the change of the result', () => {
    const r = run([
      { kind: 'percent', target: 'Personalkostnader', percent: 2 },
      { kind: 'ram', change: -19.5 },
      { kind: 'plan', requirement: 29.0, effects: [{ year: 2024, amount: 24.2 }] },
    ]);
    expect(r.bridge.map((b) => b.delta)).toEqual([-2.958, -19.5, -4.8]);
    expect(r.bridge.reduce((s, b) => s + b.delta!, 0)).toBeCloseTo(r.result.balance.scenario! - r.result.balance.base!, 9);
  });

  it('an amount per område raises its net cost and its underskott', () => {
    const r = runScenario(tillvaxtDrift(), { name: 'T', base: { sheet: 'Driftbudget' }, parameters: [{ kind: 'amount', target: 'näringslivsutveckling', amount: 2, column: 'Omsättning budget 2024' }] });
    const area = r.areas!.find((a) => a.label === 'Område näringslivsutveckling')!;
    expect(area.netCost).toEqual({ base: 36.9, scenario: 38.9 });
    expect(area.balance.scenario).toBeCloseTo(-2, 9);
    expect(r.rows.find((x) => x.label === 'Summa')!.scenario[0]).toBeCloseTo(275.0, 9);
  });
});

describe('comparison and sensitivity', () => {
  it('up to four scenarios side by side with the differences against the first', () => {
    const bas = run([]);
    const low = run([{ kind: 'index', series: 'LPIK', year: 2024, percent: 2.9 }]);
    const plan = run([{ kind: 'plan', requirement: 29, effects: [{ year: 2024, fulfilment: 84 }] }]);
    const c = compareScenarios([bas, low, plan]);
    if (!c.ok) throw new Error(c.message);
    expect(c.scenarios[0].difference).toBe(0);
    expect(c.scenarios[1].difference).toBeCloseTo(272.8 - (272.8 * 1.029) / 1.035, 9);
    expect(c.scenarios[2].difference).toBeCloseTo(-4.64, 9);
    expect(compareScenarios([bas, bas, bas, bas, bas])).toEqual({ ok: false, message: 'Högst 4 scenarier kan jämföras sida vid sida.' });
  });

  it('varies one parameter over a range and gives the result for each value', () => {
    const scenario = { name: 'Lön', base: { sheet: 'Budget 2024' }, parameters: [{ kind: 'percent', target: 'Personalkostnader', percent: 0 } as Parameter] };
    const points = sensitivity(tillvaxt(), scenario, 0, valuesBetween(0, 4, 4));
    expect(points.map((p) => p.value)).toEqual([0, 1, 2, 3, 4]);
    points.forEach((p) => expect(p.balance).toBeCloseTo(-1.479 * p.value, 9));
  });

  it('a range whose ends are equal is that one value, not the same value five times', () => {
    expect(valuesBetween(84, 84, 4)).toEqual([84]);
    expect(valuesBetween(50, 100, 5)).toEqual([50, 60, 70, 80, 90, 100]);
  });
});
