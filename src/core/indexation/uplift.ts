import { valueFor, type IndexKind, type IndexSeries } from './series';
import { chainText } from './chainText';
import { missingMessage } from './missingMessage';
import { indexFactors, indexSourcesText, type IndexFactor } from './provenance';

/** One factor of a chain: the index year it comes from and what it multiplies (or divides) by. */
export interface UpliftStep {
  year: number;
  /** The series value of that year: change in % or level. */
  indexValue: number;
}

export interface UpliftDone {
  ok: true;
  series: string;
  kind: IndexKind;
  fromYear: number;
  toYear: number;
  lag: number;
  value: number;
  result: number;
  factor: number;
  /** The index years whose values were used, after the lag shift, in ascending order. */
  years: number[];
  /** "1 000 000 × 1,035 × 1,029 = 1 065 015 (LPIK 2024, 2025)". */
  chain: string;
  source: string;
  /** Each index value used, with its layer, source, date and status. */
  factors: IndexFactor[];
  /** The factors' provenance in Swedish (indexSourcesText). */
  sources: string;
}

export interface UpliftMissing {
  ok: false;
  series: string;
  fromYear: number;
  toYear: number;
  lag: number;
  /** Index years that have no value. */
  missing: number[];
  /** "LPIK saknar värde för 2025". */
  message: string;
  kind: IndexKind;
}

export type UpliftResult = UpliftDone | UpliftMissing;

/**
 * Index-adjusts `value` from `fromYear` to `toYear` (DOMAIN §3.7).
 *
 * percent series: value × Π (1 + r_y/100) over y = fromYear+1 … toYear, each y shifted back by
 * `lag` (SKR's lagged uplift: with lag 2 a 2018 uplift uses the 2016 change). Going back in time
 * divides by the same factors.
 * level series: value × I(toYear − lag) / I(fromYear − lag).
 *
 * A year without a value is reported as missing, never treated as 0 % (or as level 0).
 */
export function indexuppräkning(value: number, series: IndexSeries, fromYear: number, toYear: number, lag = 0): UpliftResult {
  const base = { series: series.name, fromYear, toYear, lag };
  const years = series.kind === 'percent' ? changeYears(fromYear, toYear, lag) : levelYears(fromYear, toYear, lag);
  const missing = years.filter((y) => valueFor(series, y) === undefined);
  if (missing.length > 0) return { ok: false, ...base, kind: series.kind, missing, message: missingMessage(series.name, missing) };

  const steps: UpliftStep[] = years.map((year) => ({ year, indexValue: valueFor(series, year)! }));
  const factor = series.kind === 'percent' ? percentFactor(steps, toYear < fromYear) : levelFactor(series, fromYear - lag, toYear - lag);
  const result = value * factor;
  const factors = indexFactors(series, years);
  return {
    ok: true,
    ...base,
    kind: series.kind,
    value,
    result,
    factor,
    years,
    chain: chainText({ series, value, result, steps, backwards: toYear < fromYear, fromYear, toYear, lag }),
    source: series.source,
    factors,
    sources: indexSourcesText(factors),
  };
}

/** The same function under an ASCII name, for callers that prefer one. */
export const upliftByIndex = indexuppräkning;

/** Change years between two years (exclusive of the earlier), shifted back by the lag. */
function changeYears(fromYear: number, toYear: number, lag: number): number[] {
  const lo = Math.min(fromYear, toYear);
  const hi = Math.max(fromYear, toYear);
  const years: number[] = [];
  for (let y = lo + 1; y <= hi; y++) years.push(y - lag);
  return years;
}

function levelYears(fromYear: number, toYear: number, lag: number): number[] {
  if (fromYear === toYear) return [];
  return [fromYear - lag, toYear - lag].sort((a, b) => a - b);
}

function percentFactor(steps: UpliftStep[], backwards: boolean): number {
  const product = steps.reduce((f, s) => f * (1 + s.indexValue / 100), 1);
  return backwards ? 1 / product : product;
}

function levelFactor(series: IndexSeries, fromIndexYear: number, toIndexYear: number): number {
  if (fromIndexYear === toIndexYear) return 1;
  return valueFor(series, toIndexYear)! / valueFor(series, fromIndexYear)!;
}
