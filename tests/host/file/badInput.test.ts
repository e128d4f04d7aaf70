import { mkdtemp, rm, writeFile } from 'fs/promises';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import {
  readWorkbookBuffer,
  readWorkbookFile,
  WorkbookReadError,
  type WorkbookReadErrorCode,
} from '../../../src/host/file/readWorkbook';
import { convertSheet } from '../../../src/host/file/convertSheet';
import { loadXlsx } from '../../../src/host/file/loadXlsx';
import { asExcelJsBuffer, richWorkbook, toBytes } from './xlsxFixtures';

async function codeOf(p: Promise<unknown>): Promise<{ code: WorkbookReadErrorCode; message: string }> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookReadError);
    const err = e as WorkbookReadError;
    return { code: err.code, message: err.message };
  }
  throw new Error('expected a WorkbookReadError');
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A compound-file header followed by one directory entry name in UTF-16LE, as Excel writes it. */
function fakeOle(streamName: string): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set(OLE_SIGNATURE, 0);
  for (let i = 0; i < streamName.length; i++) bytes[512 + i * 2] = streamName.charCodeAt(i);
  return bytes;
}

function randomBytes(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('bad input gets a WorkbookReadError with a code and a Swedish message', () => {
  it('legacy .xls (OLE file with a Workbook stream)', async () => {
    const r = await codeOf(readWorkbookBuffer(fakeOle('Workbook'), 'budget.xls'));
    expect(r).toEqual({
      code: 'unsupported-format',
      message: 'Filen är i det gamla .xls-formatet. Spara den som .xlsx i Excel och försök igen.',
    });
  });

  it('by magic bytes, not by name: an .xls renamed to .xlsx is still .xls', async () => {
    expect((await codeOf(readWorkbookBuffer(fakeOle('Book'), 'budget.xlsx'))).code).toBe('unsupported-format');
  });

  it('password-protected workbook (OLE file with an EncryptedPackage stream)', async () => {
    const r = await codeOf(readWorkbookBuffer(fakeOle('EncryptedPackage'), 'hemlig.xlsx'));
    expect(r.code).toBe('encrypted');
    expect(r.message).toMatch(/^Filen är lösenordsskyddad/);
  });

  it('a .csv file', async () => {
    const csv = new TextEncoder().encode('Post;Budget;Utfall\nIntäkter;120,5;130,25\n');
    const r = await codeOf(readWorkbookBuffer(csv, 'export.csv'));
    expect(r.code).toBe('unsupported-format');
    expect(r.message).toMatch(/csv/);
  });

  it('random bytes: unsupported under another name, unreadable when it claims to be .xlsx', async () => {
    expect((await codeOf(readWorkbookBuffer(randomBytes(2000), 'data.bin'))).code).toBe('unsupported-format');
    expect((await codeOf(readWorkbookBuffer(randomBytes(2000), 'rapport.xlsx'))).code).toBe('unreadable');
  });

  it('a corrupt (truncated) zip', async () => {
    const bytes = await toBytes(richWorkbook());
    const r = await codeOf(readWorkbookBuffer(bytes.slice(0, Math.floor(bytes.length / 2)), 'trasig.xlsx'));
    expect(r.code).toBe('unreadable');
    expect(r.message).toMatch(/skadad/);
  });

  it('a zip that is not a workbook, an .xlsb and an .ods', async () => {
    const zipWith = async (files: Record<string, string>) => {
      const zip = new JSZip();
      for (const [name, text] of Object.entries(files)) zip.file(name, text);
      return zip.generateAsync({ type: 'uint8array' });
    };
    const docx = await zipWith({ 'word/document.xml': '<w:document/>' });
    expect((await codeOf(readWorkbookBuffer(docx, 'brev.xlsx'))).code).toBe('unsupported-format');
    const xlsb = await zipWith({ 'xl/workbook.bin': 'x' });
    expect((await codeOf(readWorkbookBuffer(xlsb, 'bok.xlsb'))).message).toMatch(/xlsb/);
    const ods = await zipWith({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet' });
    expect((await codeOf(readWorkbookBuffer(ods, 'ark.ods'))).message).toMatch(/OpenDocument/);
  });

  it('an empty file', async () => {
    expect((await codeOf(readWorkbookBuffer(new Uint8Array(0), 'tom.xlsx'))).code).toBe('empty');
  });

  it('a file over the size limit: 50 MB for the file host (ExcelJS), 200 MB for the read-only reader', async () => {
    const huge = new Uint8Array(50 * 1024 * 1024 + 1);
    const r = await codeOf(loadXlsx(huge, 'stor.xlsx'));
    expect(r.code).toBe('too-large');
    expect(r.message).toMatch(/50 MB/);
    const huger = new Uint8Array(200 * 1024 * 1024 + 1);
    const s = await codeOf(readWorkbookBuffer(huger, 'stor.xlsx'));
    expect(s.code).toBe('too-large');
    expect(s.message).toMatch(/upp till 200 MB/);
  });

  it('a cell outside Excel\'s grid', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook xmlns:r="r"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>');
    zip.file('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>');
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>');
    const r = await codeOf(readWorkbookBuffer(await zip.generateAsync({ type: 'uint8array' }), 'bok.xlsx'));
    expect(r.code).toBe('too-large');
    expect(r.message).toMatch(/utanför Excels 1\u00a0048\u00a0576 rader eller 16\u00a0384 kolumner/);
  });

  it('more cells than the limit', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(asExcelJsBuffer(await toBytes(richWorkbook())));
    expect(() => convertSheet(wb.worksheets[0], 1900, { remaining: 5 })).toThrow(
      expect.objectContaining({ code: 'too-large' }),
    );
  });

  it('a missing file, and a file read from disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'periodkoll-'));
    expect((await codeOf(readWorkbookFile(join(dir, 'finns-inte.xlsx')))).code).toBe('not-found');
    expect((await codeOf(readWorkbookFile(join(dir, 'saknad-mapp', 'x.xlsx')))).code).toBe('not-found');
    const path = join(dir, 'rapport.xlsx');
    await writeFile(path, await toBytes(richWorkbook()));
    const wb = await readWorkbookFile(path);
    expect(wb.name).toBe('rapport.xlsx');
    expect(wb.sheets[0].name).toBe('Resultat');
    await rm(dir, { recursive: true, force: true });
  });
});
