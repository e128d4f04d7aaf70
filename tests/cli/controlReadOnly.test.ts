import { existsSync } from 'fs';
/**
 * `periodkoll control` without --out only reads the ledger, with the streaming reader and its
 * read-only limits (as `check` does); with --out it opens the file host, whose ExcelJS workbook
 * keeps the lower limits. A ledger past the file host's cell limit shows the difference.
 */
import { strToU8, zipSync } from 'fflate';
import { mkdtemp, rm, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { MAX_CELLS } from '../../src/host/file/limits';
import { runCli } from '../helpers/runCli';

jest.setTimeout(60_000);

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const text = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;
const number = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;

/** A three-row ledger followed by rows of empty cells: more <c> than the file host accepts. */
function ledgerPastTheCellLimit(): Uint8Array {
  const header = ['Datum', 'Konto', 'Belopp', 'Leverantör', 'Fakturanummer'].map((h, i) => text(`${'ABCDE'[i]}1`, h)).join('');
  const rows = [
    `<row r="1">${header}</row>`,
    `<row r="2">${text('A2', '2025-03-03')}${number('B2', 5410)}${number('C2', 48000)}${text('D2', 'Möbler AB')}${text('E2', 'M1')}</row>`,
    `<row r="3">${text('A3', '2025-03-04')}${number('B3', 6110)}${text('C3', '1 200,00')}${text('D3', 'Papper AB')}${text('E3', 'P1')}</row>`,
  ];
  const emptyRows = Math.ceil(MAX_CELLS / 10) + 1;
  const sheet = `<worksheet ${NS}><sheetData>${rows.join('')}${`<row>${'<c/>'.repeat(10)}</row>`.repeat(emptyRows)}</sheetData></worksheet>`;
  return zipSync({
    'xl/workbook.xml': strToU8(`<workbook ${NS}><sheets><sheet name="Transaktioner" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="ws" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'periodkoll-control-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('reads a ledger past the file host cell limit without --out; with --out the ledger is checked but the copy is refused (exit 2)', async () => {
  const file = join(dir, 'stor.xlsx');
  await writeFile(file, ledgerPastTheCellLimit());

  const read = await runCli('control', file, '--format', 'json');
  expect(read.err).toBe('');
  expect(read.code).toBe(0);
  const json = JSON.parse(read.out) as { findings: Array<{ rule: string; cell: string }>; summary: { rows: number } };
  expect(json.summary.rows).toBe(2);
  expect(json.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(['ledger.investment-on-operating C2']);

  const copy = await runCli('control', file, '--out', join(dir, 'kopia.xlsx'));
  expect(copy.code).toBe(2);
  expect(copy.err).toContain('Filen kan granskas men inte markeras eller ändras här: Arbetsboken har för många celler (över 2');
  expect(existsSync(join(dir, 'kopia.xlsx'))).toBe(false);
});
