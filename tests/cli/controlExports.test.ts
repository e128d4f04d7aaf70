/**
 * `periodkoll control` on the ledger exports (CSV, SIE 4) with --avtal as a file, and a file that
 * is neither a workbook, a CSV nor an SIE file: a Swedish message and exit code 2.
 */
import { readFileSync } from 'fs';
import { mkdtemp, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/runCli';
import { readWorkbookFile } from '../../src/host/file/readWorkbook';

const DIR = join(__dirname, '..', 'fixtures', 'ledger');
const CSV = join(DIR, 'huvudbok-2025.csv');
const SIE = join(DIR, 'huvudbok-2025.se');
const AVTAL = join(DIR, 'avtalsleverantorer.csv');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { plants: Array<{ rule: string; cell: string }> };

jest.setTimeout(60_000);

const run = runCli;

interface ControlJson {
  findings: Array<{ rule: string; cell: string }>;
  summary: { rows: number; unreadable: number; checks: Array<{ rule: string; performed: boolean; count: number }> };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'periodkoll-exports-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('a CSV ledger with --avtal as a CSV file: every plant at its cell, nothing else', async () => {
  const r = await run('control', CSV, '--avtal', AVTAL, '--format', 'json');
  expect(r.code).toBe(1);
  const json = JSON.parse(r.out) as ControlJson;
  expect(json.findings.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(manifest.plants.map((p) => `${p.rule} ${p.cell}`).sort());
});

it('an SIE ledger: per-check counts, automatic approval skipped', async () => {
  const r = await run('control', SIE, '--avtal', AVTAL, '--format', 'json');
  expect(r.code).toBe(1);
  const json = JSON.parse(r.out) as ControlJson;
  const counts = Object.fromEntries(json.summary.checks.map((c) => [c.rule, c.performed ? c.count : 'skipped']));
  expect(counts).toEqual({
    'ledger.unreadable-row': 1,
    'ledger.duplicate-invoice': 2,
    'ledger.duplicate-amount': 2,
    // 5 planted, and every line of the supplier the list knows only by org.nr, which SIE 4 lacks.
    'ledger.outside-agreement': 200,
    'ledger.auto-approved-above-threshold': 'skipped',
    'ledger.auto-approved-change': 'skipped',
    'ledger.investment-on-operating': 2,
    'ledger.small-on-investment': 2,
  });
});

it('--out on a CSV ledger writes an .xlsx copy with the ledger and the Stickprov sheet', async () => {
  const out = join(dir, 'kopia.xlsx');
  const r = await run('control', CSV, '--avtal', AVTAL, '--n', '5', '--seed', '1', '--out', out);
  expect(r.code).toBe(1);
  const copy = await readWorkbookFile(out);
  expect(copy.sheets.map((s) => s.name)).toEqual(['Huvudbok', expect.stringMatching(/^Stickprov /)]);
});

it('exit 2 with a Swedish message: a file that is no ledger export, an avtal file that is missing or not a list', async () => {
  const bin = join(dir, 'huvudbok.pdf');
  await writeFile(bin, Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01, 0x02, 0xff]));
  expect(await run('control', bin)).toMatchObject({ code: 2, out: '', err: expect.stringContaining('Filen är varken en Excel-arbetsbok (.xlsx), en CSV-fil eller en SIE-fil') });
  expect(await run('control', CSV, '--avtal', join(dir, 'saknas.csv'))).toMatchObject({ code: 2, err: expect.stringContaining('saknas.csv: Filen finns inte.') });
  const empty = join(dir, 'tom.csv');
  await writeFile(empty, 'Leverantör;Org.nr\r\n');
  expect(await run('control', CSV, '--avtal', empty)).toMatchObject({ code: 2, err: expect.stringContaining('Listan över avtalsleverantörer (filen tom.csv) är tom.') });
});
