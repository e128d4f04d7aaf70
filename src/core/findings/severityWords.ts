/** Severities in Swedish, and findings counted by them, the same in the pane, the page, the CLI and the Kontrollrapport sheet. */
import { countWord } from '../text/countWord';
import type { Severity } from './finding';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** "Fel", "Varning", "Info": one finding. */
export const SEVERITY_WORD: Record<Severity, string> = { error: 'Fel', warning: 'Varning', info: 'Info' };

/** Headings and filter labels for a group of findings. */
export const SEVERITY_GROUP_WORD: Record<Severity, string> = { error: 'Fel', warning: 'Varningar', info: 'Info' };

/** "1 varning", "3 varningar"; "fel" and "info" have the same form for one and many. */
export function severityCount(severity: Severity, n: number): string {
  if (severity === 'warning') return countWord(n, 'varning', 'varningar');
  return countWord(n, severity === 'error' ? 'fel' : 'info', severity === 'error' ? 'fel' : 'info');
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: ReadonlyArray<{ severity: Severity }>): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "2 fel, 1 varning, 0 info": every severity, for a one-line result. */
export function severityCountsText(counts: SeverityCounts): string {
  return SEVERITIES.map((s) => severityCount(s, counts[s])).join(', ');
}
