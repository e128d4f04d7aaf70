import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PackagePatch } from '../../../../src/host/file/package/packagePatch';
import { readCellBefore, restoreCellMark, writeCellMark } from '../../../../src/host/file/package/cellMarks';
import { sheetParts } from '../../../../src/host/file/package/workbookParts';
import { noteText } from '../../../../src/host/file/markLook';
import { asExcelJsBuffer, toBytes } from '../xlsxFixtures';

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const plain = wb.addWorksheet('Drift');
  plain.getCell('A1').value = 'Post';
  plain.getCell('B2').value = 1234.5;
  plain.getCell('B2').numFmt = '# ##0.0';
  plain.getCell('B2').font = { bold: true };
  plain.addConditionalFormatting({ ref: 'B2:B9', rules: [{ type: 'expression', priority: 1, formulae: ['B2>0'], style: {} }] });
  plain.getCell('C4').dataValidation = { type: 'list', allowBlank: true, formulae: ['"ja,nej"'] };
  const noted = wb.addWorksheet('Invest');
  noted.getCell('A1').value = 5;
  noted.getCell('C3').value = 'x';
  noted.getCell('C3').note = 'Användarens anteckning';
  return toBytes(wb);
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(asExcelJsBuffer(bytes));
  return wb;
}

async function parts(bytes: Uint8Array): Promise<Map<string, { data: Uint8Array; compressed: unknown }>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, { data: Uint8Array; compressed: unknown }>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const compressed = (entry as unknown as { _data?: { compressedContent?: Uint8Array } })._data?.compressedContent;
    out.set(name, { data: await entry.async('uint8array'), compressed: compressed && Buffer.from(compressed).toString('base64') });
  }
  return out;
}

async function mark(bytes: Uint8Array): Promise<{ marked: Uint8Array; restored: Uint8Array }> {
  const pkg = await PackagePatch.open(bytes);
  const sheets = await sheetParts(pkg);
  const drift = sheets.find((s) => s.name === 'Drift')!.part;
  const invest = sheets.find((s) => s.name === 'Invest')!.part;
  const targets = [
    { part: drift, cell: 'B2', fill: 'FFFF0000', note: 'Periodkoll (R1): fel' },
    { part: drift, cell: 'E7', fill: 'FFFFC000', note: 'Tom cell' },
    { part: invest, cell: 'A1', fill: 'FFFFC000', note: 'Varning med _x0041_ och <tecken> & "citat"\nrad två' },
  ];
  const befores = [];
  for (const t of targets) {
    befores.push(await readCellBefore(pkg, t.part, t.cell));
    await writeCellMark(pkg, t);
  }
  const marked = await pkg.write();
  const again = await PackagePatch.open(marked);
  for (const [i, t] of targets.entries()) await restoreCellMark(again, t.part, t.cell, befores[i]);
  return { marked, restored: await again.write() };
}

describe('marks written into the package', () => {
  it('shows fills and notes in ExcelJS and keeps formats and the user note', async () => {
    const { marked } = await mark(await workbook());
    const wb = await load(marked);
    const drift = wb.getWorksheet('Drift')!;
    expect(drift.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } });
    expect(drift.getCell('B2').numFmt).toBe('# ##0.0');
    expect(drift.getCell('B2').font).toMatchObject({ bold: true });
    expect(drift.getCell('B2').value).toBe(1234.5);
    expect(noteText(drift.getCell('B2').note)).toBe('Periodkoll (R1): fel');
    expect(drift.getCell('E7').fill).toMatchObject({ fgColor: { argb: 'FFFFC000' } });
    const invest = wb.getWorksheet('Invest')!;
    expect(noteText(invest.getCell('A1').note)).toBe('Varning med _x0041_ och <tecken> & "citat"\nrad två');
    expect(noteText(invest.getCell('C3').note)).toBe('Användarens anteckning');
    expect(invest.getCell('A1').value).toBe(5);
  });

  it('leaves every part it does not write byte for byte, compressed data included', async () => {
    const original = await workbook();
    const { marked } = await mark(original);
    const [before, after] = [await parts(original), await parts(marked)];
    const written = new Set<string>();
    for (const [name, part] of before) {
      const now = after.get(name);
      expect(now).toBeDefined();
      if (Buffer.compare(Buffer.from(now!.data), Buffer.from(part.data)) !== 0) written.add(name);
      else expect(now!.compressed).toEqual(part.compressed);
    }
    expect([...written].sort()).toEqual(['[Content_Types].xml', 'xl/styles.xml', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/comments2.xml', 'xl/drawings/vmlDrawing2.vml'].filter((n) => before.has(n)).sort());
    const text = new TextDecoder().decode(after.get('xl/worksheets/sheet1.xml')!.data);
    const old = new TextDecoder().decode(before.get('xl/worksheets/sheet1.xml')!.data);
    for (const kept of ['<conditionalFormatting', '<dataValidations']) {
      const slice = (x: string) => x.slice(x.indexOf(kept), x.indexOf('>', x.lastIndexOf(kept.replace('<', '</'))) + 1);
      expect(slice(text)).toBe(slice(old));
    }
  });

  it('puts the cells and notes back exactly when the marks are cleared', async () => {
    const original = await workbook();
    const { restored } = await mark(original);
    const [before, after] = [await parts(original), await parts(restored)];
    const dec = (m: Map<string, { data: Uint8Array }>, n: string) => new TextDecoder().decode(m.get(n)!.data);
    expect(dec(after, 'xl/worksheets/sheet2.xml')).toBe(dec(before, 'xl/worksheets/sheet2.xml'));
    const commentsPart = [...before.keys()].find((n) => /^xl\/comments\d*\.xml$/.test(n))!;
    expect(dec(after, commentsPart).replace('<author>Periodkoll</author>', '')).toBe(dec(before, commentsPart));
    const wb = await load(restored);
    const drift = wb.getWorksheet('Drift')!;
    expect(drift.getCell('B2').fill).toEqual({ type: 'pattern', pattern: 'none' });
    expect(drift.getCell('B2').note).toBeUndefined();
    expect(drift.getCell('B2').numFmt).toBe('# ##0.0');
    expect(wb.getWorksheet('Invest')!.getCell('A1').note).toBeUndefined();
    expect(noteText(wb.getWorksheet('Invest')!.getCell('C3').note)).toBe('Användarens anteckning');
  });
});
