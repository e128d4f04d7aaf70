/**
 * Scenarios add up sums as the checks read them: with a lone "Intäkter" row above the cost rows,
 * Summa kostnader is the cost rows only and Nettokostnad is Intäkter + Summa kostnader
 * (kulturnämnd resultatbudget 2024, DOMAIN §3.3, revenues as one row).
 */
import { runScenario, scenarioBase, type ScenarioBase } from '../../../src/core/scenario';
import { buildSheet, buildWorkbook } from '../../helpers/buildSheet';

const LONE_REVENUE = buildWorkbook(
  buildSheet('Resultatbudget', [
    ['Resultatbudget kulturnämnd'],
    [null, 'Budget 2024', 'Prognos 2023', 'Budget 2023'],
    ['Intäkter', 57.8, 56.9, 56.7],
    ['Personalkostnader', -16.2, -16.0, -16.5],
    ['Lämnade bidrag', -132.2, -144.8, -145.1],
    ['Övriga kostnader', -17.8, -16.6, -17.0],
    ['Summa kostnader', -166.2, -177.4, -178.6],
    ['Verksamhetens nettokostnader', -108.4, -120.5, -121.9],
    ['Resultat', -108.4, -120.5, -121.9],
  ]),
);

describe('scenario sums follow the reading of the table', () => {
  const outcome = scenarioBase(LONE_REVENUE, { sheet: 'Resultatbudget' });
  if (!outcome.ok) throw new Error(outcome.message);
  const base: ScenarioBase = outcome.base;
  const result = runScenario(base, {
    name: 'Lämnade bidrag +1,0',
    base: { sheet: 'Resultatbudget' },
    parameters: [{ kind: 'amount', target: 'Lämnade bidrag', amount: 1.0 }],
  });
  const row = (label: string) => result.rows.find((r) => r.label === label)!;

  it('Summa kostnader is the cost rows only, before and after', () => {
    expect(row('Summa kostnader').base[0]).toBeCloseTo(-166.2, 9);
    expect(row('Summa kostnader').scenario[0]).toBeCloseTo(-167.2, 9);
  });

  it('the net cost and the result move by the same 1,0', () => {
    expect(row('Verksamhetens nettokostnader').scenario[0]).toBeCloseTo(-109.4, 9);
    expect(row('Resultat').scenario[0]).toBeCloseTo(-109.4, 9);
  });
});
