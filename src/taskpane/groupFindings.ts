/** Findings grouped for the list: by sheet in the report's order, then by severity. */
import type { Finding, Severity } from '../core/findings/finding';
import { SEVERITIES } from '../core/findings/severityWords';

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface SheetGroup {
  sheet: string;
  groups: SeverityGroup[];
  count: number;
}

export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = bySheet.get(f.sheet);
    if (list) list.push(f);
    else bySheet.set(f.sheet, [f]);
  }
  return [...bySheet].map(([sheet, list]) => ({
    sheet,
    count: list.length,
    groups: SEVERITIES.map((severity) => ({ severity, findings: list.filter((f) => f.severity === severity) })).filter(
      (g) => g.findings.length > 0,
    ),
  }));
}

/** Stable key of a finding within one report (the engine keeps one finding per rule and cell). */
export function findingKey(f: Finding): string {
  return `${f.sheet}\u0000${f.cell}\u0000${f.rule}`;
}
