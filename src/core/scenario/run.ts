/**
 * Runs a scenario on its base: every row and sum recomputed, the result against the ram
 * (överskott / underskott), per område for a driftbudget, later years when the parameters span
 * them, and the bridge from the base result to the scenario result, parameter by parameter.
 */
import type { RecalcProblem } from '../evaluate';
import { tidy } from '../check/mismatch';
import type { TableColumn, TableRow } from '../tables/table';
import { areaRamChanges, areaResults, type AreaResult } from './areas';
import { baseValue, type ScenarioBase } from './base';
import { describeParameter } from './describe';
import { applyEffect, cellEffects, isCostRow } from './effects';
import { frameColumn, netCostOf, resultLine, scenarioFrame, type Frame } from './frame';
import type { Parameter, Scenario } from './parameters';
import { gapFor, planParameter, planSummary, type PlanSummary } from './plan';
import { missingIndexNote, scenarioYears, upliftFactor } from './projection';
import { tableValues, type FollowingCell, type Matrix } from './tableValues';
import { withTotals } from './totals';

export interface ScenarioRowResult {
  label: string;
  row: number;
  kind: TableRow['kind'];
  base: Array<number | null>;
  scenario: Array<number | null>;
}

export interface YearResult {
  year: number;
  /** Index factor from the base year (1 without an index parameter). */
  indexFactor: number;
  ram?: number;
  netCost: number | null;
  /** Savings the handlingsplan does not achieve that year. */
  planGap: number;
  /** Ram − net cost − plan gap: positive is an överskott. */
  balance: number | null;
}

export interface ScenarioOutcome {
  column: string;
  year?: number;
  ram?: Frame;
  netCost: { base: number | null; scenario: number | null };
  planGap: number;
  balance: { base: number | null; scenario: number | null };
}

export interface BridgeStep {
  parameter: number;
  label: string;
  /** Change of the result (balance) in the base year that this parameter adds. */
  delta: number | null;
  /** The same per year of the multi-year view. */
  deltas: Record<number, number | null>;
}

export interface ScenarioResult {
  name: string;
  sheet: string;
  tableKind: string;
  formulaModel: boolean;
  columns: string[];
  primaryColumn: string;
  baseYear?: number;
  rows: ScenarioRowResult[];
  result: ScenarioOutcome;
  areas?: AreaResult[];
  plan?: PlanSummary;
  years: YearResult[];
  bridge: BridgeStep[];
  /** Cells that depend on a change but could not be recomputed (formula model). */
  problems: RecalcProblem[];
  /** Cells outside the table that the workbook's formulas changed. */
  followers: FollowingCell[];
  /** Swedish remarks that qualify the figures. */
  notes: string[];
  /** Swedish: parameters that could not be applied (a row or column that does not exist). */
  errors: string[];
}

/** The figures of one parameter set, without the bridge (the bridge reruns this per prefix). */
interface Evaluated {
  matrix: Matrix;
  outcome: ScenarioOutcome;
  areas?: AreaResult[];
  plan?: PlanSummary;
  years: YearResult[];
  problems: RecalcProblem[];
  followers: FollowingCell[];
  notes: string[];
  errors: string[];
}

export function runScenario(base: ScenarioBase, scenario: Scenario): ScenarioResult {
  const first = { ramFollowsIndex: scenario.ramFollowsIndex !== false, baseYear: yearOf(base, scenario.parameters) };
  const full = evaluateParameters(base, scenario.parameters, first);
  // Every step of the bridge is measured in the same years as the whole scenario.
  const options = { ...first, years: full.years.map((y) => y.year) };
  const start = evaluateParameters(base, [], options);
  const bridge: BridgeStep[] = [];
  let previous = start;
  scenario.parameters.forEach((p, i) => {
    const next = i === scenario.parameters.length - 1 ? full : evaluateParameters(base, scenario.parameters.slice(0, i + 1), options);
    const deltas: Record<number, number | null> = {};
    for (const y of full.years) deltas[y.year] = difference(balanceIn(next, y.year), balanceIn(previous, y.year));
    bridge.push({ parameter: i, label: describeParameter(p), delta: difference(next.outcome.balance.scenario, previous.outcome.balance.scenario), deltas });
    previous = next;
  });
  const columnIndex = base.columns;
  return {
    name: scenario.name,
    sheet: base.sheet.name,
    tableKind: base.table.kind,
    formulaModel: base.formulaModel,
    columns: columnIndex.map((c) => c.header),
    primaryColumn: base.primary.header,
    baseYear: first.baseYear,
    rows: base.rows.map((r) => ({
      label: r.label,
      row: r.row,
      kind: r.kind,
      base: start.matrix.get(r)!.map(clean),
      scenario: full.matrix.get(r)!.map(clean),
    })),
    result: full.outcome,
    ...(full.areas ? { areas: full.areas } : {}),
    ...(full.plan ? { plan: full.plan } : {}),
    years: full.years,
    bridge,
    problems: full.problems,
    followers: full.followers,
    notes: [...new Set(full.notes)],
    errors: [...new Set(full.errors)],
  };
}

/** The year the base column budgets for, else the first year the parameters name. */
export function yearOf(base: ScenarioBase, parameters: readonly Parameter[]): number | undefined {
  if (base.primary.q.year !== undefined) return base.primary.q.year;
  const years = parameters.flatMap((p) => (p.kind === 'plan' ? p.effects.map((e) => e.year) : p.kind === 'index' ? [p.year] : []));
  return years.length ? Math.min(...years) : undefined;
}

export interface EvaluateOptions {
  ramFollowsIndex: boolean;
  /** The base year and the years of the view, when they are the whole scenario's (bridge steps). */
  baseYear?: number;
  years?: number[];
}

export function evaluateParameters(base: ScenarioBase, parameters: readonly Parameter[], options: EvaluateOptions): Evaluated {
  const baseYear = options.baseYear ?? yearOf(base, parameters);
  const effects = cellEffects(base, parameters, baseYear);
  const errors = [...effects.unmatched];
  const notes = [...effects.notes];
  const drift = base.table.kind === 'driftbudget';
  const ramChanges = drift ? areaRamChanges(base, parameters) : undefined;
  if (ramChanges) errors.push(...ramChanges.unmatched);
  const primaryFrame = drift ? frameColumn(base, base.primary) : undefined;

  const leaf = (r: TableRow, c: TableColumn): number | null => {
    const v = baseValue(base, r, c);
    if (v === undefined) return null;
    if (drift && c === primaryFrame && r.kind === 'leaf') return v + (ramChanges!.changes.get(r) ?? 0);
    return applyEffect(v, effects.at(r, c));
  };
  const values = tableValues(base, leaf);
  notes.push(...values.notes);

  const plan = planParameter(parameters);
  let summary: PlanSummary | undefined;
  if (plan) {
    const s = planSummary(plan.plan);
    if ('error' in s) errors.push(s.error);
    else summary = s;
  }
  const frame = scenarioFrame(base, parameters);
  if (!frame) notes.push('Ingen budgetram att jämföra med: ange den som parameter (Ram) eller i en cell märkt Budgetram.');
  const pi = base.columns.indexOf(base.primary);
  const line = resultLine(base);
  const areas = drift ? areaResults(base, values.matrix, ramChanges!.changes) : undefined;
  const netCost = (m: Matrix, area?: AreaResult[]): number | null => {
    if (area) return area.reduce((s, a) => s + a.netCost.scenario, 0);
    const v = line ? m.get(line)?.[pi] : null;
    return v === null || v === undefined ? null : netCostOf(base, v);
  };
  const startMatrix = parameters.length === 0 ? values.matrix : undefined;
  const baseNet = drift ? (areas ? areas.reduce((s, a) => s + a.netCost.base, 0) : null) : netCost(startMatrix ?? baseMatrix(base));
  const scenarioNet = netCost(values.matrix, areas);
  const gap0 = gapFor(summary, baseYear);
  const outcome: ScenarioOutcome = {
    column: base.primary.header,
    ...(baseYear !== undefined ? { year: baseYear } : {}),
    ...(frame ? { ram: { ...frame, base: clean(frame.base)!, scenario: clean(frame.scenario)! } } : {}),
    netCost: { base: clean(baseNet), scenario: clean(scenarioNet) },
    planGap: clean(gap0) ?? 0,
    balance: {
      base: frame && baseNet !== null ? clean(frame.base - baseNet) : null,
      scenario: frame && scenarioNet !== null ? clean(frame.scenario - scenarioNet - gap0) : null,
    },
  };

  const years: YearResult[] = [];
  for (const year of options.years ?? scenarioYears(baseYear, parameters, summary)) {
    const f = upliftFactor(base, parameters, baseYear!, year);
    const note = missingIndexNote(f, year);
    if (note) notes.push(note);
    let net: number | null;
    if (areas) {
      const ti = areas.length ? base.columns.findIndex((c) => c.role === 'turnover' && c.q.year === frameColumn(base, base.primary)?.q.year) : -1;
      const turnover = base.rows.filter((r) => r.kind === 'leaf').reduce((s, r) => s + (ti >= 0 ? values.matrix.get(r)?.[ti] ?? 0 : 0), 0);
      net = (scenarioNet ?? 0) + turnover * (f.factor - 1);
    } else {
      const projected = withTotals(base.rows, base.sums, (r) => {
        const v = values.matrix.get(r)?.[pi] ?? null;
        return v === null || r.kind !== 'leaf' || !isCostRow(base, r) ? v : v * f.factor;
      });
      const v = line ? projected.get(line) ?? null : null;
      net = v === null ? null : netCostOf(base, v);
    }
    let ram: number | undefined;
    if (frame) {
      const changes = parameters.reduce((s, p) => s + (p.kind === 'ram' && p.change !== undefined ? p.change : 0), 0);
      ram = (frame.scenario - changes) * (options.ramFollowsIndex ? f.factor : 1) + changes;
    }
    const gap = gapFor(summary, year);
    years.push({
      year,
      indexFactor: f.factor,
      ...(ram !== undefined ? { ram: clean(ram)! } : {}),
      netCost: clean(net),
      planGap: clean(gap) ?? 0,
      balance: ram !== undefined && net !== null ? clean(ram - net - gap) : null,
    });
  }
  return { matrix: values.matrix, outcome, areas, plan: summary, years, problems: values.problems, followers: values.followers, notes, errors };
}

function baseMatrix(base: ScenarioBase): Matrix {
  return tableValues(base, (r, c) => baseValue(base, r, c) ?? null).matrix;
}

function balanceIn(e: Evaluated, year: number): number | null {
  const y = e.years.find((x) => x.year === year);
  return y ? y.balance : null;
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : tidy(a - b);
}

function clean(v: number | null | undefined): number | null {
  return v === null || v === undefined ? null : tidy(v);
}
