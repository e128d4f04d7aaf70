/**
 * The human-readable report of one workbook: findings grouped by sheet (in the engine's order),
 * then a summary line a controller can read at a glance.
 *
 *   rapport.xlsx
 *     Blad "Resultatrapport"
 *       Fel      C12  Summan stämmer inte. (förväntat 12,3; funnet 12,8; tolerans ±0,05)
 *     Summering: 1 fel, 0 varningar, 0 info. Tabeller som känns igen: 2. Blad som inte förstås: inga.
 */
import type { Finding, Report } from '../core/findings/finding';
import { formatTargetsText } from './formatTargetsText';
import { countBySeverity, SEVERITY_WORD, severityCountsText } from '../core/findings/severityWords';
import { findingFiguresText } from '../core/findings/findingFigures';
import { internalControlText } from '../core/internalControl/summaryText';
import { implementationPlanLines } from '../core/implementationPlan/summaryText';
import { structureText } from './formatStructureText';

export function formatTextReport(file: string, report: Report, options: { explain?: boolean } = {}): string {
  const lines = [file];
  if (options.explain) lines.push(...structureText(report.tables));
  const cellWidth = Math.max(0, ...report.findings.map((f) => f.cell.length));
  let sheet: string | undefined;
  for (const f of report.findings) {
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      lines.push(`  Blad "${sheet}"`);
    }
    lines.push(`    ${SEVERITY_WORD[f.severity].padEnd(7)}  ${f.cell.padEnd(cellWidth)}  ${f.message}${numbers(f)}`);
  }
  if (report.findings.length === 0) lines.push('  Inga anmärkningar.');
  lines.push(...formatTargetsText(report.targets ?? []));
  if (report.internalControl) lines.push(`  ${internalControlText(report.internalControl)}`);
  if (report.implementationPlan) lines.push(...implementationPlanLines(report.implementationPlan).map((l) => `  ${l}`));
  lines.push(`  ${summaryLine(report)}`);
  return `${lines.join('\n')}\n`;
}

function numbers(f: Finding): string {
  const text = findingFiguresText(f);
  return text ? ` (${text})` : '';
}

function summaryLine(report: Report): string {
  const unrecognized = report.unrecognizedSheets.length > 0 ? report.unrecognizedSheets.join(', ') : 'inga';
  return (
    `Summering: ${severityCountsText(countBySeverity(report.findings))}. ` +
    `Tabeller som känns igen: ${report.tables.length}. Blad som inte förstås: ${unrecognized}.`
  );
}
