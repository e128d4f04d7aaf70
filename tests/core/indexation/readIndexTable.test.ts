import { readIndexTable, type IndexTableReading } from '../../../src/core/indexation';
import { csvSheet } from '../../../src/core/ledger/imports/csvSheet';
import { buildSheet, type TestCell } from '../../helpers/buildSheet';

const read = (rows: TestCell[][], options: { series?: string; currentYear?: number } = {}): IndexTableReading =>
  readIndexTable(buildSheet('Blad1', rows), { layer: 'user', place: 'filen index.xlsx', ...options });

const ok = (r: IndexTableReading) => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('index tables as SKR and SCB publish them', () => {
  it('years down, one column per series, title with series-free text and a date', () => {
    const r = ok(
      read([
        ['Prisindex, årlig förändring i procent. Publicerad 2 oktober 2025'],
        [],
        ['År', 'LPIK %', 'PKV %'],
        [2023, '6,3', '6,8'],
        [2024, '3,5', '3,9'],
        ['2025P', '2,9', '2,6'],
      ]),
    );
    expect(r.date).toBe('2025-10-02');
    expect(r.series.map((s) => [s.name, s.kind, s.values])).toEqual([
      ['LPIK', 'percent', { 2023: 6.3, 2024: 3.5, 2025: 2.9 }],
      ['PKV', 'percent', { 2023: 6.8, 2024: 3.9, 2025: 2.6 }],
    ]);
    const lpik = r.series[0];
    expect(lpik.origins![2025]).toEqual({ layer: 'user', source: 'Prisindex, årlig förändring i procent. Publicerad 2 oktober 2025 (filen index.xlsx)', date: '2025-10-02', status: 'prognos' });
    // Unmarked years before the publication year are outcomes, and the preview says it assumed so.
    expect(lpik.origins![2024].status).toBe('utfall');
    expect(r.notes.join(' ')).toMatch(/antaget från publiceringsdatumet 2025-10-02/);
  });

  it('years across with a row of Utfall/Prognos marks, the series named in the row label', () => {
    const r = ok(
      read([
        ['SKR: Landstingsprisindex, LPIK, förändring i procent, 2025-10-02'],
        ['', 2023, 2024, 2025, 2026],
        ['', 'Utfall', 'Utfall', 'Prognos', 'Prognos'],
        ['LPIK inkl. läkemedel', '6,3', '3,5', '2,9', '3,1'],
      ]),
    );
    expect(r.series).toHaveLength(1);
    expect(r.series[0]).toMatchObject({ name: 'LPIK', kind: 'percent', values: { 2023: 6.3, 2024: 3.5, 2025: 2.9, 2026: 3.1 } });
    expect(r.series[0].origins![2024].status).toBe('utfall');
    expect(r.series[0].origins![2026].status).toBe('prognos');
    expect(r.notes).toEqual([]);
  });

  it('index levels: SCB KPI with a column per month and the annual average (årsmedel) taken', () => {
    const r = ok(
      read([
        ['Konsumentprisindex (1980=100), fastställda tal'],
        ['År', 'Jan', 'Feb', 'Mar', 'Årsmedel'],
        [2022, 352.2, 357.6, 361.5, 371.91],
        [2023, 394.9, 399.4, 402.5, 403.7],
      ]),
    );
    expect(r.series).toHaveLength(1);
    expect(r.series[0]).toMatchObject({ name: 'KPI', kind: 'level', values: { 2022: 371.91, 2023: 403.7 }, base: '1980 = 100', decimals: 2 });
  });

  it('percent with separate Utfall and Prognos columns, the series from the title', () => {
    const r = ok(
      read([
        ['PKV – prisindex för kommunal verksamhet (SKR cirkulär, augusti 2025)'],
        ['År', 'Utfall', 'Prognos'],
        [2023, { n: 0.068, fmt: '0.0%' }, null],
        [2024, { n: 0.039, fmt: '0.0%' }, null],
        [2025, null, { n: 0.026, fmt: '0.0%' }],
      ]),
    );
    expect(r.date).toBe('2025-08');
    expect(r.series.map((s) => [s.name, s.kind, s.values])).toEqual([['PKV', 'percent', { 2023: 6.8, 2024: 3.9, 2025: 2.6 }]]);
    expect(r.series[0].origins![2023].status).toBe('utfall');
    expect(r.series[0].origins![2025].status).toBe('prognos');
  });

  it("SCB's database export as CSV: quoted fields, decimal points, years as text", () => {
    const csv = '"Konsumentprisindex (1980=100), fastställda tal efter år"\n\n"år","KPI"\n"2022","371.91"\n"2023","403.70"\n';
    const r = ok(readIndexTable(csvSheet('kpi.csv', csv), { layer: 'user', place: 'filen kpi.csv' }));
    expect(r.series[0]).toMatchObject({ name: 'KPI', kind: 'level', values: { 2022: 371.91, 2023: 403.7 }, decimals: 2 });
  });

  it('"År 2024" and "Utfall 2024" are years too', () => {
    const r = ok(read([['', 'År 2024', 'Prognos 2025'], ['LPIK %', '3,5', '2,9']]));
    expect(r.series[0].values).toEqual({ 2024: 3.5, 2025: 2.9 });
    expect(r.series[0].origins![2025].status).toBe('prognos');
  });

  it('a bare table names no series: the one the user gives', () => {
    const rows: TestCell[][] = [['År', 'Förändring %'], ['2024', '3,5 %'], ['2025', '2,9 %']];
    expect(read(rows)).toEqual({ ok: false, message: expect.stringMatching(/säger inte vilken indexserie.*Ange serien/) });
    expect(ok(read(rows, { series: 'LPIK' })).series[0]).toMatchObject({ name: 'LPIK', values: { 2024: 3.5, 2025: 2.9 } });
  });

  it('--series picks one of several', () => {
    const rows: TestCell[][] = [['År', 'LPIK %', 'PKV %'], [2024, 3.5, 3.9]];
    expect(ok(read(rows, { series: 'pkv' })).series.map((s) => s.name)).toEqual(['PKV']);
    expect(read(rows, { series: 'KPI' })).toEqual({ ok: false, message: 'Tabellen i filen index.xlsx har ingen serie KPI. Serier i tabellen: LPIK och PKV.' });
  });

  it("SCB's '..' and a dash are missing years, never 0 %", () => {
    const r = ok(read([['År', 'LPIK %'], [2024, '3,5'], [2025, '..'], [2026, '–']]));
    expect(r.series[0].values).toEqual({ 2024: 3.5 });
  });

  it('the same year as utfall and as prognos: the utfall is kept, and said', () => {
    const r = ok(read([['År', 'LPIK utfall', 'LPIK prognos'], [2024, 3.7, 3.5], [2025, null, 2.9]]));
    expect(r.series[0].values).toEqual({ 2024: 3.7, 2025: 2.9 });
    expect(r.notes.join(' ')).toMatch(/LPIK 2024 finns både som utfall och prognos; utfallet används/);
  });
});

describe("SKR's tables with variants and component rows", () => {
  const SKR: TestCell[][] = [
    ['Landstingsprisindex, årlig procentuell förändring, 2025-10-02'],
    ['', 2023, 2024, '2025P'],
    ['Arbetskraftskostnader', 5.5, 4.1, 3.4],
    ['LPIK exkl. läkemedel', 6.3, 3.5, 2.9],
    ['LPIK inkl. läkemedel', 6.0, 3.4, 3.0],
  ];

  it('variants are never merged: asked for LPIK, the message names both', () => {
    const r = read(SKR, { series: 'LPIK' });
    expect(r).toEqual({ ok: false, message: expect.stringContaining('har flera rader för LPIK: "LPIK exkl. läkemedel" och "LPIK inkl. läkemedel"') });
  });

  it('the chosen variant is stored as LPIK, which the styrtal rows ask for', () => {
    const r = ok(read(SKR, { series: 'lpik exkl. läkemedel' }));
    expect(r.series.map((s) => [s.name, s.values])).toEqual([['LPIK', { 2023: 6.3, 2024: 3.5, 2025: 2.9 }]]);
  });

  it('without a choice, a user import takes the index series and says which rows it left', () => {
    const r = ok(read([['', 2024, 2025], ['Arbetskraftskostnader %', 4.1, 3.4], ['PKV %', 3.9, 2.6]]));
    expect(r.series.map((s) => s.name)).toEqual(['PKV']);
    expect(r.notes.join(' ')).toContain('Arbetskraftskostnader lästes inte in');
  });
});

describe('index tables that cannot be read are refused whole, in Swedish', () => {
  it('no years', () => {
    expect(read([['Serie', 'Värde'], ['LPIK', 3.5]])).toEqual({ ok: false, noTable: true, message: expect.stringMatching(/^Hittar inga årtal i filen index.xlsx/) });
  });

  it('a duplicated year names both cells', () => {
    const r = read([['År', 'LPIK %'], [2024, 3.5], [2025, 2.9], [2025, 3.1]]);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('Året 2025 står två gånger för LPIK (Blad1!B3 och B4)') });
    expect(!r.ok && r.message).toMatch(/Inget har lästs in\.$/);
  });

  it('text where a value belongs names the cell', () => {
    expect(read([['År', 'LPIK %'], [2024, 'ca 3,5'], [2025, 'se not']])).toEqual({
      ok: false,
      message: 'LPIK 2024: "ca 3,5" i Blad1!B2 är inget tal. LPIK 2025: "se not" i Blad1!B3 är inget tal. Inget har lästs in.',
    });
  });

  it('a kind that cannot be told from the labels or the figures', () => {
    expect(read([['År', 'LPIK'], [2024, 3.5], [2025, 104]])).toEqual({ ok: false, message: expect.stringMatching(/förändring i % eller indexnivå/) });
  });
});
