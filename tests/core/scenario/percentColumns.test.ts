/**
 * A percentage is a what-if on the plan: on the kulturnämnd resultatrapport (DOMAIN §3.1) it
 * changes budget and prognos by exactly the percentage and leaves utfall and fg år as booked,
 * unless the parameter names a column.
 */
import { runScenario, type Parameter, type ScenarioResult } from '../../../src/core/scenario';
import { buildSheet, buildWorkbook } from '../../helpers/buildSheet';
import { RESULTATRAPPORT } from '../../helpers/domainTables';
import { baseOf } from './tables';

const run = (parameters: Parameter[]): ScenarioResult =>
  runScenario(baseOf(buildWorkbook(buildSheet('Resultatrapport', RESULTATRAPPORT)), 'Resultatrapport'), { name: 'Test', base: { sheet: 'Resultatrapport' }, parameters });

/** Base and scenario of a row by column header. */
function figures(r: ScenarioResult, label: string): Record<string, [number | null, number | null]> {
  const row = r.rows.find((x) => x.label === label)!;
  return Object.fromEntries(r.columns.map((c, i) => [c, [row.base[i], row.scenario[i]]]));
}

describe('a percentage on the kulturnämnd resultatrapport 2025', () => {
  it('Övriga kostnader +2 % changes budget and prognos by exactly 2 %, utfall and fg år not at all', () => {
    const r = run([{ kind: 'percent', target: 'Övriga kostnader', percent: 2 }]);
    expect(r.errors).toEqual([]);
    const f = figures(r, 'Övriga kostnader');
    expect(f['Utfall ack']).toEqual([-5.9, -5.9]);
    expect(f['Utfall ack fg år']).toEqual([-5.3, -5.3]);
    expect(f['Budget ack'][1]).toBeCloseTo(-9.8 * 1.02, 9);
    expect(f['Prognos'][1]).toBeCloseTo(-17.5 * 1.02, 9);
    expect(f['Budget'][1]).toBeCloseTo(-16.9 * 1.02, 9);
    // The sums follow in the changed columns only.
    const costs = figures(r, 'Summa Kostnader');
    expect(costs['Utfall ack']).toEqual([-101.3, -101.3]);
    expect(costs['Prognos'][1]! - costs['Prognos'][0]!).toBeCloseTo(-0.35, 9);
  });

  it('a percentage that names Utfall changes utfall only', () => {
    const r = run([{ kind: 'percent', target: 'Övriga kostnader', percent: 2, column: 'Utfall' }]);
    const f = figures(r, 'Övriga kostnader');
    expect(f['Utfall ack'][1]).toBeCloseTo(-5.9 * 1.02, 9);
    for (const c of ['Utfall ack fg år', 'Budget ack', 'Prognos', 'Budget']) expect(f[c][1]).toBe(f[c][0]);
  });

  it('an unknown column is a question back, and the parameter changes nothing', () => {
    const r = run([{ kind: 'percent', target: 'Övriga kostnader', percent: 2, column: 'Prognoser' }]);
    expect(r.errors).toEqual(['Kolumnen Prognoser finns inte i tabellen. Menade du Prognos?']);
    expect(figures(r, 'Övriga kostnader')['Prognos']).toEqual([-17.5, -17.5]);
  });

  it('an amount still changes every amount column (only a percentage is limited to the plan)', () => {
    const r = run([{ kind: 'amount', target: 'Övriga kostnader', amount: 1 }]);
    expect(figures(r, 'Övriga kostnader')['Utfall ack'][1]).toBeCloseTo(-6.9, 9);
  });
});
