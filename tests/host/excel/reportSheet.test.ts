import type { Report } from '../../../src/core/findings/finding';
import { buildControlReport } from '../../../src/core/report/controlReport';
import { createExcelHost } from '../../../src/host/excel';
import { columnWidthPoints } from '../../../src/host/excel/writeReportSheet';
import type { ReportSheet } from '../../../src/host/port';
import { FakeExcel } from './fakeExcel';
import { cellAt, type FakeState } from './fakeState';
import { periodrapport } from './workbooks';

function hostFor(excel: FakeExcel) {
  return createExcelHost(excel.run, { isSetSupported: excel.isSetSupported });
}

function sheet(state: FakeState, name: string) {
  return state.sheets.find((s) => s.name === name);
}

const report: ReportSheet = {
  name: 'Kontrollrapport',
  rows: [
    [{ text: 'Kontrollrapport – Periodkoll', bold: true }],
    ['Kontrollerad', '2025-04-02 09:15'],
    [],
    [{ text: 'Allvarlighet', bold: true }, { text: 'Blad', bold: true }, { text: 'Cell', bold: true }, { text: 'Beskrivning', bold: true }, { text: 'Funnet', bold: true }],
    ['Fel', 'Resultaträkning', { text: 'E5', link: { sheet: 'Resultaträkning', cell: 'E5' } }, '=SUMMA(C5:D5) ger fel summa', 2.4],
    ['Varning', "Q1 'prognos'", { text: 'B2', link: { sheet: "Q1 'prognos'", cell: 'B2' } }, '-2,4 mnkr sämre än budget', null],
  ],
  widths: [14, 18, 8, 90, 12],
};

describe('writeReportSheet in Excel', () => {
  it('writes the report as a new sheet in one range write, with bold headers, links and widths', async () => {
    const state = periodrapport();
    const excel = new FakeExcel(state);
    await hostFor(excel).writeReportSheet(report, { replace: false });
    console.log(`Excel adapter: writeReportSheet in ${excel.syncCount} syncs`);
    expect(excel.syncCount).toBe(2);
    expect(excel.calls.filter((c) => c.kind === 'set' && c.name === 'values')).toHaveLength(1);
    const ws = sheet(state, 'Kontrollrapport')!;
    expect(state.sheets[state.sheets.length - 1]).toBe(ws);
    expect(state.activeSheet).toBe('Kontrollrapport');
    expect(cellAt(ws, 1, 1)).toMatchObject({ value: 'Kontrollrapport – Periodkoll', bold: true });
    expect(cellAt(ws, 2, 2)?.value).toBe('2025-04-02 09:15');
    expect(cellAt(ws, 4, 4)).toMatchObject({ value: 'Beskrivning', bold: true });
    expect(cellAt(ws, 5, 1)?.bold).toBeUndefined();
    // Text stays text, even when it looks like a formula or a number.
    expect(cellAt(ws, 5, 4)).toMatchObject({ value: '=SUMMA(C5:D5) ger fel summa', numberFormat: '@' });
    expect(cellAt(ws, 5, 4)?.formula).toBeUndefined();
    expect(cellAt(ws, 6, 4)?.value).toBe('-2,4 mnkr sämre än budget');
    expect(cellAt(ws, 5, 5)).toMatchObject({ value: 2.4, numberFormat: 'General' });
    expect(cellAt(ws, 6, 5)?.value ?? null).toBeNull();
    expect(cellAt(ws, 5, 3)?.hyperlink).toEqual({ documentReference: "'Resultaträkning'!E5", textToDisplay: 'E5' });
    expect(cellAt(ws, 6, 3)?.hyperlink).toEqual({ documentReference: "'Q1 ''prognos'''!B2", textToDisplay: 'B2' });
    expect(ws.columnWidths.get(4)).toBe(columnWidthPoints(90));
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
    expect(excel.calls.some((c) => c.name === 'suspendScreenUpdatingUntilNextSync' && c.sync === 2)).toBe(true);
  });

  it('refuses to overwrite an existing sheet unless replace is set, and then replaces it', async () => {
    const state = periodrapport();
    await hostFor(new FakeExcel(state)).writeReportSheet(report, { replace: false });
    const first = sheet(state, 'Kontrollrapport')!;
    first.cells.set('1,1', { value: 'Gammal rapport' });

    const excel = new FakeExcel(state);
    const host = hostFor(excel);
    expect(await host.sheetExists('Kontrollrapport')).toBe(true);
    await expect(host.writeReportSheet(report, { replace: false })).rejects.toMatchObject({
      name: 'HostError',
      code: 'sheet-exists',
      message: 'Bladet Kontrollrapport finns redan. Välj att ersätta det för att skriva en ny rapport.',
    });
    expect(sheet(state, 'Kontrollrapport')).toBe(first);
    expect(excel.writes()).toEqual([]);

    await host.writeReportSheet(report, { replace: true });
    const second = sheet(state, 'Kontrollrapport')!;
    expect(second).not.toBe(first);
    expect(cellAt(second, 1, 1)?.value).toBe('Kontrollrapport – Periodkoll');
    expect(state.sheets.filter((s) => s.name.startsWith('Kontrollrapport'))).toHaveLength(1);
  });

  it('replaces a report that is the only visible sheet', async () => {
    const state = periodrapport();
    await hostFor(new FakeExcel(state)).writeReportSheet(report, { replace: false });
    for (const s of state.sheets) if (s.name !== 'Kontrollrapport') s.visibility = 'Hidden';
    await hostFor(new FakeExcel(state)).writeReportSheet(report, { replace: true });
    expect(sheet(state, 'Kontrollrapport')).toBeDefined();
  });

  it('refuses when the workbook structure is protected, in Swedish, and changes nothing', async () => {
    const state = periodrapport();
    state.structureProtected = true;
    const excel = new FakeExcel(state);
    await expect(hostFor(excel).writeReportSheet(report, { replace: true })).rejects.toMatchObject({
      name: 'HostError',
      code: 'protected',
      message: expect.stringMatching(/^Arbetsbokens struktur är skyddad, så bladet Kontrollrapport kan inte skapas\./),
    });
    expect(excel.writes()).toEqual([]);
    expect(sheet(state, 'Kontrollrapport')).toBeUndefined();
  });

  it('writes the Kontrollrapport built by the core', async () => {
    const state = periodrapport();
    const findings: Report = {
      findings: [{ rule: 'sum.column-total', severity: 'error', sheet: 'Resultaträkning', cell: 'C7', message: 'Summan 33,8 stämmer inte med delarna 33,9.', expected: 33.9, found: 33.8, tolerance: 0.05 }],
      tables: [],
      unrecognizedSheets: [],
    };
    const built = buildControlReport(findings, { workbook: 'Periodrapport mars.xlsx', date: new Date(2025, 3, 2, 9, 15) });
    await hostFor(new FakeExcel(state)).writeReportSheet(built, { replace: false });
    const ws = sheet(state, built.name)!;
    const linkRow = built.rows.findIndex((r) => r.some((c) => c && typeof c === 'object' && 'link' in c)) + 1;
    expect(cellAt(ws, linkRow, 3)?.hyperlink?.documentReference).toBe("'Resultaträkning'!C7");
    expect(cellAt(ws, linkRow, 6)?.value).toBe(33.9);
  });
});
