import { statusOf } from './status';
import type { PlanRisk, PlanRow, StatusKey } from './types';

/**
 * The status of a row at follow-up i: the status cell when it is filled (text that is no known
 * status is "unknown"), otherwise what the comment says ("missing" when it says none).
 */
export function statusAt(row: PlanRow, i: number): StatusKey {
  const f = row.followUps[i];
  if (!f) return 'missing';
  if (f.status !== '') return statusOf(f.status) ?? 'unknown';
  return (f.comment !== '' ? statusOf(f.comment) : undefined) ?? 'missing';
}

/** "Risken accepteras" written as the åtgärd: a decision not to act, with nothing to follow up. */
export function acceptedByAction(row: PlanRow): boolean {
  return row.action !== '' && statusOf(row.action) === 'accepted';
}

/** A row that is an åtgärd to follow up: it has åtgärd text that is not an acceptance. */
export function isAction(row: PlanRow): boolean {
  return row.action !== '' && !acceptedByAction(row);
}

/** The row and cell where a risk is marked accepted, if it is (åtgärd, status or comment). */
export function acceptance(risk: PlanRisk, current: number): PlanRow | undefined {
  return risk.rows.find((row) => acceptedByAction(row) || (current >= 0 && statusAt(row, current) === 'accepted'));
}
