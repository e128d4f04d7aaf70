import { ruleInfo, type RuleId } from '../rules/catalogue';
import type { Finding } from '../findings/finding';
import { a1 } from '../model/address';
import { formatSwedishNumber } from '../numbers/swedishNumber';
import { isBounded, mid, neg, overlaps, radius, type Interval } from '../numbers/interval';
import type { Figure } from './figures';

/** True when a reported figure can be the value of the expression, given rounding on both sides. */
export function consistent(found: Figure, expected: Interval): boolean {
  return !isBounded(expected) || overlaps(found.interval, expected);
}

/**
 * A figure against a reference that may be written with the opposite sign (a budgetram stated
 * positive, the result it must match negative): undefined when they agree within rounding.
 */
export function magnitudeMismatch(found: Figure, reference: Interval, referenceValue: number): Mismatch | undefined {
  const expected = (found.value <= 0) !== (referenceValue <= 0) ? neg(reference) : reference;
  return consistent(found, expected) ? undefined : measure(found, expected);
}

export interface Mismatch {
  expected: number;
  found: number;
  difference: number;
  tolerance: number;
}

/** Size of a discrepancy and the rounding tolerance that was allowed for it. */
export function measure(found: Figure, expected: Interval): Mismatch {
  const e = mid(expected);
  return {
    expected: tidy(e),
    found: tidy(found.value),
    difference: tidy(found.value - e),
    tolerance: tidy(radius(expected) + radius(found.interval)),
  };
}

/** Rounds away binary noise (−101.30000000000001) in numbers that reach the user. */
export function tidy(v: number): number {
  return Math.round(v * 1e9) / 1e9;
}

/** Swedish figure with the decimals the cell shows. */
export function fmt(v: number, decimals: number): string {
  return formatSwedishNumber(v, Math.max(0, Math.min(decimals, 6)));
}

/** Tolerance as "±0,2", with one more decimal when the rounding needs it ("±0,15"). */
export function fmtTolerance(t: number, decimals: number): string {
  for (let d = Math.max(0, decimals); d <= decimals + 2; d++) {
    if (Math.abs(Number(t.toFixed(d)) - t) < 1e-9) return `±${formatSwedishNumber(t, d)}`;
  }
  return `±${formatSwedishNumber(t, decimals + 2)}`;
}

export function makeFinding(
  rule: RuleId,
  sheet: string,
  row: number,
  col: number,
  message: string,
  m?: Mismatch,
): Finding {
  const f: Finding = { rule, severity: ruleInfo(rule).severity, sheet, cell: a1(row, col), message };
  if (m) {
    f.expected = m.expected;
    f.found = m.found;
    f.tolerance = m.tolerance;
  }
  return f;
}

/** "avvikelsen 0,5 är större än avrundningen tillåter (±0,2)" */
export function differenceClause(m: Mismatch, decimals: number): string {
  return `avvikelsen ${fmt(Math.abs(m.difference), decimals)} är större än avrundningen tillåter (${fmtTolerance(m.tolerance, decimals)})`;
}
