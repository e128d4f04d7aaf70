/**
 * Building blocks of the scenario sheet's live formulas: each reads the parameter block's cells
 * (keyed as the parameters are: "3", "3:assumed", "6:2024"), and follows the same effects the
 * engine computes with (effects.ts), so Excel shows the engine's figures.
 */
import type { ReportCell } from '../report/reportSheet';
import type { TableRow } from '../tables/table';
import type { ScenarioBase } from './base';
import type { CellEffect } from './effects';
import type { Parameter } from './parameters';
import { planParameter } from './plan';

export const AMOUNT = '#,##0.0;-#,##0.0';
export const PERCENT = '0.0%';
export const FACTOR = '0.0000';

/** Parameter key → absolute address of its input cell ("$B$7"). */
export type ParameterCells = Map<string, string>;

/** The cell of the scenario's own value for an index year, if it sets one. */
export function indexCell(cellOf: ParameterCells, parameters: readonly Parameter[], series: string, year: number): string | undefined {
  const i = [...parameters.keys()].reverse().find((j) => {
    const p = parameters[j];
    return p.kind === 'index' && p.year === year && p.series.toUpperCase() === series.toUpperCase();
  });
  return i === undefined ? undefined : cellOf.get(`${i}`);
}

/** A base-year cell after its effect: base × factors + addends, or the set value. */
export function leafFormula(baseCell: string, e: CellEffect | undefined, parameters: readonly Parameter[], cellOf: ParameterCells): string {
  if (!e) return `=${baseCell}`;
  if (e.set) return `=${cellOf.get(`${e.set.param}`)}`;
  let f = `=${baseCell}`;
  for (const x of e.factors) {
    const p = parameters[x.param];
    const c = cellOf.get(`${x.param}`)!;
    const assumed = cellOf.get(`${x.param}:assumed`);
    f += p.kind === 'index' && assumed ? `*(1+${c})/(1+${assumed})` : `*(1+${c})`;
  }
  for (const x of e.addends) f += term(x.per, cellOf.get(`${x.param}`)!);
  return f;
}

/** "+C12", "-C12" or "+0.25*C12". */
export function term(weight: number, cell: string): string {
  if (weight === 1) return `+${cell}`;
  if (weight === -1) return `-${cell}`;
  return `${weight < 0 ? '-' : '+'}${Math.abs(weight)}*${cell}`;
}

/** A sum row's formula in one column: its parts, weighted. */
export function weighted(col: string, parts: Array<{ row: TableRow; weight: number }>, rowAt: Map<TableRow, number>): string {
  if (parts.length === 0) return '=0';
  return `=${parts.map((p) => term(p.weight, `${col}${rowAt.get(p.row)}`)).join('').replace(/^\+/, '')}`;
}

/** A sum row as the weighted rows it adds directly (its subtotals stay formulas). */
export function sumParts(base: ScenarioBase, row: TableRow): Array<{ row: TableRow; weight: number }> {
  return [...(base.sums.get(row) ?? [])];
}

/** Åtgärdskrav − the effect of the latest plan year up to `year` (0 before the plan starts). */
export function gapFormula(parameters: readonly Parameter[], cellOf: ParameterCells, year: number | undefined): string {
  const plan = planParameter(parameters);
  if (!plan) return '=0';
  const k = `${plan.index}`;
  const req = cellOf.get(`${k}:req`) ?? `(${cellOf.get(`${k}:ramred`)}+${cellOf.get(`${k}:imb`)})`;
  const effects = [...plan.plan.effects].sort((a, b) => a.year - b.year);
  const chosen = year === undefined ? effects[0] : effects.filter((e) => e.year <= year).pop();
  if (!chosen) return '=0';
  const cell = cellOf.get(`${k}:${chosen.year}`)!;
  return chosen.amount !== undefined ? `=${req}-${cell}` : `=${req}*(1-${cell})`;
}

/** The cells of the ram changes ("Budgetram, förändring") in parameter order. */
export function ramChangeCells(parameters: readonly Parameter[], cellOf: ParameterCells): string[] {
  return parameters.map((p, i) => (p.kind === 'ram' && p.change !== undefined ? cellOf.get(`${i}`) : undefined)).filter(Boolean) as string[];
}

/** Appends a row to the sheet; returns its 1-based row number. */
export type PutRow = (cells: ReportCell[]) => number;

/** What the result block reads from the written table: net cost as formula bodies (no "="). */
export interface NetCostCells {
  base: string;
  scenario: string;
  /** A later year's net cost from the scenario's net cost cell and that year's index factor cell. */
  inYear(netCell: string, factorCell: string): string;
}
