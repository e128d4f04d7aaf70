import fc from 'fast-check';
import {
  DEFAULT_INDEX_TABLE,
  findSeries,
  indexuppräkning,
  type IndexSeries,
  type UpliftDone,
} from '../../../src/core/indexation';

/** Chains use no-break spaces as thousands separators (sv-SE); compare with plain spaces. */
const plain = (s: string) => s.replace(/\u00A0/g, ' ');
const done = (r: ReturnType<typeof indexuppräkning>): UpliftDone => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

/** LPIK 2024 3,5 % (seed budget) and 2,9 % for 2025 as a scenario (DOMAIN §1), not a published value. */
const LPIK_SCENARIO: IndexSeries = { name: 'LPIK', kind: 'percent', values: { 2024: 3.5, 2025: 2.9 }, source: 'test' };
const series = (name: string) => findSeries(DEFAULT_INDEX_TABLE, name)!;

describe('bundled index table: only values with a public source', () => {
  it('KPI 2015–2023 levels (SCB, 1980 = 100), PKV 2015–2017 (SKL), LPIK/LPI 2024 3,5 % (seed budget)', () => {
    expect(series('KPI')).toMatchObject({ kind: 'level', values: { 2015: 313.35, 2020: 335.92, 2021: 343.19, 2022: 371.91, 2023: 403.7 }, base: '1980 = 100' });
    expect(series('PKV')).toMatchObject({ kind: 'percent', values: { 2015: 2.4, 2016: 2.7, 2017: 2.8 } });
    expect(series('LPIK')).toMatchObject({ kind: 'percent', values: { 2024: 3.5 } });
    expect(series('lpi')).toBe(series('LPIK'));
    expect(Object.keys(series('KPI').values)).toHaveLength(9);
    expect(Object.keys(series('PKV').values)).toHaveLength(3);
    expect(Object.keys(series('LPIK').values)).toHaveLength(1);
  });

  it('every bundled value carries its own source, date and utfall/prognos', () => {
    for (const s of DEFAULT_INDEX_TABLE.series) {
      for (const year of Object.keys(s.values).map(Number)) {
        expect(s.origins?.[year]).toEqual({ layer: 'bundled', source: expect.stringMatching(/SCB|SKL|Region Örebro län/), date: expect.stringMatching(/^\d{4}(-\d\d){0,2}$/), status: expect.stringMatching(/^(utfall|prognos)$/) });
      }
    }
    // SKL gave 2017 on 2017-09-28, before the year was over: a forecast.
    expect(series('PKV').origins![2017].status).toBe('prognos');
    expect(series('PKV').origins![2016].status).toBe('utfall');
  });
});

describe('indexuppräkning, checked by hand', () => {
  it('1 000 000 × 1,035 × 1,029 = 1 065 015 (LPIK 2024, 2025)', () => {
    const r = done(indexuppräkning(1_000_000, LPIK_SCENARIO, 2023, 2025));
    expect(r.result).toBeCloseTo(1_065_015, 6);
    expect(r.years).toEqual([2024, 2025]);
    expect(plain(r.chain)).toBe('1 000 000 × 1,035 × 1,029 = 1 065 015 (LPIK 2024, 2025)');
  });

  it('8 211 464 × 1,035 × 1,029 = 8 745 332,33 (the frilansare row with the LPIK scenario)', () => {
    const r = done(indexuppräkning(8_211_464, LPIK_SCENARIO, 2023, 2025));
    expect(r.result).toBeCloseTo(8_745_332.33196, 4);
    expect(plain(r.chain)).toBe('8 211 464 × 1,035 × 1,029 = 8 745 332 (LPIK 2024, 2025)');
  });

  it('KPI level ratio: 1 000 000 × 403,70 / 343,19 = 1 176 316 (KPI 2023 / 2021)', () => {
    const r = done(indexuppräkning(1_000_000, series('KPI'), 2021, 2023));
    expect(r.result).toBeCloseTo(1_176_316.326, 2);
    expect(r.years).toEqual([2021, 2023]);
    expect(plain(r.chain)).toBe('1 000 000 × 403,70 / 343,19 = 1 176 316 (KPI 2023 / 2021)');
  });

  it('PKV 2014 → 2017: 1 000 000 × 1,024 × 1,027 × 1,028 = 1 081 094', () => {
    const r = done(indexuppräkning(1_000_000, series('PKV'), 2014, 2017));
    expect(r.result).toBeCloseTo(1_081_094.144, 3);
    expect(plain(r.chain)).toBe('1 000 000 × 1,024 × 1,027 × 1,028 = 1 081 094 (PKV 2015, 2016, 2017)');
  });

  it('lag 1: PKV 2016 → 2018 uses the changes of 2016 and 2017: × 1,027 × 1,028 = 1 055 756', () => {
    const r = done(indexuppräkning(1_000_000, series('PKV'), 2016, 2018, 1));
    expect(r.years).toEqual([2016, 2017]);
    expect(r.result).toBeCloseTo(1_055_756, 6);
    expect(plain(r.chain)).toBe('1 000 000 × 1,027 × 1,028 = 1 055 756 (PKV 2016, 2017; eftersläpning 1 år: uppräkning 2016–2018)');
  });

  it('lag 1 on a level: KPI 2022 → 2024 uses I(2023) / I(2021)', () => {
    const r = done(indexuppräkning(1_000_000, series('KPI'), 2022, 2024, 1));
    expect(r.years).toEqual([2021, 2023]);
    expect(r.result).toBeCloseTo(1_176_316.326, 2);
  });

  it('back in time divides: 1 065 015 / 1,035 / 1,029 = 1 000 000', () => {
    const r = done(indexuppräkning(1_065_015, LPIK_SCENARIO, 2025, 2023));
    expect(r.result).toBeCloseTo(1_000_000, 6);
    expect(plain(r.chain)).toBe('1 065 015 / 1,035 / 1,029 = 1 000 000 (LPIK 2024, 2025, nedräkning)');
  });

  it('the same year is the identity, and says so', () => {
    const r = done(indexuppräkning(113_752_551, series('LPIK'), 2030, 2030));
    expect(r.result).toBe(113_752_551);
    expect(r.factor).toBe(1);
    expect(plain(r.chain)).toBe('113 752 551 = 113 752 551 (LPIK: samma år, ingen uppräkning)');
  });

  it('keeps the decimals of the amount in the chain: 1 234,5 × 1,035 = 1 277,7 (1 277,7075)', () => {
    const r = done(indexuppräkning(1234.5, series('LPIK'), 2023, 2024));
    expect(plain(r.chain)).toBe('1 234,5 × 1,035 = 1 277,7 (LPIK 2024)');
  });
});

describe('a year without a value is reported, never taken as 0 %', () => {
  it('LPIK saknar värde för 2025 (bundled table, 2023 → 2025)', () => {
    const r = indexuppräkning(113_000_000, series('LPIK'), 2023, 2025);
    expect(r).toMatchObject({ ok: false, missing: [2025], message: 'LPIK saknar värde för 2025' });
  });

  it('several missing years are listed in Swedish', () => {
    const r = indexuppräkning(1, series('LPIK'), 2020, 2023);
    expect(r).toMatchObject({ ok: false, missing: [2021, 2022, 2023], message: 'LPIK saknar värden för 2021, 2022 och 2023' });
  });

  it('a lag that reaches a missing year reports the shifted year', () => {
    const r = indexuppräkning(1, LPIK_SCENARIO, 2023, 2025, 1);
    expect(r).toMatchObject({ ok: false, missing: [2023] });
  });

  it('a level without the base year is missing too', () => {
    expect(indexuppräkning(1, series('KPI'), 2014, 2023)).toMatchObject({ ok: false, missing: [2014], message: 'KPI saknar värde för 2014' });
  });
});

describe('properties', () => {
  const YEARS = { min: 2000, max: 2040 };
  /** A full percent series 1990–2040 with one-decimal changes in −5 … 15 %. */
  const percentSeries = fc
    .array(fc.integer({ min: -50, max: 150 }), { minLength: 51, maxLength: 51 })
    .map((tenths): IndexSeries => ({
      name: 'LPIK',
      kind: 'percent',
      values: Object.fromEntries(tenths.map((t, i) => [1990 + i, t / 10])),
      source: 'test',
    }));
  const levelSeries = fc
    .array(fc.integer({ min: 5000, max: 60000 }), { minLength: 51, maxLength: 51 })
    .map((hundredths): IndexSeries => ({
      name: 'KPI',
      kind: 'level',
      values: Object.fromEntries(hundredths.map((h, i) => [1990 + i, h / 100])),
      source: 'test',
    }));
  const anySeries = fc.oneof(percentSeries, levelSeries);
  const year = fc.integer(YEARS);
  const amount = fc.integer({ min: 1, max: 1_000_000_000 });
  const lag = fc.integer({ min: 0, max: 5 });
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

  it('from a year to itself is the identity', () => {
    fc.assert(fc.property(anySeries, amount, year, lag, (s, v, y, k) => {
      const r = done(indexuppräkning(v, s, y, y, k));
      expect(r.result).toBe(v);
      expect(r.factor).toBe(1);
    }));
  });

  it('a → b → c equals a → c (e.g. 2023 → 2024 → 2025 equals 2023 → 2025), in any direction', () => {
    fc.assert(fc.property(anySeries, amount, year, year, year, lag, (s, v, a, b, c, k) => {
      const twoSteps = done(indexuppräkning(done(indexuppräkning(v, s, a, b, k)).result, s, b, c, k));
      const oneStep = done(indexuppräkning(v, s, a, c, k));
      expect(close(twoSteps.result, oneStep.result)).toBe(true);
    }));
  });

  it('2023 → 2024 → 2025 equals 2023 → 2025 for the LPIK scenario', () => {
    fc.assert(fc.property(amount, (v) => {
      const stepped = done(indexuppräkning(done(indexuppräkning(v, LPIK_SCENARIO, 2023, 2024)).result, LPIK_SCENARIO, 2024, 2025)).result;
      expect(close(stepped, done(indexuppräkning(v, LPIK_SCENARIO, 2023, 2025)).result)).toBe(true);
    }));
  });

  it('a lag of k uses exactly the years shifted back by k', () => {
    fc.assert(fc.property(anySeries, amount, year, year, lag, (s, v, a, b, k) => {
      const lagged = done(indexuppräkning(v, s, a, b, k));
      const shifted = done(indexuppräkning(v, s, a - k, b - k, 0));
      expect(lagged.years).toEqual(shifted.years);
      expect(lagged.result).toBe(shifted.result);
      const expected =
        s.kind === 'percent'
          ? Array.from({ length: Math.abs(b - a) }, (_, i) => Math.min(a, b) + 1 + i - k)
          : a === b ? [] : [a - k, b - k].sort((x, y) => x - y);
      expect(lagged.years).toEqual(expected);
    }));
  });

  it('removing any needed year makes it missing instead of 0 %', () => {
    fc.assert(fc.property(percentSeries, amount, fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 10 }), fc.nat(), (s, v, a, span, pick) => {
      const b = a + span;
      const gone = a + 1 + (pick % span);
      const values = { ...s.values };
      delete (values as Record<number, number>)[gone];
      const r = indexuppräkning(v, { ...s, values }, a, b);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.missing).toEqual([gone]);
    }));
  });
});
