/** Which findings the list shows: chosen severities and a free-text search. */
import type { Finding, Severity } from '../core/findings/finding';
import { ruleInfo, type RuleId } from '../core/rules/catalogue';

export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  /** Matched case-insensitively against message, cell, sheet, rule id and rule title. */
  text: string;
}

export const SHOW_ALL: FindingFilter = { severities: new Set<Severity>(['error', 'warning', 'info']), text: '' };

export function ruleTitle(rule: RuleId): string {
  return ruleInfo(rule).title;
}

export function ruleExplanation(rule: RuleId): string {
  return ruleInfo(rule).explanation;
}

export function applyFilter(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const needle = filter.text.trim().toLocaleLowerCase('sv-SE');
  return findings.filter((f) => {
    if (!filter.severities.has(f.severity)) return false;
    if (needle === '') return true;
    const haystack = [f.message, f.cell, `${f.sheet}!${f.cell}`, f.rule, ruleTitle(f.rule)].join('\n').toLocaleLowerCase('sv-SE');
    return haystack.includes(needle);
  });
}
