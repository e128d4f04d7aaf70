import { recalculate } from '../../../src/core/evaluate';
import { DEFAULT_INDEX_TABLE, findSeries, indexuppräkning, plainUpliftFormula, plainUpliftNote, type IndexSeries, type UpliftDone } from '../../../src/core/indexation';
import { buildSheet, buildWorkbook } from '../../helpers/buildSheet';

/** LPIK 2024 3,5 % (seed budget) and 2,9 % for 2025 as a scenario value (DOMAIN §1). */
const LPIK: IndexSeries = { name: 'LPIK', kind: 'percent', values: { 2024: 3.5, 2025: 2.9 }, source: 'test' };
const KPI = findSeries(DEFAULT_INDEX_TABLE, 'KPI')!;

function uplift(value: number, series: IndexSeries, from: number, to: number, lag = 0): UpliftDone {
  const r = indexuppräkning(value, series, from, to, lag);
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** The formula recalculated by Periodkoll's own evaluator, with the base value in B5. */
function evaluated(formula: string, base: number): number {
  const wb = buildWorkbook(buildSheet('Styrtal', [[null], [null], [null], [null], [null, base, { f: formula, v: 0 }]]));
  const r = recalculate(wb, [], { all: true });
  return r.value('Styrtal', 5, 3) as number;
}

describe('plainUpliftFormula', () => {
  it('the frilansare row: =B5*(1+3.5%)*(1+2.9%) computes 8 211 464 × 1,035 × 1,029 = 8 745 332', () => {
    const up = uplift(8_211_464, LPIK, 2023, 2025);
    const formula = plainUpliftFormula({ baseCell: 'B5', baseValue: 8_211_464, kind: 'percent', fromYear: 2023, toYear: 2025, lag: 0, factors: up.factors });
    expect(formula).toBe('=B5*(1+3.5%)*(1+2.9%)');
    expect(evaluated(formula, 8_211_464)).toBeCloseTo(up.result, 6);
    expect(Math.round(evaluated(formula, 8_211_464))).toBe(8_745_332);
  });

  it('without a base cell the base value is a constant', () => {
    const up = uplift(8_211_464, LPIK, 2023, 2025);
    expect(plainUpliftFormula({ baseValue: 8_211_464, kind: 'percent', fromYear: 2023, toYear: 2025, lag: 0, factors: up.factors })).toBe('=8211464*(1+3.5%)*(1+2.9%)');
  });

  it('KPI levels: =B5*403.7/343.19 computes 1 000 000 × 403,70 / 343,19 = 1 176 316', () => {
    const up = uplift(1_000_000, KPI, 2021, 2023);
    const formula = plainUpliftFormula({ baseCell: 'B5', baseValue: 1_000_000, kind: 'level', fromYear: 2021, toYear: 2023, lag: 0, factors: up.factors });
    expect(formula).toBe('=B5*403.7/343.19');
    expect(Math.round(evaluated(formula, 1_000_000))).toBe(1_176_316);
  });

  it('backwards in time divides; a lag uses the earlier years; a fall is written with a minus', () => {
    const back = uplift(1_065_015, LPIK, 2025, 2023);
    expect(plainUpliftFormula({ baseCell: 'B5', baseValue: 1_065_015, kind: 'percent', fromYear: 2025, toYear: 2023, lag: 0, factors: back.factors })).toBe('=B5/(1+3.5%)/(1+2.9%)');
    const lagged = uplift(1_000_000, LPIK, 2025, 2026, 1);
    expect(plainUpliftFormula({ baseCell: 'B5', baseValue: 1_000_000, kind: 'percent', fromYear: 2025, toYear: 2026, lag: 1, factors: lagged.factors })).toBe('=B5*(1+2.9%)');
    expect(plainUpliftFormula({ baseCell: 'B5', baseValue: 1, kind: 'percent', fromYear: 2020, toYear: 2021, lag: 0, factors: [{ year: 2021, value: -0.5 }] })).toBe('=B5*(1-0.5%)');
  });

  it('a base in kr for a målvärde in tkr is scaled in the formula, without float noise', () => {
    const up = uplift(8_211_464, LPIK, 2023, 2024);
    expect(plainUpliftFormula({ baseCell: 'B5', baseValue: 8_211_464, scale: 0.001, kind: 'percent', fromYear: 2023, toYear: 2024, lag: 0, factors: up.factors })).toBe('=B5*0.001*(1+3.5%)');
    expect(plainUpliftFormula({ baseValue: 8_211_464, scale: 0.001, kind: 'percent', fromYear: 2023, toYear: 2024, lag: 0, factors: up.factors })).toBe('=8211.464*(1+3.5%)');
  });
});

it('plainUpliftNote: the chain and the sources in Swedish', () => {
  const up = uplift(8_211_464, LPIK, 2023, 2025);
  const note = plainUpliftNote(up.chain, up.sources);
  expect(note.replace(/\u00A0/g, ' ')).toMatch(/^Indexuppräkning: 8 211 464 × 1,035 × 1,029 = 8 745 332 \(LPIK 2024, 2025\)\nKällor: LPIK 2024 3,5 %, 2025 2,9 %/);
});
