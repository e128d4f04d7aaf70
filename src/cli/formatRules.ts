/** The rule catalogue as `periodkoll rules` prints it: id, severity and Swedish title. */
import type { RuleInfo } from '../core/rules/catalogue';
import { SEVERITY_WORD } from '../core/findings/severityWords';

export function formatRulesText(rules: readonly RuleInfo[]): string {
  const idWidth = Math.max(0, ...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `${r.id.padEnd(idWidth)}  ${SEVERITY_WORD[r.severity].padEnd(7)}  ${r.title}`);
  return `${lines.join('\n')}\n`;
}

export function formatRulesJson(rules: readonly RuleInfo[]): string {
  const json = rules.map((r) => ({ id: r.id, category: r.category, severity: r.severity, title: r.title }));
  return `${JSON.stringify(json, null, 2)}\n`;
}
