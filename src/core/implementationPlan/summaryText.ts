/** The genomförandeplan's counts as Swedish lines, one per mål (CLI text report). */
import { countWord } from '../text/countWord';
import { quote } from '../internalControl/words';
import type { ImplementationPlanSummary } from './types';

export function implementationPlanLines(summary: ImplementationPlanSummary): string[] {
  return summary.goals.map((g) => {
    const name = g.goal ? `Mål ${quote(g.goal, 60)}` : 'Aktiviteter utan mål';
    const unassessed = g.unassessed > 0 ? `, ${countWord(g.unassessed, 'aktivitet', 'aktiviteter')} utan uppföljning` : '';
    return `Genomförandeplan, ${name}: ${countWord(g.red, 'röd', 'röda')}, ${countWord(g.green, 'grön', 'gröna')}, ${g.missing} saknas${unassessed}.`;
  });
}
