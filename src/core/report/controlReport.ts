import type { Report } from '../findings/finding';
import { countBySeverity, SEVERITY_WORD, severityCountsText } from '../findings/severityWords';
import { RULES_VERSION, ruleInfo } from '../rules/catalogue';
import { tableKindName } from '../tables/tableKindName';
import type { ReportCell, ReportSheet } from './reportSheet';

export const REPORT_SHEET_NAME = 'Kontrollrapport';

/**
 * The "Kontrollrapport" sheet: when, what was checked, and every finding with a link to its cell.
 * Built here once, so Excel and the downloaded copy get the same sheet.
 */
export function buildControlReport(report: Report, meta: { workbook: string; date: Date }): ReportSheet {
  const rows: ReportCell[][] = [
    [{ text: 'Kontrollrapport – Periodkoll', bold: true }],
    ['Arbetsbok', meta.workbook],
    ['Kontrollerad', isoDate(meta.date)],
    ['Regelversion', RULES_VERSION],
    ['Resultat', severityCountsText(countBySeverity(report.findings))],
    ['Tabeller som känns igen', report.tables.map((t) => `${t.sheet}!${t.range} (${tableKindName(t.kind)})`).join('; ') || 'inga'],
    ['Blad som inte förstås', report.unrecognizedSheets.join(', ') || 'inga'],
    [],
    [
      { text: 'Allvarlighet', bold: true },
      { text: 'Blad', bold: true },
      { text: 'Cell', bold: true },
      { text: 'Kontroll', bold: true },
      { text: 'Beskrivning', bold: true },
      { text: 'Förväntat', bold: true },
      { text: 'Funnet', bold: true },
      { text: 'Tolerans', bold: true },
      { text: 'Regel-id', bold: true },
    ],
  ];
  for (const f of report.findings) {
    rows.push([
      SEVERITY_WORD[f.severity],
      f.sheet,
      { text: f.cell, link: { sheet: f.sheet, cell: f.cell } },
      ruleInfo(f.rule).title,
      f.message,
      f.expected ?? null,
      f.found ?? null,
      f.tolerance ?? null,
      f.rule,
    ]);
  }
  return { name: REPORT_SHEET_NAME, rows, widths: [14, 18, 8, 30, 90, 12, 12, 10, 26] };
}

function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
