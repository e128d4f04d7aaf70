import { makeFinding } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { isAction, statusAt } from '../rowStatus';
import { quote, STATUS_WORD } from '../words';
import type { PlanContext } from './context';

/**
 * A Klart senast date before the check date while the åtgärd is not avslutad
 * (ic.deadline-passed). Skipped without a check date: the engine never reads the clock.
 */
export function checkDeadlines(ctx: PlanContext): Finding[] {
  const { plan } = ctx;
  const asOf = ctx.settings.asOf;
  const col = plan.columns.deadline;
  if (!asOf || col === undefined) return [];
  const findings: Finding[] = [];
  for (const risk of plan.risks) {
    for (const row of risk.rows.filter(isAction)) {
      const due = row.deadline?.iso;
      if (!due || due >= asOf) continue;
      const status = plan.current >= 0 ? statusAt(row, plan.current) : 'missing';
      if (status === 'done' || status === 'accepted') continue;
      const state = status === 'missing' ? 'har ingen status' : `har status ${STATUS_WORD[status]}`;
      findings.push(makeFinding('ic.deadline-passed', plan.sheet, row.row, col,
        `Klart senast ${due} har passerat (kontrolldatum ${asOf}) men åtgärden ${quote(row.action)} ${state}.`));
    }
  }
  return findings;
}
