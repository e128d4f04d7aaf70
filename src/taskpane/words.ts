/** Swedish words the pane shows: severities, table kinds and counts. */
import type { Severity } from '../core/findings/finding';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** "Fel", "Varning", "Info": one finding. */
export const SEVERITY_WORD: Record<Severity, string> = { error: 'Fel', warning: 'Varning', info: 'Info' };

/** Headings and filter labels for a group of findings. */
export const SEVERITY_GROUP_WORD: Record<Severity, string> = { error: 'Fel', warning: 'Varningar', info: 'Info' };

const TABLE_KIND_WORD: Record<string, string> = {
  resultatrapport: 'Resultatrapport',
  driftredovisning: 'Driftredovisning',
  resultatbudget: 'Resultatbudget',
  driftbudget: 'Driftbudget',
  handlingsplan: 'Handlingsplan',
  personalkostnader: 'Personalkostnader',
  kostnadsanalys: 'Kostnadsanalys',
  arsarbetare: 'Årsarbetare',
  sjukfranvaro: 'Sjukfrånvaro',
  generic: 'Tabell med summor',
  styrtal: 'Styrtal',
  maluppfyllelse: 'Måluppfyllelse',
  indexserier: 'Indexserier',
  ikplan: 'Internkontrollplan',
  genomforandeplan: 'Genomförandeplan',
};

/** The engine's table kind in Swedish words; an unknown kind is shown as given, capitalised. */
export function tableKindWord(kind: string): string {
  return TABLE_KIND_WORD[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
}

export const SIGN_CONVENTION_WORD = {
  'costs-negative': 'kostnader negativa',
  'costs-positive': 'kostnader positiva',
} as const;

/** "1 varning", "3 varningar"; "fel" and "info" have the same form for one and many. */
export function countPhrase(severity: Severity, n: number): string {
  if (severity === 'warning') return `${n} ${n === 1 ? 'varning' : 'varningar'}`;
  return `${n} ${severity === 'error' ? 'fel' : 'info'}`;
}

/** "1 cell", "3 celler". */
export function cellCount(n: number): string {
  return `${n} ${n === 1 ? 'cell' : 'celler'}`;
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: ReadonlyArray<{ severity: Severity }>): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The live-region sentence after a run: "Klar: 2 fel, 1 varning" (info only when there is any). */
export function doneAnnouncement(counts: SeverityCounts): string {
  const parts = [countPhrase('error', counts.error), countPhrase('warning', counts.warning)];
  if (counts.info > 0) parts.push(countPhrase('info', counts.info));
  return `Klar: ${parts.join(', ')}`;
}
