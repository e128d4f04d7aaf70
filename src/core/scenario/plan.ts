/**
 * The handlingsplan in a scenario (DOMAIN §3.4): the åtgärdskrav, each year's effect as an amount
 * or an uppfyllelsegrad, and what remains — a cost the budget does not show. Uppfyllelsegrad is
 * given with the interval the rounded figures allow (24,2 / 29,0 is 83,4 %, and any value in
 * 83,1–83,8 % is consistent, so a source that says "84 %" is not contradicted).
 */
import { tidy } from '../check/mismatch';
import { displayedDecimals } from '../numbers/displayPrecision';
import { around, div, scale, type Interval } from '../numbers/interval';
import type { Parameter, PlanParameter } from './parameters';

export interface PlanYear {
  year: number;
  effect: number;
  /** Effect / åtgärdskrav in percent. */
  fulfilment: number;
  /** The fulfilment the rounded inputs allow, in percent. */
  fulfilmentInterval: Interval;
  /** Åtgärdskrav − effect: savings still missing that year. */
  gap: number;
}

export interface PlanSummary {
  requirement: number;
  /** How the åtgärdskrav was reached, in Swedish ("19,5 + 9,5"). */
  requirementFrom: 'angivet' | 'ramminskning och obalanser';
  years: PlanYear[];
}

export function planParameter(parameters: readonly Parameter[]): { plan: PlanParameter; index: number } | undefined {
  const index = parameters.findIndex((p) => p.kind === 'plan');
  return index < 0 ? undefined : { plan: parameters[index] as PlanParameter, index };
}

export function planSummary(plan: PlanParameter): PlanSummary | { error: string } {
  const requirement = plan.requirement ?? (plan.ramReduction ?? 0) + (plan.imbalance ?? 0);
  if (!(requirement > 0)) return { error: 'Handlingsplanen saknar åtgärdskrav: ange kravet (t.ex. Handlingsplan=29,0) eller ramminskning och obalanser.' };
  // A plan states its figures with one precision ("29,0", "24,2"): 29 typed as 29 still means 29,0.
  const amounts = [plan.requirement, plan.ramReduction, plan.imbalance, ...plan.effects.map((e) => e.amount)].filter((v): v is number => v !== undefined);
  const d = Math.max(0, ...amounts.map(decimalsOf));
  const reqInterval = plan.requirement !== undefined ? around(requirement, d) : around(requirement, d - Math.log10(2));
  const years = [...plan.effects]
    .sort((a, b) => a.year - b.year)
    .map((e): PlanYear => {
      if (e.amount !== undefined) {
        const interval = scale(div(around(e.amount, d), reqInterval), 100);
        return { year: e.year, effect: e.amount, fulfilment: tidy((100 * e.amount) / requirement), fulfilmentInterval: { lo: tidy(interval.lo), hi: tidy(interval.hi) }, gap: tidy(requirement - e.amount) };
      }
      const f = e.fulfilment ?? 0;
      const effect = (requirement * f) / 100;
      return { year: e.year, effect: tidy(effect), fulfilment: f, fulfilmentInterval: around(f, decimalsOf(f)), gap: tidy(requirement - effect) };
    });
  return { requirement, requirementFrom: plan.requirement !== undefined ? 'angivet' : 'ramminskning och obalanser', years };
}

/**
 * The savings missing in a year: that year's gap, or the latest earlier year's (a plan's effect
 * persists); before the plan's first year nothing is counted.
 */
export function gapFor(summary: PlanSummary | undefined, year: number | undefined): number {
  if (!summary || summary.years.length === 0) return 0;
  if (year === undefined) return summary.years[0].gap;
  const earlier = summary.years.filter((y) => y.year <= year);
  return earlier.length ? earlier[earlier.length - 1].gap : 0;
}

function decimalsOf(v: number): number {
  return displayedDecimals(undefined, v).decimals;
}
