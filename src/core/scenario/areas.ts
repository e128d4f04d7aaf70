/**
 * Per område of a driftbudget: the ram each område gets (a ram change shared by omsättning, as
 * the regional tillväxtnämnd shared its 19,5 mnkr "efter omsättningens storlek", or aimed at one
 * område), its net cost after the cost parameters, and its överskott or underskott.
 */
import type { TableColumn, TableRow } from '../tables/table';
import { baseValue, type ScenarioBase } from './base';
import { frameColumn } from './frame';
import type { Parameter } from './parameters';
import { matchRows } from './rowMatch';
import type { Matrix } from './tableValues';

export interface AreaResult {
  label: string;
  row: number;
  ram: { base: number; scenario: number };
  netCost: { base: number; scenario: number };
  /** Ram − net cost: positive is an överskott. */
  balance: { base: number; scenario: number };
}

/** The omsättning column that goes with the ram column (same year). */
export function turnoverColumn(base: ScenarioBase, frame: TableColumn): TableColumn | undefined {
  return base.columns.find((c) => c.role === 'turnover' && c.q.year === frame.q.year) ?? base.columns.find((c) => c.role === 'turnover');
}

/** Ram change per område row: targeted changes to their område, the rest by omsättning. */
export function areaRamChanges(base: ScenarioBase, parameters: readonly Parameter[]): { changes: Map<TableRow, number>; unmatched: string[] } {
  const fc = frameColumn(base, base.primary);
  const tc = fc ? turnoverColumn(base, fc) : undefined;
  const areas = base.rows.filter((r) => r.kind === 'leaf');
  const changes = new Map<TableRow, number>(areas.map((r) => [r, 0]));
  const unmatched: string[] = [];
  const weights = areas.map((r) => (tc ? Math.abs(baseValue(base, r, tc) ?? 0) : 1));
  const total = weights.reduce((s, w) => s + w, 0);
  for (const p of parameters) {
    if (p.kind !== 'ram' || p.change === undefined) continue;
    if (p.target) {
      const { rows: hit, problem } = matchRows(p.target, base.rows, base.sums);
      if (problem !== undefined) unmatched.push(problem);
      for (const r of hit) changes.set(r, (changes.get(r) ?? 0) + p.change / hit.length);
      continue;
    }
    areas.forEach((r, i) => changes.set(r, changes.get(r)! + (total === 0 ? p.change! / areas.length : (p.change! * weights[i]) / total)));
  }
  return { changes, unmatched };
}

export function areaResults(base: ScenarioBase, matrix: Matrix, ramChanges: Map<TableRow, number>): AreaResult[] {
  const fc = frameColumn(base, base.primary);
  const tc = fc ? turnoverColumn(base, fc) : undefined;
  if (!fc || !tc) return [];
  const ti = base.columns.indexOf(tc);
  return base.rows
    .filter((r) => r.kind === 'leaf')
    .map((r) => {
      const ram = baseValue(base, r, fc) ?? 0;
      const turnover = baseValue(base, r, tc) ?? 0;
      // In the base each område's net cost is its ram; more omsättning is more net cost.
      const netCost = ram + ((matrix.get(r)?.[ti] ?? turnover) - turnover);
      const ramScenario = ram + (ramChanges.get(r) ?? 0);
      return { label: r.label, row: r.row, ram: { base: ram, scenario: ramScenario }, netCost: { base: ram, scenario: netCost }, balance: { base: 0, scenario: ramScenario - netCost } };
    });
}
