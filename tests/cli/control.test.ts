/**
 * `periodkoll control` end to end on the fixture ledger: JSON output, exit codes, usage errors,
 * and the --out copy with the Stickprov sheet (rows and links) and the finding cells marked.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { mkdtemp, readFile, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseArgs } from '../../src/cli/args';
import { runControl } from '../../src/cli/controlCommand';
import type { ControlCommand } from '../../src/cli/controlArgs';
import { runCli } from '../helpers/runCli';
import { FileWorkbookHost } from '../../src/host/file/fileHost';
import { readWorkbookFile } from '../../src/host/file/readWorkbook';

const FIXTURE = join(__dirname, '..', 'fixtures', 'ledger', 'huvudbok-2025.xlsx');
const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'ledger', 'manifest.json'), 'utf8')) as { plants: Array<{ rule: string; cell: string }> };
const IK = '4611, 4630, 6811-6899, 7070';

// Each run reads the 3 000-row fixture (a second or two on a busy machine).
jest.setTimeout(60_000);

const run = runCli;

interface ControlJson {
  sample: { seed: number; population: number; sum: number; rows: number[]; options: Record<string, unknown> } | null;
  findings: Array<{ rule: string; severity: string; sheet: string; cell: string; message: string }>;
  summary: { rows: number; checks: Array<{ rule: string; performed: boolean; skipped?: string; count: number; sum: number }> };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'periodkoll-control-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parseArgs control', () => {
  it('reads every flag of the contract', () => {
    const c = parseArgs([
      'control', 'hb.xlsx', '--sheet', 'Huvudbok', '--accounts', IK, '--n', '25', '--seed', '42', '--stratify', 'account', '--weighted',
      '--avtal', 'Avtal', '--auto-threshold', '15 000', '--capitalisation=29400', '--operating-accounts', '4000-7999',
      '--investment-accounts', '11xx-12xx', '--out', 'ut.xlsx', '--format', 'json',
    ]) as ControlCommand;
    expect(c).toMatchObject({
      kind: 'control', file: 'hb.xlsx', sheet: 'Huvudbok', out: 'ut.xlsx', format: 'json',
      sample: { size: { n: 25 }, seed: 42, stratify: true, weighted: true, accounts: { text: IK } },
      settings: { avtal: 'Avtal', autoThreshold: 15000, capitalisation: 29400, operatingAccounts: { text: '4000-7999' }, investmentAccounts: { text: '11xx-12xx' } },
    });
    expect(parseArgs(['control', 'hb.xlsx', '--share', '0,05'])).toMatchObject({ sample: { size: { share: 0.05 } } });
    expect(parseArgs(['control', 'hb.xlsx', '--share', '5 %'])).toMatchObject({ sample: { size: { share: 0.05 } } });
    expect(parseArgs(['control', 'hb.xlsx'])).toEqual({ kind: 'control', file: 'hb.xlsx', settings: {}, format: 'text' });
  });

  it.each([
    [['control'], /Ange huvudbokens fil \(\.xlsx, \.csv eller \.sie\)/],
    [['control', 'a.xlsx', '--n', '5', '--share', '0.1'], /antingen --n eller --share/],
    [['control', 'a.xlsx', '--n', 'fem'], /--n ska vara ett antal/],
    [['control', 'a.xlsx', '--share', '1,5'], /--share ska vara en andel/],
    [['control', 'a.xlsx', '--n', '5', '--stratify', 'leverantör'], /--stratify kan bara vara account/],
    [['control', 'a.xlsx', '--n', '5', '--accounts', '4611, resor'], /--accounts: "resor" är inte ett konto/],
    [['control', 'a.xlsx', '--weighted'], /--weighted gäller stickprovet/],
    [['control', 'a.xlsx', '--auto-threshold', 'tio'], /--auto-threshold ska vara ett belopp/],
    [['control', 'a.xlsx', '--sheet'], /--sheet behöver ett värde/],
    [['control', 'a.xlsx', '--okänd', '1'], /^Okänd flagga --okänd\.$/],
  ])('%j is a usage error', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: 'usage-error', message: expect.stringMatching(message) });
  });
});

describe('periodkoll control', () => {
  it('--help documents the command and every flag of the contract', async () => {
    const r = await run('--help');
    for (const flag of ['periodkoll control', '--sheet', '--accounts', '--n', '--share', '--seed', '--stratify account', '--weighted', '--avtal', '--auto-threshold', '--capitalisation', '--operating-accounts', '--investment-accounts', '--out', '--format']) {
      expect(r.out).toContain(flag);
    }
  });

  it('JSON: the stickprov with seed, population, sum and rows; the planted findings; exit 1 for the double payments', async () => {
    const r = await run('control', FIXTURE, '--sheet', 'Huvudbok', '--accounts', IK, '--n', '40', '--seed', '2025', '--stratify', 'account', '--format', 'json');
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as ControlJson;
    expect(json.sample).toMatchObject({ seed: 2025, options: { accounts: IK, n: 40, stratify: 'account', weighted: false } });
    expect(json.sample!.rows).toHaveLength(40);
    expect(json.sample!.population).toBeGreaterThan(1000);
    expect(json.findings.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(manifest.plants.map((p) => `${p.rule} ${p.cell}`).sort());
    expect(json.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['ledger.duplicate-invoice', 'ledger.duplicate-invoice']);
    expect(json.summary.checks.find((c) => c.rule === 'ledger.outside-agreement')).toMatchObject({ performed: true, count: 5 });

    const again = JSON.parse((await run('control', FIXTURE, '--sheet', 'Huvudbok', '--accounts', IK, '--n', '40', '--seed', '2025', '--stratify', 'account', '--format', 'json')).out) as ControlJson;
    expect(again.sample!.rows).toEqual(json.sample!.rows);
  });

  it('without --seed a seed is picked, printed, and reproduces the sample', async () => {
    const r = await run('control', FIXTURE, '--n', '10', '--format', 'json');
    const json = JSON.parse(r.out) as ControlJson;
    expect(r.err).toContain(`seed ${json.sample!.seed} användes (ange --seed ${json.sample!.seed} för samma urval igen)`);
    const again = JSON.parse((await run('control', FIXTURE, '--n', '10', '--seed', String(json.sample!.seed), '--format', 'json')).out) as ControlJson;
    expect(again.sample!.rows).toEqual(json.sample!.rows);
  });

  it('text: the summary per check in Swedish; a check without its input says it was skipped', async () => {
    const r = await run('control', FIXTURE, '--auto-threshold', '30000', '--operating-accounts', '4000-4999');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Blad Huvudbok:');
    expect(r.out).toMatch(/Automatiskt attesterade fakturor över beloppsgränsen: 0\. Gräns 30\s000\skr\./);
    expect(r.out).not.toContain('driftkonto 5410');
  });

  it('exit 2 with a Swedish message: no file, no ledger, a missing avtal list, --out over the input', async () => {
    expect(await run('control', join(dir, 'saknas.xlsx'))).toMatchObject({ code: 2, err: expect.stringContaining('Filen finns inte.') });
    expect(await run('control', FIXTURE, '--sheet', 'Resultat')).toMatchObject({ code: 2, err: expect.stringContaining('Bladet Resultat finns inte.') });
    expect(await run('control', FIXTURE, '--sheet', 'Avtalsleverantörer')).toMatchObject({ code: 2, err: expect.stringContaining('ser inte ut som en huvudbok') });
    expect(await run('control', FIXTURE, '--avtal', 'Ramavtal')).toMatchObject({ code: 2, err: expect.stringContaining('Hittar varken bladet eller namnet Ramavtal') });
    expect(await run('control', FIXTURE, '--out', FIXTURE)).toMatchObject({ code: 2, err: expect.stringContaining('skriver aldrig över huvudboken') });
  });

  it('exit 0 for a ledger with warnings only; the avtal check skipped without a list', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Transaktioner');
    ws.addRow(['Datum', 'Konto', 'Belopp', 'Leverantör', 'Fakturanummer']);
    ws.addRow([new Date(Date.UTC(2025, 2, 3)), 5410, 48000, 'Möbler AB', 'M1']);
    ws.addRow(['2025-03-04', 6110, '1 200,00', 'Papper AB', 'P1']);
    const file = join(dir, 'liten.xlsx');
    await writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await run('control', file, '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as ControlJson;
    expect(json.sample).toBeNull();
    expect(json.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(['ledger.investment-on-operating C2']);
    expect(json.summary.checks.find((c) => c.rule === 'ledger.outside-agreement')).toMatchObject({ performed: false, skipped: expect.stringContaining('Ingen lista över avtalsleverantörer') });
  });

  it('--out writes a copy with the Stickprov sheet (sampled rows, links back) and the finding cells marked', async () => {
    const out = join(dir, 'stickprov.xlsx');
    let text = '';
    const command = parseArgs(['control', FIXTURE, '--sheet', 'Huvudbok', '--accounts', IK, '--n', '25', '--seed', '7', '--weighted', '--out', out, '--format', 'json']) as ControlCommand;
    const code = await runControl(command, { stdout: (t) => (text += t), stderr: () => undefined }, { today: new Date(2025, 2, 14) });
    expect(code).toBe(1);
    const json = JSON.parse(text) as ControlJson & { out: { stickprovSheet: string } };
    expect(json.out.stickprovSheet).toBe('Stickprov 2025-03-14');

    const copy = await readWorkbookFile(out);
    expect(copy.sheets.map((s) => s.name)).toEqual(['Huvudbok', 'Avtalsleverantörer', 'Stickprov 2025-03-14']);
    const sheet = copy.sheets[2];
    const firstCol = sheet.rows.map((r) => r?.[0]);
    const head = firstCol.findIndex((c) => c?.value === 'Rad i huvudboken');
    const links = firstCol.slice(head + 1).filter((c) => c);
    expect(links.map((c) => c!.value)).toEqual(json.sample!.rows.map((r) => `Rad ${r}`));
    expect(links.map((c) => c!.formula)).toEqual(json.sample!.rows.map((r) => `=HYPERLINK("#'Huvudbok'!A${r}","Rad ${r}")`));
    const reviewer = sheet.rows[head]!.slice(-4).map((c) => c?.value);
    expect(reviewer).toEqual(['Granskad av', 'Datum', 'OK/Avvikelse', 'Kommentar']);

    // The copy reads back to the same ledger: the same findings and, from the same seed, the same sample.
    const back = JSON.parse((await run('control', out, '--sheet', 'Huvudbok', '--accounts', IK, '--n', '25', '--seed', '7', '--weighted', '--format', 'json')).out) as ControlJson;
    expect(back.sample!.rows).toEqual(json.sample!.rows);
    expect(back.findings).toEqual(json.findings);
    const host = await FileWorkbookHost.open(await readFile(out), 'stickprov.xlsx');
    expect(await host.hasMarks()).toBe(true);
    expect(await host.clearMarks()).toEqual({ restored: new Set(json.findings.map((f) => f.cell)).size });
  });
});
