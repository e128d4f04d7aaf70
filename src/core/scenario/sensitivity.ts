/**
 * Sensitivity: one parameter varied over a range, the rest of the scenario kept; the result
 * (överskott/underskott) for each value, in the base year and in every year of the view.
 */
import type { ScenarioBase } from './base';
import type { Parameter, Scenario } from './parameters';
import { evaluateParameters, yearOf } from './run';

export interface SensitivityPoint {
  value: number;
  balance: number | null;
  years: Array<{ year: number; balance: number | null }>;
}

/** The figure a parameter turns on: its percent, amount, change or level. */
export function withMainValue(p: Parameter, value: number): Parameter {
  switch (p.kind) {
    case 'index':
    case 'percent':
      return { ...p, percent: value };
    case 'amount':
      return { ...p, amount: value };
    case 'ram':
      return p.value !== undefined ? { ...p, value } : { ...p, change: value };
    case 'adjustment':
      return p.set !== undefined ? { ...p, set: value } : { ...p, add: value };
    case 'plan': {
      // The first year's effect: as an uppfyllelsegrad when the plan is given that way.
      const [head, ...rest] = p.effects;
      if (!head) return p;
      return { ...p, effects: [head.fulfilment !== undefined ? { year: head.year, fulfilment: value } : { year: head.year, amount: value }, ...rest] };
    }
  }
}

/** The figure `withMainValue` sets, as the parameter has it now (undefined for a plan without years). */
export function mainValue(p: Parameter): number | undefined {
  switch (p.kind) {
    case 'index':
    case 'percent':
      return p.percent;
    case 'amount':
      return p.amount;
    case 'ram':
      return p.value ?? p.change;
    case 'adjustment':
      return p.set ?? p.add;
    case 'plan':
      return p.effects[0] ? p.effects[0].fulfilment ?? p.effects[0].amount : undefined;
  }
}

/** Values from `from` to `to` in `steps` equal steps (both ends included); one value when the ends are equal. */
export function valuesBetween(from: number, to: number, steps: number): number[] {
  if (from === to) return [from];
  const n = Math.max(1, Math.min(100, Math.floor(steps)));
  return Array.from({ length: n + 1 }, (_, i) => Math.round((from + ((to - from) * i) / n) * 1e9) / 1e9);
}

export function sensitivity(base: ScenarioBase, scenario: Scenario, parameterIndex: number, values: readonly number[]): SensitivityPoint[] {
  const original = scenario.parameters[parameterIndex];
  if (!original) return [];
  const baseYear = yearOf(base, scenario.parameters);
  return values.map((value) => {
    const parameters = scenario.parameters.map((p, i) => (i === parameterIndex ? withMainValue(p, value) : p));
    const e = evaluateParameters(base, parameters, { ramFollowsIndex: scenario.ramFollowsIndex !== false, baseYear });
    return { value, balance: e.outcome.balance.scenario, years: e.years.map((y) => ({ year: y.year, balance: y.balance })) };
  });
}
