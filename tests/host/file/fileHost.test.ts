import type { Workbook } from '../../../src/core/model/workbook';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildControlReport } from '../../../src/core/report/controlReport';
import { repairDefinedNames } from '../../../src/host/file/repairDefinedNames';
import { FileWorkbookHost } from '../../../src/host/file/fileHost';
import { MARK_BACKUP_SHEET } from '../../../src/host/file/markBackupSheet';
import { readWorkbookBuffer } from '../../../src/host/file/readWorkbookBuffer';
import { HostError, type CellMark } from '../../../src/host/port';
import { asExcelJsBuffer, toBytes, workbookWithPicture } from './xlsxFixtures';

const RED = 'FFFF0000';
const AMBER = 'FFFFC000';
const GREEN = 'FF92D050';

/**
 * A small periodrapport: cells with and without a fill and a note, a formula, two cells sharing
 * one style (ExcelJS shares the style object), a hidden first sheet and a protected sheet.
 */
async function reportWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Dolt', { state: 'hidden' }).getCell('A1').value = 'dold';
  const ws = wb.addWorksheet('Blad 1');
  ws.getCell('A1').value = 'Post';
  ws.getCell('B1').value = 'Utfall';
  ws.getCell('B2').value = 100; // plain
  ws.getCell('B3').value = 200;
  ws.getCell('B3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GREEN } };
  ws.getCell('C3').value = 'samma stil';
  ws.getCell('C3').style = ws.getCell('B3').style;
  ws.getCell('B4').value = 300;
  ws.getCell('B4').note = 'Kolla mot huvudboken';
  ws.getCell('B5').value = { formula: 'SUM(B2:B4)', result: 600 };
  ws.getCell('B5').fill = { type: 'pattern', pattern: 'darkGrid', fgColor: { argb: 'FFFFFF00' }, bgColor: { argb: 'FF0000FF' } };
  ws.getCell('B5').font = { bold: true };
  ws.getCell('B5').note = {
    texts: [{ text: 'Summa', font: { bold: true, size: 9 } }, { text: ' enligt bokslut' }],
  };
  const locked = wb.addWorksheet('Skyddat');
  locked.getCell('A1').value = 5;
  await locked.protect('hemligt', { spinCount: 1 });
  return toBytes(wb);
}

const MARKS: CellMark[] = [
  { sheet: 'Blad 1', cell: 'B2', severity: 'error', note: 'Periodkoll (sum.row-total): Summan stämmer inte.' },
  { sheet: 'Blad 1', cell: 'B3', severity: 'warning', note: 'Periodkoll (sign.cost): Kostnad med fel tecken.' },
  { sheet: 'Blad 1', cell: 'B4', severity: 'warning', note: 'Periodkoll (formula.hardcoded): Inskrivet värde.' },
  { sheet: 'Blad 1', cell: 'B5', severity: 'error', note: 'Periodkoll (sum.row-total): Resultat ska vara 610.' },
  { sheet: 'Skyddat', cell: 'A1', severity: 'error', note: 'Periodkoll (sum.row-total): Skyddad cell.' },
];
const MARKED = ['B2', 'B3', 'B4', 'B5'];

async function loadExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(asExcelJsBuffer(bytes));
  return wb;
}

/** Fill, note and the rest of the style of a cell, as ExcelJS reads them from a file. */
function look(wb: ExcelJS.Workbook, sheet: string, address: string) {
  const cell = wb.getWorksheet(sheet)!.getCell(address);
  return JSON.parse(JSON.stringify({ style: cell.style ?? {}, note: cell.note ?? null })) as {
    style: Partial<ExcelJS.Style>;
    note: unknown;
  };
}

/** Names of the sheets whose tab is selected in the file (ExcelJS does not read the flag back). */
async function selectedTabs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const selected: string[] = [];
  for (const [, name, rId] of workbook.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]*)"`).exec(rels)![1].replace(/^\/?(xl\/)?/, '');
    if (/tabSelected="1"/.test(await zip.file(`xl/${target}`)!.async('string'))) selected.push(name);
  }
  return selected;
}

function noteText(note: unknown): string | undefined {
  if (typeof note === 'string') return note;
  if (note && typeof note === 'object') return ((note as ExcelJS.Comment).texts ?? []).map((t) => t.text).join('');
  return undefined;
}

describe('FileWorkbookHost: reading and the active sheet', () => {
  it('reads the same model as readWorkbookBuffer, all sheets or the chosen ones, with progress', async () => {
    const bytes = await reportWorkbook();
    const host = await FileWorkbookHost.open(bytes, 'rapport.xlsx');
    expect(host.kind).toBe('file');
    expect(host.name).toBe('rapport.xlsx');
    expect(await host.readWorkbook()).toEqual(await readWorkbookBuffer(bytes, 'rapport.xlsx'));

    const progress: Array<[number, number]> = [];
    const some = await host.readWorkbook({ sheets: ['Skyddat'], onProgress: (p) => progress.push([p.done, p.total]) });
    expect(some.sheets.map((s) => s.name)).toEqual(['Skyddat']);
    expect(some.sheets[0].protected).toBe(true);
    expect(progress).toEqual([[1, 1]]);
  });

  it('starts on the first visible sheet and follows setActiveSheet and selectCell', async () => {
    const host = await FileWorkbookHost.open(await reportWorkbook(), 'rapport.xlsx');
    expect(await host.activeSheetName()).toBe('Blad 1');
    expect(host.setActiveSheet('Skyddat')).toBe(true);
    expect(await host.activeSheetName()).toBe('Skyddat');
    expect(host.setActiveSheet('Finns inte')).toBe(false);
    expect(await host.activeSheetName()).toBe('Skyddat');

    const seen: string[] = [];
    const unsubscribe = host.onSelect(({ sheet, cell }) => seen.push(`${sheet}!${cell}`));
    await host.selectCell('Blad 1', 'B5');
    expect(seen).toEqual(['Blad 1!B5']);
    expect(await host.activeSheetName()).toBe('Blad 1');
    unsubscribe();
    await host.selectCell('Skyddat', 'A1');
    expect(seen).toEqual(['Blad 1!B5']);
    expect(await host.activeSheetName()).toBe('Skyddat');
  });

  it('knows sheets by name, ignoring case as Excel does', async () => {
    const host = await FileWorkbookHost.open(await reportWorkbook(), 'rapport.xlsx');
    expect(await host.sheetExists('Blad 1')).toBe(true);
    expect(await host.sheetExists('BLAD 1')).toBe(true);
    expect(await host.sheetExists('Blad 2')).toBe(false);
  });

  it('writes a copy Excel can read when a sheet with a print area has an apostrophe in its name', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Chefens 'nya' blad");
    ws.getCell('A1').value = 1;
    ws.pageSetup.printArea = 'A1:C10';
    ws.pageSetup.printTitlesRow = '1:1';
    // As Excel writes it: ExcelJS's own file has the same fault, so the fixture is repaired first.
    const original = await repairDefinedNames(await toBytes(wb), [ws.name]);
    const host = await FileWorkbookHost.open(original, 'utskrift.xlsx');
    const copy = await host.toBuffer();
    const workbookXml = await (await JSZip.loadAsync(copy)).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toContain('&apos;Chefens &apos;&apos;nya&apos;&apos; blad&apos;!$A1:$C10');
    const reread = await loadExcel(copy);
    expect(reread.getWorksheet("Chefens 'nya' blad")!.pageSetup.printArea).toBe('A1:C10');
  });

  it('drops a whole-row print area that ExcelJS cannot write back, instead of writing a broken name', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Process');
    ws.getCell('A1').value = 1;
    ws.pageSetup.printArea = '1:1048576';
    wb.addWorksheet('Plan').pageSetup.printArea = 'A1:B49';
    const host = await FileWorkbookHost.open(await toBytes(wb), 'utskrift.xlsx');
    const copy = await host.toBuffer();
    const workbookXml = await (await JSZip.loadAsync(copy)).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).not.toContain('NaN');
    expect((await loadExcel(copy)).getWorksheet('Plan')!.pageSetup.printArea).toBe('A1:B49');
  });

  it('keeps pictures and charts in every written copy', async () => {
    expect((await FileWorkbookHost.open(await reportWorkbook(), 'a.xlsx')).lostDrawings).toBe(false);
    const withPicture = await FileWorkbookHost.open(await toBytes(workbookWithPicture()), 'logga.xlsx');
    // Marks alone patch the file, so the picture stays.
    await withPicture.writeMarks([{ sheet: 'Logga', cell: 'A1', severity: 'error', note: 'fel' }]);
    expect(withPicture.lostDrawings).toBe(false);
    const marked = await withPicture.toBuffer();
    expect(Object.keys((await JSZip.loadAsync(marked)).files).some((p) => p.startsWith('xl/media/'))).toBe(true);
    // A report sheet in the copy patches it too: the picture stays.
    const reopened = await FileWorkbookHost.open(marked, 'kopia.xlsx');
    await reopened.writeReportSheet({ name: 'Rapport', rows: [['x']], widths: [10] }, { replace: false });
    const withReport = await reopened.toBuffer();
    expect(reopened.lostDrawings).toBe(false);
    expect(Object.keys((await JSZip.loadAsync(withReport)).files).some((p) => p.startsWith('xl/media/'))).toBe(true);
  });
});

describe('FileWorkbookHost: marks survive a download and are cleared exactly', () => {
  let original: Uint8Array;
  let markedCopy: Uint8Array;
  let result: Awaited<ReturnType<FileWorkbookHost['writeMarks']>>;

  beforeAll(async () => {
    original = await reportWorkbook();
    const host = await FileWorkbookHost.open(original, 'rapport.xlsx');
    expect(await host.hasMarks()).toBe(false);
    result = await host.writeMarks(MARKS);
    expect(await host.hasMarks()).toBe(true);
    markedCopy = await host.toBuffer();
  });

  it('marks errors red and warnings amber with the message as a note', async () => {
    expect(result.marked).toBe(4);
    const wb = await loadExcel(markedCopy);
    const expected: Record<string, [string, string]> = {
      B2: [RED, MARKS[0].note],
      B3: [AMBER, MARKS[1].note],
      B4: [AMBER, MARKS[2].note],
      B5: [RED, MARKS[3].note],
    };
    for (const [address, [argb, note]] of Object.entries(expected)) {
      const { style, note: written } = look(wb, 'Blad 1', address);
      expect(style.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
      expect(noteText(written)).toBe(note);
    }
  });

  it('skips the protected sheet with a Swedish reason and leaves it untouched', async () => {
    expect(result.skipped).toEqual([{ sheet: 'Skyddat', cell: 'A1', reason: expect.stringMatching(/skyddat/) }]);
    const [before, after] = [await loadExcel(original), await loadExcel(markedCopy)];
    expect(look(after, 'Skyddat', 'A1')).toEqual(look(before, 'Skyddat', 'A1'));
  });

  it('changes no value, formula or other cell, and keeps its backup in a very hidden sheet', async () => {
    // Marks are fills, and the model carries fills: compare everything else.
    expect(withoutFills(await readWorkbookBuffer(markedCopy, 'rapport.xlsx'))).toEqual(withoutFills(await readWorkbookBuffer(original, 'rapport.xlsx')));
    const [before, after] = [await loadExcel(original), await loadExcel(markedCopy)];
    // C3 shares its style object with B3 in ExcelJS; marking B3 must not colour it.
    expect(look(after, 'Blad 1', 'C3')).toEqual(look(before, 'Blad 1', 'C3'));
    expect(look(after, 'Blad 1', 'B5').style.font).toEqual(look(before, 'Blad 1', 'B5').style.font);
    const backup = after.getWorksheet(MARK_BACKUP_SHEET)!;
    expect(backup.state).toBe('veryHidden');
    expect(after.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name)).toEqual(['Blad 1', 'Skyddat']);
  });

  it('clears the marks in the reopened copy: every fill and note as before, backup sheet gone', async () => {
    const reopened = await FileWorkbookHost.open(markedCopy, 'rapport.xlsx');
    expect(await reopened.hasMarks()).toBe(true);
    expect(await reopened.clearMarks()).toEqual({ restored: 4 });
    expect(await reopened.hasMarks()).toBe(false);
    const cleared = await reopened.toBuffer();

    const [before, after] = [await loadExcel(original), await loadExcel(cleared)];
    for (const address of [...MARKED, 'C3', 'A1']) {
      expect(look(after, 'Blad 1', address)).toEqual(look(before, 'Blad 1', address));
    }
    expect(after.worksheets.map((ws) => ws.name)).toEqual(['Dolt', 'Blad 1', 'Skyddat']);
    expect(await (await FileWorkbookHost.open(cleared, 'rapport.xlsx')).hasMarks()).toBe(false);
    expect(await reopened.clearMarks()).toEqual({ restored: 0 });
  });
});

describe('FileWorkbookHost: marking again and changes made after marking', () => {
  it('keeps the first backup when a cell is marked twice, across a save', async () => {
    const original = await reportWorkbook();
    const host = await FileWorkbookHost.open(original, 'rapport.xlsx');
    await host.writeMarks([MARKS[1]]);
    const again = await FileWorkbookHost.open(await host.toBuffer(), 'rapport.xlsx');
    await again.writeMarks([{ ...MARKS[1], severity: 'error', note: 'Periodkoll (sum.row-total): Nytt fel.' }]);
    const twice = await loadExcel(await again.toBuffer());
    expect(look(twice, 'Blad 1', 'B3').style.fill).toMatchObject({ fgColor: { argb: RED } });

    expect(await again.clearMarks()).toEqual({ restored: 1 });
    const [before, after] = [await loadExcel(original), await loadExcel(await again.toBuffer())];
    expect(look(after, 'Blad 1', 'B3')).toEqual(look(before, 'Blad 1', 'B3'));
  });

  it('puts one mark per cell: the most severe colour and every message', async () => {
    const host = await FileWorkbookHost.open(await reportWorkbook(), 'rapport.xlsx');
    const result = await host.writeMarks([MARKS[1], { ...MARKS[0], cell: '$B$3' }]);
    expect(result).toEqual({ marked: 2, skipped: [] });
    const { style, note } = look(await loadExcel(await host.toBuffer()), 'Blad 1', 'B3');
    expect(style.fill).toMatchObject({ fgColor: { argb: RED } });
    expect(noteText(note)).toBe(`${MARKS[1].note}\n\n${MARKS[0].note}`);
  });

  it('keeps a fill or note the user set on a marked cell since, and restores the rest', async () => {
    const original = await reportWorkbook();
    const host = await FileWorkbookHost.open(original, 'rapport.xlsx');
    await host.writeMarks([MARKS[3]]);
    // The user opens the copy in Excel, recolours B5 and saves.
    const edited = await loadExcel(await host.toBuffer());
    const b5 = edited.getWorksheet('Blad 1')!.getCell('B5');
    b5.style = { ...b5.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B0F0' } } };
    const reopened = await FileWorkbookHost.open(new Uint8Array(await edited.xlsx.writeBuffer()), 'rapport.xlsx');

    expect(await reopened.clearMarks()).toEqual({ restored: 1 });
    const [before, after] = [await loadExcel(original), await loadExcel(await reopened.toBuffer())];
    expect(look(after, 'Blad 1', 'B5').style.fill).toMatchObject({ fgColor: { argb: 'FF00B0F0' } });
    expect(look(after, 'Blad 1', 'B5').note).toEqual(look(before, 'Blad 1', 'B5').note);
  });

  it('says why a mark on a missing sheet or a bad address is skipped', async () => {
    const host = await FileWorkbookHost.open(await reportWorkbook(), 'rapport.xlsx');
    const result = await host.writeMarks([
      { ...MARKS[0], sheet: 'Blad 9' },
      { ...MARKS[0], cell: 'B' },
    ]);
    expect(result.marked).toBe(0);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/finns inte/),
      expect.stringMatching(/ingen celladress/),
    ]);
    expect(await host.hasMarks()).toBe(false);
  });

  it('restores a long note with any characters exactly, whatever the mark note holds', async () => {
    const wb = new ExcelJS.Workbook();
    const cell = wb.addWorksheet('Blad1').getCell('A1');
    // A value too: ExcelJS reads no note on a cell that is otherwise empty and unstyled.
    cell.value = 7;
    // Longer than one backup cell holds (32,767 characters), so the backup is split.
    cell.note = `${'Avstämning mot huvudbok 😀 "citat" \\ <&>\n'.repeat(2000)}slut`;
    const original = await toBytes(wb);
    const host = await FileWorkbookHost.open(original, 'lång.xlsx');
    // "_x0041_" is how OOXML escapes "A"; ExcelJS writes it as is and reads it back as "A".
    await host.writeMarks([{ sheet: 'Blad1', cell: 'A1', severity: 'warning', note: 'Periodkoll: _x0041_ "x"' }]);
    const reopened = await FileWorkbookHost.open(await host.toBuffer(), 'lång.xlsx');
    expect(await reopened.clearMarks()).toEqual({ restored: 1 });

    const before = look(await loadExcel(original), 'Blad1', 'A1').note as string;
    const after = look(await loadExcel(await reopened.toBuffer()), 'Blad1', 'A1').note as string;
    expect(before.length).toBeGreaterThan(70_000);
    expect(after.length).toBe(before.length);
    expect(after === before).toBe(true); // not toBe: a failure would print 70,000 characters
  });

  it('keeps its backup readable whatever text a note holds', async () => {
    const wb = new ExcelJS.Workbook();
    const cell = wb.addWorksheet('Blad1').getCell('A1');
    cell.value = 7;
    // Read back as the text "_x0022_", which a cell decodes to '"' — inside JSON, a broken record.
    cell.note = 'Se _x005F_x0022_ i huvudboken';
    const host = await FileWorkbookHost.open(await toBytes(wb), 'escape.xlsx');
    await host.writeMarks([{ sheet: 'Blad1', cell: 'A1', severity: 'error', note: 'Periodkoll: fel' }]);
    const reopened = await FileWorkbookHost.open(await host.toBuffer(), 'escape.xlsx');
    expect(await reopened.hasMarks()).toBe(true);
    expect(await reopened.clearMarks()).toEqual({ restored: 1 });
  });
});

describe('FileWorkbookHost: report sheet', () => {
  const report = buildControlReport(
    {
      tables: [{ sheet: 'Blad 1', range: 'A1:B5', kind: 'resultatrapport' }],
      unrecognizedSheets: [],
      findings: [
        { rule: 'sum.row-total', severity: 'error', sheet: 'Blad 1', cell: 'B5', message: 'Resultat ska vara 610.', expected: 610, found: 600, tolerance: 0.5 },
        { rule: 'sign.cost', severity: 'warning', sheet: "Chefens 'nya' blad", cell: 'C7', message: 'Kostnad med fel tecken.' },
      ],
    },
    { workbook: 'rapport.xlsx', date: new Date(2025, 6, 15, 9, 30) },
  );

  it('writes the rows with bold headings, working links and column widths, and opens on it', async () => {
    const host = await FileWorkbookHost.open(await reportWorkbook(), 'rapport.xlsx');
    await host.writeReportSheet(report, { replace: false });
    expect(await host.sheetExists(report.name)).toBe(true);
    expect(await host.activeSheetName()).toBe(report.name);

    const copy = await host.toBuffer();
    const wb = await loadExcel(copy);
    const ws = wb.getWorksheet(report.name)!;
    expect(ws.getCell('A1').value).toBe('Kontrollrapport – Periodkoll');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true });
    const header = report.rows.findIndex((row) => row[0] !== null && typeof row[0] === 'object' && 'text' in row[0] && row[0].text === 'Allvarlighet') + 1;
    expect(ws.getCell(header, 5).value).toBe('Beskrivning');
    expect(ws.getCell(header, 5).font).toMatchObject({ bold: true });

    const link = ws.getCell(header + 1, 3);
    expect(link.value).toEqual({ formula: `HYPERLINK("#'Blad 1'!B5","B5")`, result: 'B5' });
    expect(link.font).toMatchObject({ underline: true });
    expect(ws.getCell(header + 2, 3).value).toEqual({
      formula: `HYPERLINK("#'Chefens ''nya'' blad'!C7","C7")`,
      result: 'C7',
    });
    expect(ws.getCell(header + 1, 6).value).toBe(610);
    expect(report.widths.map((_, i) => ws.getColumn(i + 1).width)).toEqual(report.widths);

    // Excel opens the copy on the report, with no other tab selected (which would group sheets).
    const index = wb.worksheets.findIndex((s) => s.name === report.name);
    expect(wb.views[0].activeTab).toBe(index);
    expect(await selectedTabs(copy)).toEqual([report.name]);
    // The report is the user's to read: it is part of the model, like any sheet.
    expect((await host.readWorkbook()).sheets.map((s) => s.name)).toContain(report.name);
  });

  it('refuses to replace an existing sheet unless told to, then replaces it in place', async () => {
    const host = await FileWorkbookHost.open(await reportWorkbook(), 'rapport.xlsx');
    await host.writeReportSheet(report, { replace: false });
    const first = await host.toBuffer();

    const refused = host.writeReportSheet({ ...report, rows: [['Ny']] }, { replace: false });
    await expect(refused).rejects.toBeInstanceOf(HostError);
    await expect(refused).rejects.toMatchObject({ code: 'sheet-exists', message: expect.stringMatching(/finns redan/) });
    expect(await readWorkbookBuffer(await host.toBuffer(), 'r.xlsx')).toEqual(await readWorkbookBuffer(first, 'r.xlsx'));

    host.setActiveSheet('Blad 1');
    await host.writeReportSheet({ ...report, name: 'KONTROLLRAPPORT', rows: [['Ny']] }, { replace: true });
    expect(await host.activeSheetName()).toBe('KONTROLLRAPPORT');
    const wb = await loadExcel(await host.toBuffer());
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Dolt', 'Blad 1', 'Skyddat', 'KONTROLLRAPPORT']);
    expect(wb.getWorksheet('KONTROLLRAPPORT')!.getCell('A1').value).toBe('Ny');
    expect(wb.getWorksheet('KONTROLLRAPPORT')!.getCell('A2').value).toBeNull();
  });

  it('keeps the report links and marks apart: clearing marks leaves the report', async () => {
    const host = await FileWorkbookHost.open(await reportWorkbook(), 'rapport.xlsx');
    await host.writeMarks([MARKS[3]]);
    await host.writeReportSheet(report, { replace: false });
    const reopened = await FileWorkbookHost.open(await host.toBuffer(), 'rapport.xlsx');
    expect(await reopened.clearMarks()).toEqual({ restored: 1 });
    const wb = await loadExcel(await reopened.toBuffer());
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Dolt', 'Blad 1', 'Skyddat', report.name]);
    // Removing the backup sheet moved the report one place left; the file still opens on it.
    expect(wb.views[0].activeTab).toBe(3);
  });
});

/** The model with every cell's fill left out (marks change fills, and only fills). */
function withoutFills(workbook: Workbook): Workbook {
  const sheets = workbook.sheets.map((sheet) => ({
    ...sheet,
    rows: sheet.rows.map((row) =>
      row?.map((cell) => {
        if (!cell || cell.fill === undefined) return cell;
        const { fill: _fill, ...rest } = cell;
        // A cell kept only for its fill is not there without it.
        return rest.type === 'empty' && rest.formula === undefined ? undefined : rest;
      }),
    ),
  }));
  return { ...workbook, sheets };
}
