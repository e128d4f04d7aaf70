import {
  DEFAULT_INDEX_TABLE,
  EMPTY_INDEX_STORE,
  indexStoreTable,
  indexValueFunction,
  layeredIndexTable,
  upliftFunction,
  type IndexStore,
} from '../../../src/core/indexation';

/** LPIK 2025 2,9 % as the user stores it: a scenario value (DOMAIN §1), not a published one. */
const USER_STORE: IndexStore = {
  ...EMPTY_INDEX_STORE,
  values: [{ series: 'LPIK', year: 2025, kind: 'percent', value: 2.9, status: 'prognos', source: 'Scenario i budgetarbetet', date: '2025-10-02' }],
};
const bundledOnly = layeredIndexTable({});
const withUserStore = layeredIndexTable({ user: indexStoreTable(USER_STORE) });

describe('UPPRÄKNA(värde; basår; målår; [serie]; [eftersläpning])', () => {
  it('the frilansare row: 8 211 464 × 1,035 × 1,029 = 8 745 332 with LPIK 2025 2,9 % from the user store', () => {
    const r = upliftFunction(withUserStore, 8_211_464, 2023, 2025);
    expect(typeof r).toBe('number');
    expect(r as number).toBeCloseTo(8_745_332.33, 1);
    expect(Math.round(r as number)).toBe(8_745_332);
    // LPIK is the default series; naming it (or its alias LPI) gives the same.
    expect(upliftFunction(withUserStore, 8_211_464, 2023, 2025, 'LPIK', 0)).toBe(r);
    expect(upliftFunction(withUserStore, 8_211_464, 2023, 2025, 'lpi', null)).toBe(r);
  });

  it('bundled values only: LPIK 2025 is missing, said as such and never taken as 0 %', () => {
    expect(upliftFunction(bundledOnly, 8_211_464, 2023, 2025)).toEqual({ error: 'not-available', message: 'LPIK saknar värde för 2025' });
    expect(upliftFunction(bundledOnly, 8_211_464, 2023, 2026)).toEqual({ error: 'not-available', message: 'LPIK saknar värden för 2025 och 2026' });
  });

  it('LPIK 2024 3,5 % from the seed budget: 2023 → 2024', () => {
    expect(upliftFunction(bundledOnly, 1_000_000, 2023, 2024) as number).toBeCloseTo(1_035_000, 6);
  });

  it('KPI levels: 1 000 000 × 403,70 / 343,19 = 1 176 316 (2021 → 2023)', () => {
    const r = upliftFunction(bundledOnly, 1_000_000, 2021, 2023, 'KPI');
    expect(Math.round(r as number)).toBe(1_176_316);
  });

  it('a lag shifts the index years back: with lag 1 a 2024 → 2025 uplift uses LPIK 2024', () => {
    expect(upliftFunction(bundledOnly, 1_000_000, 2024, 2025, 'LPIK', 1) as number).toBeCloseTo(1_035_000, 6);
    expect(upliftFunction(bundledOnly, 1_000_000, 2024, 2025, 'LPIK', 2)).toEqual({ error: 'not-available', message: 'LPIK saknar värde för 2023' });
  });

  it('an omitted optional argument (null, undefined, empty text) takes its default', () => {
    const r = upliftFunction(withUserStore, 8_211_464, 2023, 2025, undefined, undefined);
    expect(upliftFunction(withUserStore, 8_211_464, 2023, 2025, '', '')).toBe(r);
    expect(upliftFunction(withUserStore, 8_211_464, 2023, 2025, null, null)).toBe(r);
  });

  it('a figure stored as Swedish text is read as the number it shows', () => {
    expect(upliftFunction(withUserStore, '8 211 464', '2023', 2025)).toBe(upliftFunction(withUserStore, 8_211_464, 2023, 2025));
  });

  it('unknown series: #VÄRDEFEL! naming the series there are', () => {
    expect(upliftFunction(bundledOnly, 1000, 2023, 2024, 'KPIF')).toEqual({ error: 'invalid', message: 'Okänd indexserie "KPIF". Kända serier: KPI, LPIK och PKV.' });
  });

  it.each([
    ['text as value', 'mycket', 2023, 2024, undefined, 'Värdet ska vara ett tal.'],
    ['a percentage as value', '3,5 %', 2023, 2024, undefined, 'Värdet ska vara ett tal.'],
    ['no value', null, 2023, 2024, undefined, 'Värdet ska vara ett tal.'],
    ['a half year', 1000, 2023.5, 2024, undefined, 'Basåret ska vara ett årtal mellan 1900 och 2200, t.ex. 2023.'],
    ['an amount as year', 1000, 2023, 113_752_551, undefined, 'Målåret ska vara ett årtal mellan 1900 och 2200, t.ex. 2023.'],
    ['a negative lag', 1000, 2023, 2024, -1, 'Eftersläpningen ska vara ett helt antal år mellan 0 och 10.'],
    ['a fractional lag', 1000, 2023, 2024, 0.5, 'Eftersläpningen ska vara ett helt antal år mellan 0 och 10.'],
  ])('%s: #VÄRDEFEL! with a Swedish message', (_, value, from, to, lag, message) => {
    expect(upliftFunction(bundledOnly, value, from, to, undefined, lag)).toEqual({ error: 'invalid', message });
  });
});

describe('INDEX(serie; år)', () => {
  it('the change in % as a number for a percent series: LPIK 2024 = 3,5', () => {
    expect(indexValueFunction(bundledOnly, 'LPIK', 2024)).toBe(3.5);
    expect(indexValueFunction(withUserStore, 'LPIK', 2025)).toBe(2.9);
  });

  it('the level for a level series: KPI 2023 = 403,70', () => {
    expect(indexValueFunction(bundledOnly, 'KPI', 2023)).toBe(403.7);
  });

  it('a missing year is #SAKNAS! with the year, never 0', () => {
    expect(indexValueFunction(bundledOnly, 'LPIK', 2025)).toEqual({ error: 'not-available', message: 'LPIK saknar värde för 2025' });
  });

  it('the series is required and must be known', () => {
    expect(indexValueFunction(bundledOnly, '', 2024)).toEqual({ error: 'invalid', message: 'Ange en indexserie: KPI, LPIK och PKV.' });
    expect(indexValueFunction(bundledOnly, 'XYZ', 2024)).toEqual({ error: 'invalid', message: 'Okänd indexserie "XYZ". Kända serier: KPI, LPIK och PKV.' });
    expect(indexValueFunction(bundledOnly, 'LPIK', 'i fjol')).toEqual({ error: 'invalid', message: 'Året ska vara ett årtal mellan 1900 och 2200, t.ex. 2023.' });
  });

  it('the workbook layer wins over the user store and the bundled values', () => {
    const workbook = { series: [{ name: 'LPIK', kind: 'percent' as const, values: { 2025: 3.2 }, source: 'bladet Index', layer: 'workbook' as const }] };
    const table = layeredIndexTable({ user: indexStoreTable(USER_STORE), workbook });
    expect(indexValueFunction(table, 'LPIK', 2025)).toBe(3.2);
    expect(indexValueFunction(table, 'LPIK', 2024)).toBe(3.5);
  });
});

it('the bundled table is the default layer', () => {
  expect(bundledOnly).toBe(DEFAULT_INDEX_TABLE);
});
