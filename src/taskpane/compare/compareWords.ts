/** The pane's Swedish sentences about a comparison with last month. */
import type { Comparison } from '../../core/compare';
import { capitalized } from '../../core/text/capitalized';
import { countWord } from '../../core/text/countWord';
import { swedishList } from '../../core/text/swedishList';

/** "3 förändringar att kommentera, 1 ny anmärkning och 1 åtgärdad anmärkning sedan juli." */
export function comparisonSummary(c: Comparison): string {
  const changes = c.findings.filter((f) => f.severity !== 'info').length;
  const news = c.findings.length - changes;
  const parts = [
    countWord(changes, 'förändring att kommentera', 'förändringar att kommentera'),
    ...(news > 0 ? [countWord(news, 'upplysning', 'upplysningar')] : []),
    countWord(c.newFindings.length, 'ny anmärkning', 'nya anmärkningar'),
    countWord(c.resolvedFindings.length, 'åtgärdad anmärkning', 'åtgärdade anmärkningar'),
  ];
  return `${capitalized(swedishList(parts))} ${c.since}.`;
}

export function comparisonAnnouncement(c: Comparison): string {
  return `Jämförelsen är klar: ${comparisonSummary(c)}`;
}

/** Why budget and accumulated utfall were left out, when the months are in different years. */
export function acrossYearsNote(c: Comparison): string | undefined {
  if (!c.acrossYears) return undefined;
  return `Förra rapporten gäller ${c.previousPeriod} och den här ${c.currentPeriod}. Ett nytt år har ny budget och utfallet börjar om, så bara prognoser och rader jämförs.`;
}
