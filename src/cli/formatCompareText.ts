/** The Swedish text of `periodkoll compare`: what changed since last month, by sheet and cell. */
import type { Comparison } from '../core/compare';
import { tableKindName } from '../core/tables/tableKindName';
import { countWord } from '../core/text/countWord';
import type { CompareCommand } from './compareArgs';

const SEVERITY: Record<string, string> = { error: 'FEL', warning: 'VARNING', info: 'INFO' };

export function formatCompareText(c: Comparison, command: CompareCommand): string {
  const out: string[] = [];
  out.push(`Jämförelse: ${command.previous}${period(c.previousPeriod)} (förra) → ${command.current}${period(c.currentPeriod)} (denna)`);
  for (const t of c.tables) {
    out.push(t.matchedWith ? `  ${t.sheet} (${tableKindName(t.kind)}) jämförs med ${t.matchedWith}` : `  ${t.sheet} (${tableKindName(t.kind)}) saknar motsvarighet i förra rapporten`);
  }
  for (const t of c.removedTables) out.push(`  ${t.sheet} (${tableKindName(t.kind)}) i förra rapporten saknas i denna`);
  if (c.acrossYears) out.push(`  Förra rapporten gäller ${c.previousPeriod} och denna ${c.currentPeriod}: ett nytt år har ny budget och utfallet börjar om, så bara prognoser och rader jämförs.`);
  out.push('');
  if (c.findings.length === 0) out.push(`Inga förändringar att kommentera ${c.since}.`);
  for (const f of c.findings) {
    // The message names last month's cell itself.
    out.push(`${SEVERITY[f.severity]} ${f.sheet}!${f.cell} [${f.rule}] ${f.message}`);
  }
  out.push('');
  out.push(`Kontrollen av arbetsboken: ${countWord(c.newFindings.length, 'ny anmärkning', 'nya anmärkningar')} och ${countWord(c.resolvedFindings.length, 'åtgärdad anmärkning', 'åtgärdade anmärkningar')} ${c.since}.`);
  for (const f of c.newFindings) out.push(`  Ny: ${f.sheet}!${f.cell} [${f.rule}] ${f.message}`);
  for (const f of c.resolvedFindings) out.push(`  Åtgärdad: ${f.sheet}!${f.cell} [${f.rule}] ${f.message}`);
  return `${out.join('\n')}\n`;
}

function period(text: string | undefined): string {
  return text ? `, ${text}` : '';
}
