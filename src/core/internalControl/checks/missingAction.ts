import { makeFinding } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { formatSwedishNumber } from '../../numbers/swedishNumber';
import { acceptance, acceptedByAction } from '../rowStatus';
import { quote } from '../words';
import { followUpCol, type PlanContext } from './context';

const ACT = 'en röd risk ska ha en åtgärd som följs upp.';

/**
 * A risk needs an åtgärd (ic.risk-without-action) unless it is accepted; a red risk needs one
 * even then (ic.red-risk): accepting a red risk is a decision the plan should not hide.
 */
export function checkMissingActions(ctx: PlanContext): Finding[] {
  const { plan } = ctx;
  const findings: Finding[] = [];
  for (const risk of plan.risks) {
    if (risk.text === '') continue;
    const hasAction = risk.rows.some((r) => r.action !== '' && !acceptedByAction(r));
    const accepted = acceptance(risk, plan.current);
    const a = ctx.assessments.get(risk);
    if (a?.band === 'red') {
      const value = `riskvärde ${formatSwedishNumber(a.value!, 0)}`;
      if (!hasAction) {
        const why = accepted ? `accepteras utan åtgärd; ${ACT}` : 'saknar åtgärd.';
        findings.push(makeFinding('ic.red-risk', plan.sheet, risk.row, plan.columns.action, `Risken ${quote(risk.text)} är röd (${value}) men ${why}`));
      } else if (accepted) {
        const col = acceptedByAction(accepted) ? plan.columns.action : followUpCol(ctx, plan.current, accepted.followUps[plan.current].status !== '' ? 'status' : 'comment');
        findings.push(makeFinding('ic.red-risk', plan.sheet, accepted.row, col,
          `Risken ${quote(risk.text)} är röd (${value}) men är markerad som accepterad; ${ACT}`));
      }
      continue;
    }
    if (!hasAction && !accepted) {
      findings.push(makeFinding('ic.risk-without-action', plan.sheet, risk.row, plan.columns.action, `Risken ${quote(risk.text)} saknar åtgärd.`));
    }
  }
  return findings;
}
