/** `periodkoll index`: the result and its chain, or a Swedish message and exit 2. */
import { join } from 'path';
import { parseArgs } from '../../src/cli/args';
import { main } from '../../src/cli/main';

const SCENARIO = join(__dirname, '..', 'fixtures', 'styrtal', 'index-lpik-scenario.xlsx');
const plain = (s: string) => s.replace(/\u00A0/g, ' ');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out: plain(out), err: plain(err) };
}

describe('parseArgs index', () => {
  it('reads every flag, in both spellings', () => {
    expect(parseArgs(['index', '--series', 'LPIK', '--from', '2023', '--to=2025', '--value', '113 000 000', '--lag', '1', '--index', 'a.xlsx', '--format', 'json'])).toEqual({
      kind: 'index', series: 'LPIK', from: 2023, to: 2025, value: 113_000_000, lag: 1, indexFile: 'a.xlsx', format: 'json',
    });
  });

  it('usage errors in Swedish', () => {
    expect(parseArgs(['index', '--from', '2023', '--to', '2025', '--value', '1'])).toMatchObject({ kind: 'usage-error', message: expect.stringMatching(/--series/) });
    expect(parseArgs(['index', '--series', 'LPIK', '--from', '23', '--to', '2025', '--value', '1'])).toMatchObject({ kind: 'usage-error', message: expect.stringMatching(/--from och --to/) });
    expect(parseArgs(['index', '--series', 'LPIK', '--from', '2023', '--to', '2025', '--value', 'mycket'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['index', '--series', 'LPIK', '--from', '2023', '--to', '2025', '--value', '1', '--lag', '-1'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['index', '--series', 'LPIK', '--okänd', 'x'])).toMatchObject({ kind: 'usage-error', message: 'Okänd flagga --okänd.' });
  });
});

describe('periodkoll index', () => {
  it('bundled table: LPIK 2023 → 2024 is 113 000 000 × 1,035 = 116 955 000', async () => {
    const r = await run('index', '--series', 'LPIK', '--from', '2023', '--to', '2024', '--value', '113000000');
    expect(r.code).toBe(0);
    expect(r.out).toContain('113 000 000 × 1,035 = 116 955 000 (LPIK 2024)');
    expect(r.out).toContain('Källor: LPIK 2024 3,5 % prognos: Periodkolls standardvärden – Region Örebro län, verksamhetsplan med budget 2024');
  });

  it('a missing year: Swedish message on stderr and exit 2 ("LPIK saknar värde för 2025")', async () => {
    const r = await run('index', '--series', 'LPIK', '--from', '2023', '--to', '2025', '--value', '113000000');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    // The exact command that would supply it.
    expect(r.err).toBe('periodkoll: LPIK saknar värde för 2025. Lägg till värdet: periodkoll index --add LPIK:2025=<förändring>% --source "<källa>", eller läs in en indextabell: periodkoll index --import <fil>.\n');
  });

  it('--index file.xlsx: 1 000 000 × 1,035 × 1,029 = 1 065 015 (LPIK 2024, 2025; 2025 a scenario value)', async () => {
    const r = await run('index', '--series', 'LPIK', '--from', '2023', '--to', '2025', '--value', '1000000', '--index', SCENARIO);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Indexuppräkning med LPIK från 2023 till 2025: 1 065 015');
    expect(r.out).toContain('1 000 000 × 1,035 × 1,029 = 1 065 015 (LPIK 2024, 2025)');
    expect(r.out).toContain('Källor: LPIK 2024 3,5 %, 2025 2,9 %: arbetsbokens blad Index – bladet Index i index-lpik-scenario.xlsx');
  });

  it('--lag 1 shifts the years and the chain says so: PKV 2016 → 2018 = × 1,027 × 1,028', async () => {
    const r = await run('index', '--series', 'PKV', '--from', '2016', '--to', '2018', '--value', '1000000', '--lag', '1');
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 000 000 × 1,027 × 1,028 = 1 055 756 (PKV 2016, 2017; eftersläpning 1 år: uppräkning 2016–2018)');
  });

  it('--format json: result, factor, years and chain; KPI 2021 → 2023 = × 403,70 / 343,19', async () => {
    const r = await run('index', '--series', 'KPI', '--from', '2021', '--to', '2023', '--value', '1000000', '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['series', 'kind', 'from', 'to', 'lag', 'value', 'result', 'factor', 'years', 'chain', 'source', 'date', 'factors']);
    expect(json).toMatchObject({ series: 'KPI', kind: 'level', years: [2021, 2023], chain: '1 000 000 × 403,70 / 343,19 = 1 176 316 (KPI 2023 / 2021)' });
    expect(json.result).toBeCloseTo(1_176_316.326, 2);
    expect(json.factors).toEqual([
      { series: 'KPI', year: 2021, value: 343.19, kind: 'level', layer: 'bundled', source: expect.stringMatching(/^SCB, Konsumentprisindex/), date: '2024-04', status: 'utfall' },
      { series: 'KPI', year: 2023, value: 403.7, kind: 'level', layer: 'bundled', source: expect.stringMatching(/^SCB, Konsumentprisindex/), date: '2024-04', status: 'utfall' },
    ]);
  });

  it('--format json with a missing year: an error object, the message on stderr, exit 2', async () => {
    const r = await run('index', '--series', 'PKV', '--from', '2017', '--to', '2019', '--value', '1', '--format', 'json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({ series: 'PKV', missing: [2018, 2019], error: expect.stringMatching(/^PKV saknar värden för 2018 och 2019/) });
    expect(r.err).toMatch(/PKV saknar värden för 2018 och 2019/);
  });

  it('an unknown series or an unreadable index file: exit 2 with a Swedish message', async () => {
    const unknown = await run('index', '--series', 'XYZ', '--from', '2023', '--to', '2024', '--value', '1');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Indexserien XYZ finns inte. Tillgängliga serier: KPI, LPIK, PKV.');
    const missingFile = await run('index', '--series', 'LPIK', '--from', '2023', '--to', '2024', '--value', '1', '--index', join(__dirname, 'finns-inte.xlsx'));
    expect(missingFile.code).toBe(2);
    expect(missingFile.err).toMatch(/^periodkoll: .*finns-inte\.xlsx/);
  });
});
