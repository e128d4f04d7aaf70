import type { RiskAssessment } from '../assessRisks';
import type { ResolvedIcSettings } from '../icSettings';
import type { IkPlanTable, PlanRisk } from '../types';

/** What every IK-plan check reads: the plan, its risk assessments and the settings. */
export interface PlanContext {
  plan: IkPlanTable;
  assessments: Map<PlanRisk, RiskAssessment>;
  settings: ResolvedIcSettings;
}

/** The cell a follow-up finding points at: the comment when the plan has one, else the status. */
export function followUpCol(ctx: PlanContext, i: number, prefer: 'comment' | 'status' = 'comment'): number {
  const f = ctx.plan.followUps[i];
  const first = prefer === 'comment' ? f.comment ?? f.status : f.status ?? f.comment;
  return first ?? ctx.plan.columns.action;
}
