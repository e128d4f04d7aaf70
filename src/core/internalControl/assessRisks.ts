import { makeFinding } from '../check/mismatch';
import type { Finding } from '../findings/finding';
import { cellText } from '../recognize/cellKinds';
import { formatSwedishNumber } from '../numbers/swedishNumber';
import { readFigure, readStep, type Axis } from './assessment';
import { bandOf } from './bands';
import type { ResolvedIcSettings } from './icSettings';
import type { AssessmentCell, IkPlanTable, PlanRisk, RiskBand } from './types';

export interface RiskAssessment {
  sannolikhet?: number;
  konsekvens?: number;
  /** sannolikhet × konsekvens, or the stated riskvärde when the steps are not given. */
  value?: number;
  band?: RiskBand;
}

const AXIS_WORD: Record<Axis, string> = { sannolikhet: 'Sannolikheten', konsekvens: 'Konsekvensen' };

/**
 * Reads each risk's sannolikhet and konsekvens on the configured scale and its riskvärde, which
 * must be their product (ic.risk-value); a step outside the scale is reported (ic.scale) and
 * leaves the risk unassessed rather than placed in a wrong cell of the matrix.
 */
export function assessRisks(plan: IkPlanTable, settings: ResolvedIcSettings): { assessments: Map<PlanRisk, RiskAssessment>; findings: Finding[] } {
  const assessments = new Map<PlanRisk, RiskAssessment>();
  const findings: Finding[] = [];
  const { scale, bands } = settings;
  const step = (axis: Axis, at: AssessmentCell | undefined): number | undefined => {
    if (!at) return undefined;
    const v = readStep(at.cell, axis, scale);
    if (v !== undefined && Number.isInteger(v) && v >= 1 && v <= scale) return v;
    const what = v === undefined ? `"${cellText(at.cell)}" går inte att läsa som` : `${figure(v)} är inte`;
    findings.push(makeFinding('ic.scale', plan.sheet, at.row, at.col, `${AXIS_WORD[axis]} ${what} ett steg 1–${scale} på riskmatrisens skala.`));
    return undefined;
  };
  for (const risk of plan.risks) {
    const s = step('sannolikhet', risk.sannolikhet);
    const k = step('konsekvens', risk.konsekvens);
    const stated = risk.riskValue ? readFigure(risk.riskValue.cell) : undefined;
    const a: RiskAssessment = { ...(s !== undefined ? { sannolikhet: s } : {}), ...(k !== undefined ? { konsekvens: k } : {}) };
    if (s !== undefined && k !== undefined) {
      a.value = s * k;
      if (stated !== undefined && stated !== a.value) {
        const f = makeFinding('ic.risk-value', plan.sheet, risk.riskValue!.row, risk.riskValue!.col,
          `Riskvärdet är ${figure(stated)} men sannolikhet ${s} × konsekvens ${k} = ${a.value}.`);
        f.expected = a.value;
        f.found = stated;
        findings.push(f);
      }
    } else if (stated !== undefined && risk.sannolikhet === undefined && risk.konsekvens === undefined) {
      // A plan that states only the riskvärde is still coloured by it.
      if (stated >= 1 && stated <= scale * scale) a.value = stated;
      else findings.push(makeFinding('ic.scale', plan.sheet, risk.riskValue!.row, risk.riskValue!.col,
        `Riskvärdet ${figure(stated)} ligger utanför riskmatrisens 1–${scale * scale}.`));
    }
    if (a.value !== undefined) a.band = bandOf(a.value, bands);
    assessments.set(risk, a);
  }
  return { assessments, findings };
}

function figure(v: number): string {
  return formatSwedishNumber(v, Number.isInteger(v) ? 0 : 2);
}
