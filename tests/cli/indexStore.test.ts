/**
 * `periodkoll index --import/--add/--remove/--list`: the user's own index values, stored only after
 * confirming, and used by `check` for the styrtal fixture's indexed row. LPIK 2025 2,9 % and
 * 2026 3,1 % below are scenario values (DOMAIN §1), not published figures.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main, type CliIO } from '../../src/cli/main';
import { indexStorePath } from '../../src/cli/indexStoreFile';
import { FIRST_ROW } from '../../scripts/fixtures-styrtal';
import { STYRTAL_ROWS } from '../../scripts/fixtures-styrtal-rows';

const FIXTURE = join(__dirname, '..', 'fixtures', 'styrtal', 'styrtal-kultur-2025.xlsx');
const FRILANSARE = FIRST_ROW + STYRTAL_ROWS.findIndex((r) => r.name.includes('frilansare'));
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, ' ');

async function run(argv: string[], confirm?: (q: string) => Promise<boolean>) {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), ...(confirm ? { confirm } : {}) };
  const code = await main(argv, io);
  return { code, out: plain(out), err: plain(err) };
}

function tableFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pk-index-')), name);
  writeFileSync(path, text, 'utf8');
  return path;
}

const SKR_TABLE = tableFile(
  'lpik.csv',
  ['Landstingsprisindex LPIK, förändring i procent;;', 'Scenario för test, 2025-10-02;;', 'År;Utfall;Prognos', '2024;3,5;', '2025;;2,9', '2026;;3,1'].join('\n'),
);

beforeEach(() => {
  process.env.PERIODKOLL_CONFIG_DIR = mkdtempSync(join(tmpdir(), 'pk-config-'));
});

describe('periodkoll index --import', () => {
  it('without a terminal and without --yes: the preview, nothing stored, exit 1', async () => {
    const r = await run(['index', '--import', SKR_TABLE]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('3 nya värden.');
    expect(r.out).toContain('LPIK 2025: 2,9 % prognos (nytt) – Landstingsprisindex LPIK, förändring i procent – Scenario för test, 2025-10-02 (lpik.csv)');
    expect(r.err).toContain('Inget sparades. Bekräfta med --yes');
    expect(existsSync(indexStorePath())).toBe(false);
  });

  it('a "n" on the terminal stores nothing; "j" stores', async () => {
    const no = await run(['index', '--import', SKR_TABLE], async () => false);
    expect(no.code).toBe(1);
    expect(existsSync(indexStorePath())).toBe(false);
    let asked = '';
    const yes = await run(['index', '--import', SKR_TABLE], async (q) => ((asked = q), true));
    expect(yes.code).toBe(0);
    expect(asked).toBe(`Spara i ${indexStorePath()}? (j/n) `);
    const stored = JSON.parse(readFileSync(indexStorePath(), 'utf8'));
    expect(stored.values.map((v: { year: number; value: number; status: string }) => [v.year, v.value, v.status])).toEqual([
      [2024, 3.5, 'utfall'],
      [2025, 2.9, 'prognos'],
      [2026, 3.1, 'prognos'],
    ]);
  });

  it('the same table again: nothing to store', async () => {
    await run(['index', '--import', SKR_TABLE, '--yes']);
    const again = await run(['index', '--import', SKR_TABLE, '--yes']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Inget att spara');
  });

  it('a bad table: its Swedish message, exit 2, nothing stored', async () => {
    const bad = tableFile('dubbel.csv', 'År;LPIK %\n2025;2,9\n2025;3,1\n');
    const r = await run(['index', '--import', bad, '--yes']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Året 2025 står två gånger för LPIK');
    expect(existsSync(indexStorePath())).toBe(false);
  });

  it('--list names the file and every layer', async () => {
    await run(['index', '--import', SKR_TABLE, '--yes']);
    const r = await run(['index', '--list']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Dina indexvärden sparas i ${indexStorePath()}`);
    expect(r.out).toContain('Periodkolls standardvärden:\n  LPIK 2024: 3,5 % prognos – Region Örebro län');
    expect(r.out).toContain('Dina indexvärden:\n  LPIK 2024: 3,5 % utfall');
  });
});

describe('check uses the stored values: the styrtal fixture for 2025 and 2026', () => {
  const frilansare = async (...extra: string[]) => {
    const r = await run(['check', FIXTURE, '--format', 'json', ...extra]);
    return JSON.parse(r.out).targets.find((t: { row: number }) => t.row === FRILANSARE);
  };

  it('before: LPIK 2025 missing, and the row says how to add it', async () => {
    expect(await frilansare()).toMatchObject({ status: 'not-assessable', missingIndex: { series: 'LPIK', kind: 'percent', years: [2025] } });
    const text = await run(['check', FIXTURE]);
    expect(text.out).toContain('Lägg till värdet: periodkoll index --add LPIK:2025=<förändring>% --source "<källa>"');
  });

  it('after the import: 2025 = 8 211 464 × 1,035 × 1,029, 2026 × 1,031 more, each factor with its source', async () => {
    await run(['index', '--import', SKR_TABLE, '--yes']);
    const y2025 = await frilansare();
    expect(y2025.computedTarget).toBeCloseTo(8_745_332.332, 2);
    expect(plain(y2025.chain)).toBe('8 211 464 × 1,035 × 1,029 = 8 745 332 (LPIK 2024, 2025)');
    expect(plain(y2025.indexSources)).toBe(
      'LPIK 2024 3,5 %, 2025 2,9 % prognos: dina indexvärden – Landstingsprisindex LPIK, förändring i procent – Scenario för test, 2025-10-02 (lpik.csv)',
    );
    const y2026 = await frilansare('--rapportar', '2026');
    expect(y2026.computedTarget).toBeCloseTo(8_745_332.332 * 1.031, 2);
    expect(plain(y2026.chain)).toBe('8 211 464 × 1,035 × 1,029 × 1,031 = 9 016 438 (LPIK 2024, 2025, 2026)');
  });

  it('--add types a value: LPIK 2025 2,9 % (the bundled 2024 stays, each year with its own source)', async () => {
    const add = await run(['index', '--add', 'LPIK:2025=2,9%', '--source', 'Eget antagande', '--status', 'prognos', '--yes']);
    expect(add.code).toBe(0);
    const row = await frilansare();
    expect(row.computedTarget).toBeCloseTo(8_745_332.332, 2);
    expect(plain(row.indexSources)).toBe(
      'LPIK 2024 3,5 % prognos: Periodkolls standardvärden – Region Örebro län, verksamhetsplan med budget 2024: "pris- och löneuppräkning i enlighet med landstingsprisindex med 3,5 %" (2023); LPIK 2025 2,9 % prognos: dina indexvärden – Eget antagande',
    );
  });

  it('--remove takes a stored value away again', async () => {
    await run(['index', '--add', 'LPIK:2025=2,9%', '--source', 'Eget antagande', '--yes']);
    const r = await run(['index', '--remove', 'LPIK:2025', '--yes']);
    expect(r.code).toBe(0);
    expect((await frilansare()).status).toBe('not-assessable');
  });

  it('a damaged store: check warns and uses the other layers; an import refuses to overwrite it', async () => {
    writeFileSync(indexStorePath(), '{ trasig', { flag: 'w' });
    const r = await run(['check', FIXTURE, '--format', 'json']);
    expect(r.err).toContain('Filen med dina indexvärden är skadad');
    expect(JSON.parse(r.out).targets.length).toBe(STYRTAL_ROWS.length);
    const imp = await run(['index', '--import', SKR_TABLE, '--yes']);
    expect(imp.code).toBe(2);
    expect(readFileSync(indexStorePath(), 'utf8')).toBe('{ trasig');
  });
});
