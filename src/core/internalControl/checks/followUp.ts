import { makeFinding } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import type { RuleId } from '../../rules/catalogue';
import { hasSubstance, statusOf } from '../status';
import { isAction } from '../rowStatus';
import { quote } from '../words';
import { followUpCol, type PlanContext } from './context';

const KNOWN = 'avslutad, pågår, ej påbörjad eller accepterad';

/**
 * At the latest follow-up each åtgärd needs a status and a comment: nothing written
 * (ic.action-without-follow-up), a comment that states no status (ic.status-missing), a status
 * cell with a word Periodkoll does not know (ic.status-unknown), or "avslutad" without saying
 * what was done (ic.done-without-comment). A plan with no follow-up written yet is not checked.
 */
export function checkFollowUps(ctx: PlanContext): Finding[] {
  const { plan } = ctx;
  const i = plan.current;
  if (i < 0) return [];
  const fu = plan.followUps[i];
  // Name the follow-up only when the plan keeps several ("Status delår").
  const occasion = plan.followUps.length > 1 ? ` (${fu.label})` : '';
  const findings: Finding[] = [];
  const at = (row: number, col: number, rule: RuleId, message: string) => findings.push(makeFinding(rule, plan.sheet, row, col, message));
  for (const risk of plan.risks) {
    for (const row of risk.rows.filter(isAction)) {
      const { status, comment } = row.followUps[i];
      const action = quote(row.action);
      if (status === '' && comment === '') {
        at(row.row, followUpCol(ctx, i), 'ic.action-without-follow-up', `Åtgärden ${action} saknar både status och kommentar vid uppföljningen${occasion}.`);
        continue;
      }
      const stated = statusOf(status !== '' ? status : comment);
      if (status !== '' && !stated) {
        at(row.row, fu.status!, 'ic.status-unknown', `Statusen "${status}" är ingen känd status; använd ${KNOWN}.`);
      } else if (!stated) {
        at(row.row, followUpCol(ctx, i, 'status'), 'ic.status-missing', `Uppföljningen av åtgärden ${action} anger ingen status (${KNOWN}).`);
      }
      if (stated === 'done' && fu.comment !== undefined && !hasSubstance(comment)) {
        const what = comment === '' ? 'saknar kommentar' : 'har en kommentar som bara anger statusen';
        at(row.row, fu.comment, 'ic.done-without-comment', `Åtgärden ${action} är avslutad men ${what}: skriv vad som gjordes och vad granskningen visade.`);
      }
    }
  }
  return findings;
}
