import type { Report } from '../findings/finding';
import { RULES_VERSION, ruleInfo } from '../rules/catalogue';
import type { ReportCell, ReportSheet } from './reportSheet';

export const REPORT_SHEET_NAME = 'Kontrollrapport';

const SEVERITY_WORD = { error: 'Fel', warning: 'Varning', info: 'Info' } as const;

/**
 * The "Kontrollrapport" sheet: when, what was checked, and every finding with a link to its cell.
 * Built here once, so Excel and the downloaded copy get the same sheet.
 */
export function buildControlReport(report: Report, meta: { workbook: string; date: Date }): ReportSheet {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity]++;
  const rows: ReportCell[][] = [
    [{ text: 'Kontrollrapport – Periodkoll', bold: true }],
    ['Arbetsbok', meta.workbook],
    ['Kontrollerad', isoDate(meta.date)],
    ['Regelversion', RULES_VERSION],
    ['Resultat', `${counts.error} fel, ${counts.warning} ${counts.warning === 1 ? 'varning' : 'varningar'}, ${counts.info} info`],
    ['Tabeller som känns igen', report.tables.map((t) => `${t.sheet}!${t.range} (${t.kind})`).join('; ') || 'inga'],
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
