/**
 * Text from the user's cells that the file host writes back (the Kontrollrapport) stays text:
 * read back from the written .xlsx, no cell holds a formula except the report's own links and
 * the engine's `{ formula }` cells, and every hostile label is there character for character.
 */
import ExcelJS from 'exceljs';
import { validateWorkbook } from '../../../src/core/engine/validate';
import { buildControlReport } from '../../../src/core/report/controlReport';
import { FileWorkbookHost } from '../../../src/host/file/fileHost';
import type { ReportSheet } from '../../../src/host/port';
import { RESULTATRAPPORT } from '../../helpers/domainTables';
import { asExcelJsBuffer, toBytes } from './xlsxFixtures';

/** Texts a spreadsheet would run if it took them for formulas (CSV/DDE injection). */
export const HOSTILE = ['=HYPERLINK("http://x","klick")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)', "=cmd|' /C calc'!A0", '=1+1'];

async function workbookBytes(sheets: Array<{ name: string; rows: unknown[][] }>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const { name, rows } of sheets) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    }));
  }
  return toBytes(wb);
}

async function writtenReport(host: FileWorkbookHost, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(asExcelJsBuffer(await host.toBuffer()));
  return wb.getWorksheet(name)!;
}

function cellsOf(ws: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const out: ExcelJS.Cell[] = [];
  ws.eachRow((row) => row.eachCell((cell) => void out.push(cell)));
  return out;
}

/** A formula the report writer itself builds: a link to a cell of this workbook. */
const INTERNAL_LINK = /^HYPERLINK\("#'[^"]*'![A-Z]+\d+","(?:[^"]|"")*"\)$/;

describe('the Kontrollrapport in a file keeps hostile text inert', () => {
  it('writes plain and bold hostile strings as text, formatted as text, exactly as given', async () => {
    const host = await FileWorkbookHost.open(await workbookBytes([{ name: 'Blad 1', rows: [['Post', 'Utfall'], ['Intäkter', 5]] }]), 'a.xlsx');
    const report: ReportSheet = {
      name: 'Kontrollrapport',
      rows: [
        HOSTILE,
        HOSTILE.map((text) => ({ text, bold: true as const })),
        HOSTILE.map((text) => ({ text, link: { sheet: 'Blad 1', cell: 'B2' } })),
      ],
      widths: [],
    };
    await host.writeReportSheet(report, { replace: false });
    const ws = await writtenReport(host, 'Kontrollrapport');

    HOSTILE.forEach((text, i) => {
      for (const row of [1, 2]) {
        const cell = ws.getCell(row, i + 1);
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(text);
        expect(cell.numFmt).toBe('@');
      }
      // A link's text is a string literal inside the link formula: shown, never evaluated.
      const link = ws.getCell(3, i + 1);
      expect(link.formula).toMatch(INTERNAL_LINK);
      expect(link.result).toBe(text);
    });
    expect(ws.getCell(2, 1).font).toMatchObject({ bold: true });
  });

  it('writes the engine’s live formulas as formulas and figures with their number format', async () => {
    const host = await FileWorkbookHost.open(await workbookBytes([{ name: 'Blad 1', rows: [['Post', 'Utfall'], ['Intäkter', 5], ['Kostnader', -3]] }]), 'a.xlsx');
    await host.writeReportSheet(
      {
        name: 'Scenario',
        rows: [
          ['Summa', { formula: "=SUM('Blad 1'!B2:B3)", numberFormat: '#,##0.0', bold: true }],
          ['Andel', { value: 0.125, numberFormat: '0.0%' }],
          ['Text', '=SUM(B1:B2)'],
        ],
        widths: [12, 12],
      },
      { replace: false },
    );
    const ws = await writtenReport(host, 'Scenario');
    expect(ws.getCell('B1').formula).toBe("SUM('Blad 1'!B2:B3)");
    expect(ws.getCell('B1').numFmt).toBe('#,##0.0');
    expect(ws.getCell('B1').font).toMatchObject({ bold: true });
    expect(ws.getCell('B2').value).toBe(0.125);
    expect(ws.getCell('B2').numFmt).toBe('0.0%');
    expect(ws.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B3').value).toBe('=SUM(B1:B2)');
  });

  it('keeps sheet names, labels and the workbook name from a hostile workbook as text in a real report', async () => {
    const table = RESULTATRAPPORT.map((row) => [...row]);
    table[3][0] = HOSTILE[0]; // the label of Erhållna bidrag's row
    table[5][1] = 40; // Summa Intäkter: 40 where 34.0 belongs, so there is a finding to report
    const bytes = await workbookBytes([
      { name: '-2+3', rows: table },
      { name: '@SUM(A1)', rows: [[HOSTILE[1]], [HOSTILE[4], 12]] },
    ]);
    const host = await FileWorkbookHost.open(bytes, HOSTILE[0]);
    const result = validateWorkbook(await host.readWorkbook());
    expect(result.findings.some((f) => f.sheet === '-2+3' && f.severity === 'error')).toBe(true);
    const report = buildControlReport(result, { workbook: host.name, date: new Date(2025, 7, 15, 9, 0) });
    await host.writeReportSheet(report, { replace: false });
    const ws = await writtenReport(host, report.name);

    const cells = cellsOf(ws);
    const formulas = cells.filter((c) => c.type === ExcelJS.ValueType.Formula);
    expect(formulas.length).toBe(result.findings.length);
    for (const c of formulas) expect(c.formula).toMatch(INTERNAL_LINK);
    const texts = cells.filter((c) => c.type === ExcelJS.ValueType.String).map((c) => c.value);
    expect(texts).toContain(HOSTILE[0]);
    expect(texts).toContain('-2+3');
    expect(texts.some((t) => String(t).startsWith('@SUM(A1)'))).toBe(true);
    for (const c of cells) if (typeof c.value === 'string' && /^[=+\-@]/.test(c.value)) expect(c.numFmt).toBe('@');
  });
});
