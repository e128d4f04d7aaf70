import type { Report } from '../../../src/core/findings/finding';
import { buildControlReport, REPORT_SHEET_NAME } from '../../../src/core/report/controlReport';
import type { ReportCell } from '../../../src/core/report/reportSheet';
import { RULES_VERSION, ruleInfo } from '../../../src/core/rules/catalogue';

const report: Report = {
  tables: [
    { sheet: 'Resultat', range: 'A3:F20', kind: 'resultatrapport', signConvention: 'costs-negative' },
    { sheet: 'Drift', range: 'A1:D9', kind: 'driftredovisning' },
    { sheet: 'Personal', range: 'A2:F8', kind: 'arsarbetare' },
  ],
  unrecognizedSheets: ['Anteckningar'],
  findings: [
    {
      rule: 'sum.row-total',
      severity: 'error',
      sheet: 'Resultat',
      cell: 'C20',
      message: 'Summan av raderna 4–19 är 1 250, men cellen visar 1 205.',
      expected: 1250,
      found: 1205,
      tolerance: 0.5,
    },
    { rule: 'sign.cost', severity: 'warning', sheet: "Chefens 'nya' blad", cell: 'D7', message: 'Kostnaden är positiv.' },
    { rule: 'formula.hardcoded', severity: 'warning', sheet: 'Drift', cell: 'C4', message: 'Inskrivet värde bland formler.' },
    { rule: 'recognition.unknown-sheet', severity: 'info', sheet: 'Anteckningar', cell: 'A1', message: 'Ingen tabell hittades.' },
  ],
};

// Local time, as the report shows the controller's clock.
const date = new Date(2025, 6, 15, 9, 5);

function textOf(cell: ReportCell | undefined): string | number | null | undefined {
  return cell !== null && typeof cell === 'object' ? ('text' in cell ? cell.text : undefined) : cell;
}

/** The value in the second column of the header line whose label is `label`. */
function headerValue(rows: ReportCell[][], label: string): ReportCell | undefined {
  return rows.find((row) => textOf(row[0]) === label)?.[1];
}

describe('buildControlReport', () => {
  const sheet = buildControlReport(report, { workbook: 'Periodrapport juni.xlsx', date });

  it('is the Kontrollrapport sheet with a bold title', () => {
    expect(sheet.name).toBe(REPORT_SHEET_NAME);
    expect(sheet.rows[0]).toEqual([{ text: 'Kontrollrapport – Periodkoll', bold: true }]);
  });

  it('says which workbook, when, with which rules version, and how many findings of each kind', () => {
    expect(headerValue(sheet.rows, 'Arbetsbok')).toBe('Periodrapport juni.xlsx');
    expect(headerValue(sheet.rows, 'Kontrollerad')).toBe('2025-07-15 09:05');
    expect(headerValue(sheet.rows, 'Regelversion')).toBe(RULES_VERSION);
    expect(headerValue(sheet.rows, 'Resultat')).toBe('1 fel, 2 varningar, 1 info');
    expect(headerValue(sheet.rows, 'Tabeller som känns igen')).toBe(
      // Kinds by their Swedish names, with å and ä, not the engine's ids ("arsarbetare").
      'Resultat!A3:F20 (Resultatrapport); Drift!A1:D9 (Driftredovisning); Personal!A2:F8 (Årsarbetare)',
    );
    expect(headerValue(sheet.rows, 'Blad som inte förstås')).toBe('Anteckningar');
  });

  it('has a bold column heading and one row per finding, each linking to its cell', () => {
    const headingRow = sheet.rows.findIndex((row) => textOf(row[0]) === 'Allvarlighet');
    expect(headingRow).toBeGreaterThan(0);
    const heading = sheet.rows[headingRow];
    expect(heading.every((cell) => cell !== null && typeof cell === 'object' && 'bold' in cell)).toBe(true);
    expect(heading.map(textOf)).toEqual([
      'Allvarlighet', 'Blad', 'Cell', 'Kontroll', 'Beskrivning', 'Förväntat', 'Funnet', 'Tolerans', 'Regel-id',
    ]);

    const findingRows = sheet.rows.slice(headingRow + 1);
    expect(findingRows).toHaveLength(report.findings.length);
    expect(findingRows[0]).toEqual([
      'Fel',
      'Resultat',
      { text: 'C20', link: { sheet: 'Resultat', cell: 'C20' } },
      ruleInfo('sum.row-total').title,
      report.findings[0].message,
      1250,
      1205,
      0.5,
      'sum.row-total',
    ]);
    // A finding without figures leaves those columns empty; the link keeps the sheet name as it is.
    expect(findingRows[1]).toEqual([
      'Varning',
      "Chefens 'nya' blad",
      { text: 'D7', link: { sheet: "Chefens 'nya' blad", cell: 'D7' } },
      ruleInfo('sign.cost').title,
      'Kostnaden är positiv.',
      null,
      null,
      null,
      'sign.cost',
    ]);
    expect(findingRows.map((row) => row[0])).toEqual(['Fel', 'Varning', 'Varning', 'Info']);
    for (const [i, row] of findingRows.entries()) {
      expect(row[2]).toEqual({ text: report.findings[i].cell, link: { sheet: report.findings[i].sheet, cell: report.findings[i].cell } });
    }
  });

  it('gives a width for every column', () => {
    const columns = Math.max(...sheet.rows.map((row) => row.length));
    expect(sheet.widths).toHaveLength(columns);
    expect(sheet.widths.every((w) => w > 0)).toBe(true);
  });

  it('is the same for the same report and date', () => {
    const again = buildControlReport(structuredClone(report), { workbook: 'Periodrapport juni.xlsx', date: new Date(date) });
    expect(again).toEqual(sheet);
    expect(JSON.stringify(again)).toBe(JSON.stringify(sheet));
  });

  it('says so when there is nothing to report', () => {
    const empty = buildControlReport({ tables: [], unrecognizedSheets: [], findings: [] }, { workbook: 'tom.xlsx', date });
    expect(headerValue(empty.rows, 'Resultat')).toBe('0 fel, 0 varningar, 0 info');
    expect(headerValue(empty.rows, 'Tabeller som känns igen')).toBe('inga');
    expect(headerValue(empty.rows, 'Blad som inte förstås')).toBe('inga');
    expect(textOf(empty.rows[empty.rows.length - 1][0])).toBe('Allvarlighet');
  });
});
