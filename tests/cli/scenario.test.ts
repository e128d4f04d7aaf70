import { join } from 'path';
import { main } from '../../src/cli/main';
import { parseSet } from '../../src/cli/scenarioArgs';

const FILE = join(__dirname, '..', 'fixtures', 'scenario', 'verksamhetsplan-tillvaxt-2024-formler.xlsx');

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe('periodkoll scenario', () => {
  it('prints the recomputed table and the result as JSON, rows in the table’s order', async () => {
    const { code, stdout, stderr } = await cli('scenario', FILE, '--base', 'Resultatbudget', '--set', 'Personalkostnader=+2%', '--set', 'LPIK:2025=3.5%', '--set', 'Ram=-19.5', '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.base).toBe('Resultatbudget');
    expect(json.columns).toEqual(['Budget 2024', 'Prognos 2023', 'Budget 2023']);
    expect(json.rows.map((r: { label: string }) => r.label)).toEqual([
      'Erhållna bidrag', 'Övriga intäkter', 'Summa intäkter', 'Personalkostnader', 'Lämnade bidrag', 'Övriga kostnader',
      'Avskrivningar, inventarier', 'Summa kostnader', 'Verksamhetens nettokostnader', 'Finansnetto', 'Resultat',
    ]);
    const resultat = json.rows.find((r: { label: string }) => r.label === 'Resultat');
    expect(resultat.base).toEqual([-143.4, -156.7, -156.7]);
    expect(resultat.scenario).toEqual([-146.358, -159.948, -156.7]);
    expect(json.result.ram).toMatchObject({ base: 143.4, scenario: 123.9 });
    expect(json.result.balance.scenario).toBeCloseTo(-22.458, 9);
    expect(json.result.verdict).toBe('underskott');
    expect(json.result.years.map((y: { year: number }) => y.year)).toEqual([2024, 2025]);
  });

  it('prints Swedish text with sv-SE numbers', async () => {
    const { code, stdout: raw } = await cli('scenario', FILE, '--base', 'Resultatbudget', '--set', 'Handlingsplan=29,0', '--set', 'Handlingsplan:2024=24,2', '--set', 'Handlingsplan:2025=28,3');
    expect(code).toBe(0);
    expect(raw).toContain('29,0\u00A0mnkr');
    const stdout = raw.replace(/\u00A0/g, ' ');
    expect(stdout).toContain('Handlingsplan: åtgärdskrav 29,0 mnkr; 2024 24,2 mnkr (83,4 %, förenligt med 83,1–83,8 %), kvar 4,8 mnkr');
    expect(stdout).toContain('→ underskott 4,8 mnkr (bas: i balans)');
    // The table kind by its Swedish name, not the engine's id.
    expect(stdout).toMatch(/^Scenario på bladet Resultatbudget \(Resultatbudget\) i /);
    // Each step of the bridge says what it does to the result, in the words every difference gets.
    expect(stdout).toContain('Handlingsplan 29,0 mnkr: 2024 24,2 mnkr, 2025 28,3 mnkr: −4,8 mnkr, lägre resultat');
  });

  it('--column limits the --set to one column', async () => {
    const { stdout } = await cli('scenario', FILE, '--base', 'Resultatbudget', '--set', 'Personalkostnader=+2%', '--column', 'Prognos 2023', '--format', 'json');
    const row = JSON.parse(stdout).rows.find((r: { label: string }) => r.label === 'Personalkostnader');
    expect(row.scenario).toEqual([-147.9, -165.648, -160.5]);
  });

  it('bad --set syntax is a Swedish usage error, exit 2', async () => {
    const { code, stderr } = await cli('scenario', FILE, '--base', 'Resultatbudget', '--set', 'Personalkostnader=mycket');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^periodkoll: --set "Personalkostnader=mycket": "mycket" är inte ett tal eller en procentsats\. Skriv t\.ex\./);
  });

  it('a row that does not exist is refused, exit 2', async () => {
    const { code, stderr } = await cli('scenario', FILE, '--base', 'Resultatbudget', '--set', 'Hyror=+5%');
    expect(code).toBe(2);
    expect(stderr).toMatch(/Ingen rad i tabellen heter Hyror/);
  });

  it('a sheet without a budget table is refused, exit 2', async () => {
    const { code, stderr } = await cli('scenario', FILE, '--base', 'Saknas');
    expect(code).toBe(2);
    expect(stderr).toContain('Bladet Saknas finns inte. Blad: Resultatbudget, Driftbudget.');
  });

  it.each([
    ['LPIK:2025=3,5%', { kind: 'index', series: 'LPIK', year: 2025, percent: 3.5 }],
    ['Ram=−19,5', { kind: 'ram', change: -19.5 }],
    ['Övriga kostnader=-1.5', { kind: 'amount', target: 'Övriga kostnader', amount: -1.5 }],
    ['Handlingsplan:2024=84%', { kind: 'plan', effects: [{ year: 2024, fulfilment: 84 }] }],
  ])('reads --set %s', (text, expected) => {
    expect(parseSet(text)).toEqual(expected);
  });
});

describe('periodkoll scenario: a row is named exactly or not at all', () => {
  it('"Övriga" is two rows: exit 2, both named, nothing computed', async () => {
    const r = await cli('scenario', FILE, '--base', 'Resultatbudget', '--set', 'Övriga=+2%');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Ingen rad heter exakt Övriga. Menade du Övriga intäkter eller Övriga kostnader?');
  });

  it('"Personalkostnad" and "Person" are not Personalkostnader; "personal-kostnader" is (case, spaces and dashes aside)', async () => {
    for (const name of ['Personalkostnad', 'Person']) {
      const r = await cli('scenario', FILE, '--base', 'Resultatbudget', '--set', `${name}=+2%`);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Menade du Personalkostnader?');
    }
    const ok = await cli('scenario', FILE, '--base', 'Resultatbudget', '--set', 'personal-kostnader=+2%', '--format', 'json');
    expect(ok.code).toBe(0);
    const row = JSON.parse(ok.stdout).rows.find((x: { label: string }) => x.label === 'Personalkostnader');
    expect(row.scenario[0]).toBeCloseTo(-147.9 * 1.02, 9);
  });
});

describe('periodkoll scenario: a percentage changes budget and prognos unless --column names one', () => {
  const REPORT = join(__dirname, '..', 'fixtures', 'clean', 'periodrapport-kultur-2025.xlsx');
  type Row = { label: string; base: number[]; scenario: number[] };
  const ovriga = async (...extra: string[]) => {
    const r = await cli('scenario', REPORT, '--base', 'Resultatrapport', '--set', 'Övriga kostnader=+2%', '--format', 'json', ...extra);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as { columns: string[]; rows: Row[] };
    const row = json.rows.find((x) => x.label === 'Övriga kostnader')!;
    return Object.fromEntries(json.columns.map((c, i) => [c, { base: row.base[i], scenario: row.scenario[i] }]));
  };

  it('on the kulturnämnd resultatrapport: utfall and fg år unchanged, budget and prognos exactly 2 % more cost', async () => {
    const f = await ovriga();
    // The file holds the ledger's unrounded figures behind the report's −5,9, −5,3 and −17,5.
    expect(f['Utfall ack'].base).toBeCloseTo(-5.9, 1);
    expect(f['Utfall ack fg år'].base).toBeCloseTo(-5.3, 1);
    expect(f['Prognos'].base).toBeCloseTo(-17.5, 1);
    for (const c of ['Utfall ack', 'Utfall ack fg år']) expect(f[c].scenario).toBe(f[c].base);
    for (const c of ['Budget ack', 'Prognos', 'Budget']) expect(f[c].scenario).toBeCloseTo(f[c].base * 1.02, 9);
  });

  it('--column Utfall changes utfall only', async () => {
    const f = await ovriga('--column', 'Utfall');
    expect(f['Utfall ack'].scenario).toBeCloseTo(f['Utfall ack'].base * 1.02, 9);
    for (const c of ['Utfall ack fg år', 'Budget ack', 'Prognos', 'Budget']) expect(f[c].scenario).toBe(f[c].base);
  });

  it('an unknown --column exits 2 with a question back', async () => {
    const r = await cli('scenario', REPORT, '--base', 'Resultatrapport', '--set', 'Övriga kostnader=+2%', '--column', 'Prognoser');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Kolumnen Prognoser finns inte i tabellen. Menade du Prognos?');
  });
});
