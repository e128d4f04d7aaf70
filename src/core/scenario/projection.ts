/**
 * Later years of a scenario: costs and (by default) the ram uplifted by the index from the base
 * year, year by year, with the scenario's own index values over the workbook's and the bundled
 * ones. Without an index parameter later years are shown in the base year's prices.
 */
import { findSeries, missingMessage, valueFor } from '../indexation';
import type { ScenarioBase } from './base';
import type { Parameter } from './parameters';
import type { PlanSummary } from './plan';

export interface YearFactor {
  factor: number;
  /** Series used, when the scenario names one. */
  series?: string;
  /** Years of the chain that had no index value (counted as no uplift, and said so). */
  missing: number[];
}

/** The base year, then every later year a parameter speaks of. */
export function scenarioYears(baseYear: number | undefined, parameters: readonly Parameter[], plan: PlanSummary | undefined): number[] {
  if (baseYear === undefined) return [];
  const years = new Set<number>([baseYear]);
  for (const p of parameters) if (p.kind === 'index' && p.year > baseYear) years.add(p.year);
  for (const y of plan?.years ?? []) if (y.year > baseYear) years.add(y.year);
  return [...years].sort((a, b) => a - b);
}

/** The index factor from the base year to `year`: Π (1 + r) over the years after the base. */
export function upliftFactor(base: ScenarioBase, parameters: readonly Parameter[], baseYear: number, year: number): YearFactor {
  const first = parameters.find((p) => p.kind === 'index');
  if (!first || first.kind !== 'index' || year <= baseYear) return { factor: 1, missing: [] };
  const series = findSeries(base.indexTable, first.series);
  const same = (name: string) => name.toUpperCase() === first.series.toUpperCase() || (series !== undefined && findSeries({ series: [series] }, name) !== undefined);
  let factor = 1;
  const missing: number[] = [];
  for (let y = baseYear + 1; y <= year; y++) {
    const own = [...parameters].reverse().find((p) => p.kind === 'index' && p.year === y && same(p.series));
    const r = own && own.kind === 'index' ? own.percent : series && series.kind === 'percent' ? valueFor(series, y) : undefined;
    if (r === undefined) missing.push(y);
    else factor *= 1 + r / 100;
  }
  return { factor, series: series?.name ?? first.series, missing };
}

export function missingIndexNote(f: YearFactor, year: number): string | undefined {
  if (f.missing.length === 0 || !f.series) return undefined;
  return `${missingMessage(f.series, f.missing)}: ${year} räknas utan uppräkning för ${f.missing.length === 1 ? 'det året' : 'de åren'}.`;
}
