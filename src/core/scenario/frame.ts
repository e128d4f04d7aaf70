/**
 * The budgetram a scenario is measured against, and the nämnd's net cost in a column.
 * "Resultat budget ska överensstämma med nämndens budgetram" (DOMAIN §3.3): a budget column's
 * own result is its ram; a prognos is measured against the full-year budget's; a driftbudget's
 * ram is its Summa varav budgetram; a ram stated in the workbook is used when nothing else is.
 */
import { findStatedFrames } from '../reading/statedFrames';
import { inScope, scopeName } from '../reading/scope';
import { resultRow } from '../rules/workbook/tablesIndex';
import type { TableColumn, TableRow } from '../tables/table';
import { baseValue, type ScenarioBase } from './base';
import type { Parameter } from './parameters';

export interface Frame {
  base: number;
  scenario: number;
  /** Where the base ram comes from (Swedish). */
  source: string;
}

/** The row that carries the result (income statements) or the Summa row (driftbudget). */
export function resultLine(base: ScenarioBase): TableRow | undefined {
  return resultRow(base.rows);
}

/** Net cost from a result figure: results are negative when costs are written negative. */
export function netCostOf(base: ScenarioBase, result: number): number {
  return base.costsPositive && result > 0 ? result : -result;
}

/** The ram column of a driftbudget that belongs with a column (same year). */
export function frameColumn(base: ScenarioBase, col: TableColumn): TableColumn | undefined {
  if (col.role === 'frame') return col;
  return base.columns.find((c) => c.role === 'frame' && c.q.year === col.q.year) ?? base.columns.find((c) => c.role === 'frame');
}

export function baseFrame(base: ScenarioBase): { value: number; source: string } | undefined {
  const line = resultLine(base);
  if (base.table.kind === 'driftbudget') {
    const fc = frameColumn(base, base.primary);
    const v = fc && line ? baseValue(base, line, fc) : undefined;
    return v === undefined ? undefined : { value: v, source: `${line!.label}, ${fc!.header}` };
  }
  const budget = base.primary.role === 'budget'
    ? base.primary
    : base.columns.find((c) => c.role === 'budget' && !c.q.accumulated && !c.q.previousYear && (c.q.year === base.primary.q.year || base.primary.q.year === undefined));
  const v = budget && line ? baseValue(base, line, budget) : undefined;
  if (v !== undefined) return { value: netCostOf(base, v), source: `${line!.label}, ${budget!.header}` };
  const scope = { sheet: base.sheet.name, row: base.table.range.top, bottom: base.table.range.bottom, name: scopeName(base.table.title) ?? scopeName(base.sheet.name) };
  const stated = inScope(scope, findStatedFrames(base.workbook));
  return stated ? { value: Math.abs(stated.value), source: stated.source } : undefined;
}

/** The ram after the scenario's ram parameters (a level first, then every change). */
export function scenarioFrame(base: ScenarioBase, parameters: readonly Parameter[]): Frame | undefined {
  const start = baseFrame(base);
  const level = [...parameters].reverse().find((p) => p.kind === 'ram' && p.value !== undefined && !p.target);
  const baseValueOfRam = start?.value ?? (level && level.kind === 'ram' ? level.value : undefined);
  if (baseValueOfRam === undefined) return undefined;
  let scenario = level && level.kind === 'ram' ? level.value! : baseValueOfRam;
  for (const p of parameters) if (p.kind === 'ram' && p.change !== undefined) scenario += p.change;
  return { base: baseValueOfRam, scenario, source: start?.source ?? 'angiven i scenariot' };
}
