/** Swedish words only the pane shows: sign conventions, cell counts and the after-run announcement. */
import { severityCount, type SeverityCounts } from '../core/findings/severityWords';
import { countWord } from '../core/text/countWord';

export const SIGN_CONVENTION_WORD = {
  'costs-negative': 'kostnader negativa',
  'costs-positive': 'kostnader positiva',
} as const;

/** "1 cell", "3 celler". */
export function cellCount(n: number): string {
  return countWord(n, 'cell', 'celler');
}

/** The live-region sentence after a run: "Klar: 2 fel, 1 varning" (info only when there is any). */
export function doneAnnouncement(counts: SeverityCounts): string {
  const parts = [severityCount('error', counts.error), severityCount('warning', counts.warning)];
  if (counts.info > 0) parts.push(severityCount('info', counts.info));
  return `Klar: ${parts.join(', ')}`;
}
