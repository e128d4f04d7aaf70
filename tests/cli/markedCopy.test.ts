/** `periodkoll check --mark --report --out`: the marked copy of the page, written from the command line. */
import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseArgs } from '../../src/cli/args';
import { runCli } from '../helpers/runCli';

const PLANTED = join(__dirname, '..', 'fixtures', 'planted', 'sum-off-by-0.5.xlsx');

const run = runCli;

const sha = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'periodkoll-copy-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('check --mark --report --out', () => {
  test('writes a copy with the planted Summa Kostnader cell marked red with its note, and the Kontrollrapport sheet; the input is untouched', async () => {
    const before = await sha(PLANTED);
    const out = join(dir, 'markerad.xlsx');
    const { code, out: stdout, err } = await run('check', PLANTED, '--mark', '--report', '--out', out);
    expect(code).toBe(1);
    expect(stdout).toMatch(/B12/);
    expect(err).toMatch(/^periodkoll: Skrev .*markerad\.xlsx: (1 cell markerad|\d+ celler markerade), bladet Kontrollrapport\.$/m);
    expect(await sha(PLANTED)).toBe(before);

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const b12 = copy.getWorksheet('Ekonomi')!.getCell('B12');
    expect((b12.fill as ExcelJS.FillPattern).fgColor?.argb).toMatch(/FF0000$/);
    expect(JSON.stringify(b12.note)).toMatch(/sum\.row-total/);
    const report = copy.getWorksheet('Kontrollrapport')!;
    expect(report.getCell('A1').value).toBe('Kontrollrapport – Periodkoll');
    // The cell column links to the finding's cell.
    const rows = report.getSheetValues().map((r) => JSON.stringify(r ?? null));
    expect(rows.some((r) => r.includes('"Ekonomi"') && r.includes("HYPERLINK(\\\"#'Ekonomi'!B12") && r.includes('sum.row-total'))).toBe(true);
  });

  test('refuses to write over the workbook it checks', async () => {
    const before = await sha(PLANTED);
    const { code, err } = await run('check', PLANTED, '--mark', '--out', PLANTED);
    expect(code).toBe(2);
    expect(err).toMatch(/skriver aldrig över arbetsboken/);
    expect(await sha(PLANTED)).toBe(before);
  });

  test.each([
    [['check', 'a.xlsx', '--mark'], /--mark skriver en kopia och behöver --out/],
    [['check', 'a.xlsx', '--out', 'b.xlsx'], /ange --mark .*--report/],
    [['check', 'a.xlsx', 'c.xlsx', '--mark', '--out', 'b.xlsx'], /exakt en \.xlsx-fil/],
    [['check', 'a.xlsx', '--mark', '--out'], /^Flaggan --out behöver ett värde\.$/],
  ])('usage: %j', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: 'usage-error', message: expect.stringMatching(message) });
  });
});
