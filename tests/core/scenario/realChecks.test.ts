/**
 * The two real checks of issue 6, on the published figures:
 * - Regional tillväxtnämnd 2024: ram down 19,5 mnkr, imbalances 9,5 → åtgärdskrav 29,0 mnkr;
 *   handlingsplan effect 24,2 / 28,3 / 29,0 "(84 %) / (98 %) / (100 %)" for 2024–2026.
 * - Kulturnämnd 2024: ram 108,4 against 121,9 in 2023 (−13,5), LPI 3,5 % on the frame.
 */
import { contains, overlaps, around } from '../../../src/core/numbers/interval';
import { runScenario, type Parameter } from '../../../src/core/scenario';
import { RESULTATBUDGET } from '../../helpers/domainTables';
import { buildSheet, buildWorkbook } from '../../helpers/buildSheet';
import { baseOf, tillvaxt, tillvaxtDrift } from './tables';

const PLAN: Parameter = {
  kind: 'plan',
  ramReduction: 19.5,
  imbalance: 9.5,
  effects: [
    { year: 2024, amount: 24.2 },
    { year: 2025, amount: 28.3 },
    { year: 2026, amount: 29.0 },
  ],
};

describe('Regional tillväxtnämnd 2024: handlingsplan 29,0 mnkr', () => {
  const result = runScenario(tillvaxt(), { name: 'Handlingsplan enligt plan', base: { sheet: 'Budget 2024' }, parameters: [PLAN] });

  it('the åtgärdskrav is the ram reduction plus the imbalances', () => {
    expect(result.plan!.requirement).toBeCloseTo(29.0, 9);
    expect(result.plan!.requirementFrom).toBe('ramminskning och obalanser');
  });

  it('reproduces the stated uppfyllelse 84 % / 98 % / 100 % within rounding', () => {
    const stated = { 2024: 84, 2025: 98, 2026: 100 } as Record<number, number>;
    for (const y of result.plan!.years) {
      // The stated whole percent stands for ±0,5; the computed one carries the inputs' rounding.
      expect(overlaps(y.fulfilmentInterval, around(stated[y.year], 0))).toBe(true);
      expect(Math.round(y.fulfilment)).toBe([83, 98, 100][y.year - 2024]);
    }
    // 24,2 / 29,0 is 83,4 % from the rounded figures: only the interval admits the source's 84 %.
    expect(contains(result.plan!.years[0].fulfilmentInterval, 83.4)).toBe(true);
  });

  it('leaves a gap of 4,8 / 0,7 / 0,0 mnkr, an underskott against the ram in 2024 and 2025', () => {
    expect(result.plan!.years.map((y) => y.gap)).toEqual([4.8, 0.7, 0]);
    expect(result.years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    expect(result.years.map((y) => y.balance)).toEqual([-4.8, -0.7, 0]);
    expect(result.result.ram).toMatchObject({ base: 143.4, scenario: 143.4 });
    expect(result.result.balance).toEqual({ base: 0, scenario: -4.8 });
  });

  it('the same plan as uppfyllelsegrad 84 % gives the effect 24,4 mnkr', () => {
    const r = runScenario(tillvaxt(), {
      name: 'Handlingsplan 84 %',
      base: { sheet: 'Budget 2024' },
      parameters: [{ kind: 'plan', requirement: 29.0, effects: [{ year: 2024, fulfilment: 84 }] }],
    });
    expect(r.plan!.years[0].effect).toBeCloseTo(24.36, 9);
    expect(r.result.balance.scenario).toBeCloseTo(-4.64, 9);
  });

  it('a 19,5 mnkr lower ram is shared between the områden by omsättning', () => {
    const r = runScenario(tillvaxtDrift(), { name: 'Ram −19,5', base: { sheet: 'Driftbudget' }, parameters: [{ kind: 'ram', change: -19.5 }] });
    const byArea = Object.fromEntries(r.areas!.map((a) => [a.label, a.balance.scenario]));
    expect(byArea['- Fellingsbro Folkhögskola']).toBeCloseTo((-19.5 * 68.3) / 273.0, 9);
    expect(r.areas!.reduce((s, a) => s + a.balance.scenario, 0)).toBeCloseTo(-19.5, 9);
    expect(r.result.ram).toMatchObject({ base: 143.4, scenario: 123.9 });
    expect(r.result.balance.scenario).toBe(-19.5);
  });
});

describe('Kulturnämnd 2024: the ram with the LPI uplift and without the cut', () => {
  const workbook = buildWorkbook(buildSheet('Resultatbudget', RESULTATBUDGET));

  it('121,9 × 1,035 = 126,2 mnkr: what the 2023 frame would have been in 2024', () => {
    const base = baseOf(workbook, 'Resultatbudget', 'Budget 2023');
    const r = runScenario(base, { name: 'Uppräknad ram', base: { sheet: 'Resultatbudget', column: 'Budget 2023' }, parameters: [{ kind: 'index', series: 'LPI', year: 2024, percent: 3.5 }] });
    expect(r.result.ram!.base).toBe(121.9);
    const y2024 = r.years.find((y) => y.year === 2024)!;
    expect(y2024.indexFactor).toBeCloseTo(1.035, 12);
    expect(y2024.ram).toBeCloseTo(126.1665, 9);
    expect(Number(y2024.ram!.toFixed(1))).toBe(126.2);
  });

  it('the actual 2024 ram is 13,5 below 2023 and 17,8 below the uplifted frame', () => {
    const base = baseOf(workbook, 'Resultatbudget', 'Budget 2023');
    const cut = runScenario(base, { name: 'Ram 2024', base: { sheet: 'Resultatbudget' }, parameters: [{ kind: 'ram', change: -13.5 }] });
    expect(cut.result.ram!.scenario).toBeCloseTo(108.4, 9);
    const budget2024 = baseOf(workbook, 'Resultatbudget');
    const uncut = runScenario(budget2024, { name: 'Utan neddragning', base: { sheet: 'Resultatbudget' }, parameters: [{ kind: 'ram', value: 121.9 * 1.035 }] });
    expect(uncut.result.ram!.base).toBe(108.4);
    // Budget 2024's costs against the frame it would have had: an överskott of 17,8 mnkr.
    expect(uncut.result.balance.scenario).toBeCloseTo(17.7665, 9);
  });
});
