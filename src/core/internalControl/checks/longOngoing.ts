import { makeFinding } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { swedishList } from '../../text/swedishList';
import { isAction, statusAt } from '../rowStatus';
import { quote } from '../words';
import { followUpCol, type PlanContext } from './context';

/**
 * An åtgärd that has stayed "pågår" at more follow-ups in a row than the setting allows
 * (ic.long-ongoing), read from the follow-up columns kept side by side in the plan.
 */
export function checkLongOngoing(ctx: PlanContext): Finding[] {
  const { plan } = ctx;
  const max = ctx.settings.maxOngoingFollowUps;
  if (plan.followUps.length < 2 || plan.current < 0) return [];
  const findings: Finding[] = [];
  for (const risk of plan.risks) {
    for (const row of risk.rows.filter(isAction)) {
      let first = plan.current;
      while (first >= 0 && statusAt(row, first) === 'ongoing') first--;
      const run = plan.followUps.slice(first + 1, plan.current + 1);
      if (run.length <= max) continue;
      findings.push(makeFinding('ic.long-ongoing', plan.sheet, row.row, followUpCol(ctx, plan.current, 'status'),
        `Åtgärden ${quote(row.action)} har haft status pågår vid ${run.length} uppföljningar i följd (${swedishList(run.map((f) => f.label))}); gränsen är ${max}.`));
    }
  }
  return findings;
}
