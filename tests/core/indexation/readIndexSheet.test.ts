import {
  DEFAULT_INDEX_TABLE,
  findSeries,
  indexuppräkning,
  overlayIndexTables,
  readIndexSheet,
  readWorkbookIndex,
  readWorkbookIndexSheets,
} from '../../../src/core/indexation';
import { buildSheet, buildWorkbook } from '../../helpers/buildSheet';

describe('Index sheet (wide form): År and one column per series', () => {
  const sheet = buildSheet('Index', [
    ['Indexserier för budget 2025'],
    [],
    ['År', 'LPIK %', 'PKV (%)', 'KPI (1980 = 100)'],
    [2023, null, null, 403.7],
    [2024, { n: 0.035, fmt: '0.0%' }, '2,9 %', null],
    ['2025', 2.9, null, null],
  ]);

  it('reads percent columns (header ending in %) and level columns, skipping empty cells', () => {
    const series = readIndexSheet(sheet, 'budget.xlsx');
    expect(series.map((s) => [s.name, s.kind, s.values])).toEqual([
      ['LPIK', 'percent', { 2024: 3.5, 2025: 2.9 }],
      ['PKV', 'percent', { 2024: 2.9 }],
      ['KPI', 'level', { 2023: 403.7 }],
    ]);
    expect(series[0].source).toBe('bladet Index i budget.xlsx');
    expect(series[2].base).toBe('1980 = 100');
  });

  it('overrides the bundled table year by year and keeps the other years', () => {
    const table = overlayIndexTables(DEFAULT_INDEX_TABLE, readWorkbookIndex(buildWorkbook(sheet)));
    const kpi = findSeries(table, 'KPI')!;
    expect(kpi.values).toMatchObject({ 2021: 343.19, 2022: 371.91, 2023: 403.7 });
    expect(kpi.source).toMatch(/^bladet Index i test.xlsx; övriga år: SCB/);
    // Each year keeps where it came from: the sheet's 2023, SCB's 2021.
    expect(kpi.origins![2023]).toMatchObject({ layer: 'workbook', source: 'bladet Index i test.xlsx' });
    expect(kpi.origins![2021]).toMatchObject({ layer: 'bundled', source: expect.stringMatching(/^SCB/) });
    const lpik = findSeries(table, 'LPI')!;
    expect(lpik.values).toEqual({ 2024: 3.5, 2025: 2.9 });
    const r = indexuppräkning(1_000_000, lpik, 2023, 2025);
    expect(r.ok && r.result).toBeCloseTo(1_065_015, 6);
  });

  it('a workbook series of another kind replaces the bundled one', () => {
    const own = buildSheet('Index', [['År', 'KPI %'], [2024, 2.8]]);
    const table = overlayIndexTables(DEFAULT_INDEX_TABLE, readWorkbookIndex(buildWorkbook(own)));
    expect(findSeries(table, 'KPI')).toMatchObject({ kind: 'percent', values: { 2024: 2.8 } });
  });

  it('no Index sheet: the bundled table as is', () => {
    const other = buildSheet('Resultat', [['År', 'LPIK %'], [2025, 2.9]]);
    expect(readWorkbookIndex(buildWorkbook(other))).toBeUndefined();
    expect(overlayIndexTables(DEFAULT_INDEX_TABLE, undefined)).toBe(DEFAULT_INDEX_TABLE);
  });
});

describe('Index sheet (long form): År, Serie, Värde, Typ', () => {
  it('reads one row per year and series, the kind from Typ or the value', () => {
    const sheet = buildSheet('Index', [
      ['År', 'Serie', 'Värde', 'Typ'],
      [2024, 'LPIK', 3.5, 'procent'],
      [2025, 'LPIK', '2,9 %', null],
      [2023, 'KPI', 403.7, 'nivå'],
    ]);
    const series = readIndexSheet(sheet);
    expect(series.map((s) => [s.name, s.kind, s.values])).toEqual([
      ['LPIK', 'percent', { 2024: 3.5, 2025: 2.9 }],
      ['KPI', 'level', { 2023: 403.7 }],
    ]);
  });
});

describe('an Index sheet in the workbook that cannot be used', () => {
  it('a duplicated year is a warning at the sheet, its values unused', () => {
    const wb = buildWorkbook(buildSheet('Index', [['År', 'LPIK %'], [2025, 2.9], [2025, 3.1]]));
    const r = readWorkbookIndexSheets(wb);
    expect(r.table).toBeUndefined();
    expect(r.problems).toEqual([{ sheet: 'Index', message: expect.stringContaining('Året 2025 står två gånger för LPIK') }]);
  });

  it('a sheet named Index with no years is not an index table (a table of contents): nothing said', () => {
    const wb = buildWorkbook(buildSheet('Index', [['Innehåll'], ['Resultaträkning', 'Blad 2'], ['Balansräkning', 'Blad 3']]));
    expect(readWorkbookIndexSheets(wb)).toEqual({ problems: [] });
  });
});
