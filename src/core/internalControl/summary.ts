import { a1 } from '../model/address';
import type { RiskAssessment } from './assessRisks';
import { bandOf } from './bands';
import type { ResolvedIcSettings } from './icSettings';
import { acceptedByAction, statusAt } from './rowStatus';
import type { IkPlanTable, InternalControlSummary, PlanRisk, RiskMatrixCell } from './types';

export interface AssessedPlan {
  plan: IkPlanTable;
  assessments: Map<PlanRisk, RiskAssessment>;
}

/** Risks per colour and per matrix cell, åtgärder per status, over every IK-plan of the workbook. */
export function summarize(plans: AssessedPlan[], settings: ResolvedIcSettings): InternalControlSummary {
  const { scale, bands } = settings;
  const matrix: RiskMatrixCell[] = [];
  for (let s = scale; s >= 1; s--) {
    for (let k = 1; k <= scale; k++) matrix.push({ sannolikhet: s, konsekvens: k, value: s * k, band: bandOf(s * k, bands), count: 0, risks: [] });
  }
  const summary: InternalControlSummary = {
    scale,
    bands,
    ...(settings.asOf ? { asOf: settings.asOf } : {}),
    risks: { total: 0, byBand: { green: 0, yellow: 0, red: 0, unassessed: 0 } },
    actions: { total: 0, byStatus: { done: 0, ongoing: 0, 'not-started': 0, accepted: 0, unknown: 0, missing: 0 } },
    matrix,
  };
  for (const { plan, assessments } of plans) {
    for (const risk of plan.risks) {
      if (risk.text !== '') {
        const a = assessments.get(risk);
        summary.risks.total++;
        summary.risks.byBand[a?.band ?? 'unassessed']++;
        if (a?.sannolikhet !== undefined && a.konsekvens !== undefined) {
          const cell = matrix[(scale - a.sannolikhet) * scale + (a.konsekvens - 1)];
          cell.count++;
          cell.risks.push({ sheet: plan.sheet, cell: a1(risk.row, plan.columns.risk), row: risk.row, text: risk.text, verksamhet: risk.verksamhet });
        }
      }
      for (const row of risk.rows) {
        if (row.action === '') continue;
        summary.actions.total++;
        const status = acceptedByAction(row) ? 'accepted' : plan.current >= 0 ? statusAt(row, plan.current) : 'missing';
        summary.actions.byStatus[status]++;
      }
    }
  }
  return summary;
}
