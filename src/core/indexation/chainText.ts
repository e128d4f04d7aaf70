import { displayedDecimals } from '../numbers/displayPrecision';
import { formatSwedishNumber } from '../numbers/swedishNumber';
import type { IndexSeries } from './series';
import type { UpliftStep } from './uplift';

export interface ChainInput {
  series: IndexSeries;
  value: number;
  result: number;
  steps: UpliftStep[];
  backwards: boolean;
  fromYear: number;
  toYear: number;
  lag: number;
}

/** Amounts in a chain keep the decimals of the input value, at most two (kronor and ören). */
const MAX_AMOUNT_DECIMALS = 2;

/**
 * The Swedish chain a controller can redo by hand:
 *   "1 000 000 × 1,035 × 1,029 = 1 065 015 (LPIK 2024, 2025)"
 *   "1 000 000 × 403,70 / 343,19 = 1 176 316 (KPI 2023 / 2021)"
 *   "… (LPIK 2023, 2024; eftersläpning 1 år: uppräkning 2023–2025)"
 */
export function chainText(input: ChainInput): string {
  const { series, value, result, steps } = input;
  const amountDecimals = Math.min(MAX_AMOUNT_DECIMALS, displayedDecimals(undefined, value).decimals);
  const amount = (v: number) => formatSwedishNumber(v, amountDecimals);
  const left = amount(value);
  const right = amount(result);

  if (input.fromYear === input.toYear) {
    return `${left} = ${right} (${series.name}: samma år, ingen uppräkning)`;
  }
  if (series.kind === 'level') {
    const [fromIdx, toIdx] = [input.fromYear - input.lag, input.toYear - input.lag];
    const level = (y: number) => formatLevel(series, steps.find((s) => s.year === y)!.indexValue);
    return `${left} × ${level(toIdx)} / ${level(fromIdx)} = ${right} (${series.name} ${toIdx} / ${fromIdx}${lagNote(input)})`;
  }
  const op = input.backwards ? ' / ' : ' × ';
  const factors = steps.map((s) => formatFactor(s.indexValue)).join(op);
  const years = steps.map((s) => s.year).join(', ');
  return `${left}${op}${factors} = ${right} (${series.name} ${years}${input.backwards ? ', nedräkning' : ''}${lagNote(input)})`;
}

function lagNote(input: ChainInput): string {
  if (input.lag === 0) return '';
  return `; eftersläpning ${input.lag} år: uppräkning ${input.fromYear}–${input.toYear}`;
}

/** 3.5 % -> "1,035"; 2.85 % -> "1,0285": exactly the factor, no more digits than the change has. */
export function formatFactor(changePercent: number): string {
  const d = displayedDecimals(undefined, changePercent).decimals + 2;
  return formatSwedishNumber(1 + changePercent / 100, d);
}

function formatLevel(series: IndexSeries, level: number): string {
  const d = Math.max(series.decimals ?? 0, displayedDecimals(undefined, level).decimals);
  return formatSwedishNumber(level, d);
}
