import { normalizeLabel } from '../text/normalize';
import type { FollowUp } from './types';

export interface LabeledColumn {
  col: number;
  label: string;
}

/** "Status T2" → "t2", "Kommentar delår" → "delår", "Status" → "". */
function occasion(label: string): string {
  return normalizeLabel(label).replace(/^(?:åtgärdsstatus|status|kommentarer|kommentar|uppföljning|iakttagelser|iakttagelse)[\s:–-]*/u, '');
}

/**
 * The follow-up occasions of a plan, oldest first (columns are read left to right, as plans are
 * kept). A status and a comment column belong together when their headers name the same
 * occasion ("Status T2", "Kommentar T2"); otherwise equal numbers of them pair in order. A single
 * Kommentar column beside several status columns is `shared`: it belongs to whichever follow-up
 * is the latest one written (the comment is rewritten each time, the status history is kept).
 */
export function followUpsOf(statuses: LabeledColumn[], comments: LabeledColumn[]): { followUps: FollowUp[]; shared?: number } {
  const pairs: FollowUp[] = statuses.map((s) => ({ label: s.label, status: s.col }));
  let free = [...comments];
  pairs.forEach((p, i) => {
    const name = occasion(statuses[i].label);
    const match = name === '' ? undefined : free.find((c) => occasion(c.label) === name);
    if (match) {
      p.comment = match.col;
      free = free.filter((c) => c !== match);
    }
  });
  const lonely = pairs.filter((p) => p.comment === undefined);
  let shared: number | undefined;
  if (lonely.length > 0 && free.length === lonely.length) {
    lonely.forEach((p, i) => (p.comment = free[i].col));
    free = [];
  } else if (free.length === 1 && lonely.length > 0) {
    shared = free[0].col;
    free = [];
  }
  const all = [...pairs, ...free.map((c) => ({ label: c.label, comment: c.col }))];
  const first = (f: FollowUp) => Math.min(f.status ?? Infinity, f.comment ?? Infinity);
  return { followUps: all.sort((a, b) => first(a) - first(b)), ...(shared !== undefined ? { shared } : {}) };
}
