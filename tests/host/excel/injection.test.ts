/**
 * Text from the user's cells that the Excel host writes back (the Kontrollrapport) stays text.
 * Excel takes a string written through Range.values the way it takes typing — "=…", "+…", "-…"
 * and "@…" become formulas — unless the cell is formatted as text ("@") first; the fake enters
 * values the same way, so a text cell that was not formatted first would turn into a formula here.
 */
import { validateWorkbook } from '../../../src/core/engine/validate';
import { buildControlReport } from '../../../src/core/report/controlReport';
import { createExcelHost } from '../../../src/host/excel';
import type { ReportSheet } from '../../../src/host/port';
import { FakeExcel } from './fakeExcel';
import { cellAt, fakeState, type FakeState } from './fakeState';
import { periodrapport } from './workbooks';

const HOSTILE = ['=HYPERLINK("http://x","klick")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)', "=cmd|' /C calc'!A0", '=1+1'];

function hostFor(excel: FakeExcel) {
  return createExcelHost(excel.run, { isSetSupported: excel.isSetSupported });
}

function sheet(state: FakeState, name: string) {
  return state.sheets.find((s) => s.name === name)!;
}

describe('the Kontrollrapport in Excel keeps hostile text inert', () => {
  it('formats every text cell as text before its value arrives, and writes the text exactly', async () => {
    const state = periodrapport();
    const excel = new FakeExcel(state);
    const report: ReportSheet = {
      name: 'Kontrollrapport',
      rows: [HOSTILE, HOSTILE.map((text) => ({ text, bold: true as const })), HOSTILE.map((text) => ({ text, link: { sheet: 'Resultaträkning', cell: 'C5' } }))],
      widths: [],
    };
    await hostFor(excel).writeReportSheet(report, { replace: false });
    const ws = sheet(state, 'Kontrollrapport');
    HOSTILE.forEach((text, i) => {
      for (const row of [1, 2, 3]) {
        const cell = cellAt(ws, row, i + 1)!;
        expect(cell.value).toBe(text);
        expect(cell.formula).toBeUndefined();
        expect(cell.numberFormat).toBe('@');
      }
    });
    const sets = excel.calls.filter((c) => c.kind === 'set' && c.object.startsWith('worksheet+(Kontrollrapport)'));
    const formatAt = sets.findIndex((c) => c.name === 'numberFormat');
    const valuesAt = sets.findIndex((c) => c.name === 'values');
    expect(formatAt).toBeGreaterThanOrEqual(0);
    expect(formatAt).toBeLessThan(valuesAt);
  });

  it('writes the engine’s live formulas as formulas and figures with their number format', async () => {
    const state = periodrapport();
    await hostFor(new FakeExcel(state)).writeReportSheet(
      {
        name: 'Scenario',
        rows: [
          ['Summa', { formula: '=SUM(Resultaträkning!C5:C6)', numberFormat: '#,##0.0', bold: true }],
          ['Andel', { value: 0.125, numberFormat: '0.0%' }],
          ['Text', '=SUM(B1:B2)'],
        ],
        widths: [12, 12],
      },
      { replace: false },
    );
    const ws = sheet(state, 'Scenario');
    expect(cellAt(ws, 1, 2)).toMatchObject({ formula: '=SUM(Resultaträkning!C5:C6)', numberFormat: '#,##0.0', bold: true });
    expect(cellAt(ws, 2, 2)).toMatchObject({ value: 0.125, numberFormat: '0.0%' });
    expect(cellAt(ws, 3, 2)).toMatchObject({ value: '=SUM(B1:B2)', numberFormat: '@' });
    expect(cellAt(ws, 3, 2)?.formula).toBeUndefined();
  });

  it('keeps sheet names and labels from a hostile workbook as text in a real report', async () => {
    const state = fakeState({
      name: HOSTILE[0],
      sheets: [
        {
          name: '-2+3',
          cells: {
            A1: 'Post', B1: 'Utfall', C1: 'Budget', D1: 'Avvikelse',
            A2: HOSTILE[0], B2: 10, C2: 8, D2: 2,
            A3: 'Övriga intäkter', B3: 5, C3: 5, D3: 0,
            A4: 'Summa intäkter', B4: 19, C4: 13, D4: 2,
          },
        },
        { name: '@SUM(A1)', cells: { A1: HOSTILE[1], A2: HOSTILE[4], B2: 12 } },
      ],
    });
    const excel = new FakeExcel(state);
    const host = hostFor(excel);
    const result = validateWorkbook(await host.readWorkbook());
    expect(result.findings.length).toBeGreaterThan(0);
    const report = buildControlReport(result, { workbook: host.name, date: new Date(2025, 7, 15, 9, 0) });
    await host.writeReportSheet(report, { replace: false });

    const ws = sheet(state, report.name);
    const written = [...ws.cells.values()];
    expect(written.filter((c) => c.formula)).toEqual([]);
    const texts = written.filter((c) => typeof c.value === 'string').map((c) => c.value as string);
    expect(texts).toContain(HOSTILE[0]);
    expect(texts).toContain('-2+3');
    for (const c of written) if (typeof c.value === 'string' && c.value !== '') expect(c.numberFormat).toBe('@');
  });
});
