/**
 * Closed intervals for rounding-aware checks (DOMAIN §5).
 *
 * A figure shown with d decimals stands for every true value within ±0.5·10^−d, so a relation
 * such as "sum = Σ rows" is checked by computing the interval of the right-hand side and asking
 * whether it overlaps the interval of the reported figure. No fixed epsilon is involved.
 *
 * Bounds may be ±Infinity: the unbounded interval means "anything is possible" (e.g. a ratio
 * whose denominator may be zero) and therefore overlaps everything, which keeps checks silent
 * rather than raising false alarms.
 */

export interface Interval {
  lo: number;
  hi: number;
}

/** The interval that says nothing: used whenever a bound cannot be computed. */
export const UNBOUNDED: Readonly<Interval> = Object.freeze({ lo: -Infinity, hi: Infinity });

/** Every constructor goes through here so that a NaN bound can never leak into a check. */
function make(lo: number, hi: number): Interval {
  if (Number.isNaN(lo) || Number.isNaN(hi)) return { lo: -Infinity, hi: Infinity };
  return lo <= hi ? { lo, hi } : { lo: hi, hi: lo };
}

/** An exact value, e.g. a formula result over unrounded data. */
export function point(v: number): Interval {
  return make(v, v);
}

/**
 * The interval a figure shown with `decimals` decimals stands for: value ± 0.5·10^−decimals.
 * Negative decimals are allowed (a cell shown in thousands of its stored unit has decimals −3).
 */
export function around(value: number, decimals: number): Interval {
  return fromRadius(value, 0.5 * Math.pow(10, -decimals));
}

export function fromRadius(value: number, radius: number): Interval {
  const r = Math.abs(radius);
  return make(value - r, value + r);
}

export function add(a: Interval, b: Interval): Interval {
  return make(a.lo + b.lo, a.hi + b.hi);
}

/** Crossed bounds: the smallest difference takes the largest subtrahend. */
export function sub(a: Interval, b: Interval): Interval {
  return make(a.lo - b.hi, a.hi - b.lo);
}

export function neg(a: Interval): Interval {
  return make(-a.hi, -a.lo);
}

/** The magnitudes an interval's values may have: |x| for x in a. */
export function abs(a: Interval): Interval {
  if (a.lo >= 0) return a;
  if (a.hi <= 0) return neg(a);
  return make(0, Math.max(-a.lo, a.hi));
}

/** Min/max over the four corner values; any undefined corner (0·∞, ∞/∞) gives UNBOUNDED. */
function corners(values: number[]): Interval {
  if (values.some((v) => Number.isNaN(v))) return { lo: -Infinity, hi: Infinity };
  return make(Math.min(...values), Math.max(...values));
}

export function mul(a: Interval, b: Interval): Interval {
  return corners([a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]);
}

/** A denominator that may be zero allows any quotient, so the result is UNBOUNDED. */
export function div(a: Interval, b: Interval): Interval {
  if (b.lo <= 0 && b.hi >= 0) return { lo: -Infinity, hi: Infinity };
  return corners([a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi]);
}

/** Multiplication by an exact constant (e.g. ×100 for a percentage). */
export function scale(a: Interval, k: number): Interval {
  return mul(a, point(k));
}

/** Σ of intervals; the empty sum is exactly 0. */
export function sumIntervals(list: readonly Interval[]): Interval {
  return list.reduce<Interval>((acc, x) => add(acc, x), point(0));
}

/** Largest finite magnitude among the bounds, at least 1; basis of the float slack. */
function magnitude(...values: number[]): number {
  let m = 1;
  for (const v of values) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  return m;
}

/**
 * Allowance for binary floating-point noise only (0.1 + 0.2 ≠ 0.3), never for rounding:
 * rounding is already in the bounds. Relative for large figures, absolute (1e-9) near zero.
 */
function slack(...values: number[]): number {
  return 1e-9 * magnitude(...values);
}

/** True when the intervals share a value, allowing for float noise. */
export function overlaps(a: Interval, b: Interval): boolean {
  const s = slack(a.lo, a.hi, b.lo, b.hi);
  return a.lo <= b.hi + s && b.lo <= a.hi + s;
}

/** True when v lies in a, with the same float allowance as `overlaps`. */
export function contains(a: Interval, v: number): boolean {
  if (Number.isNaN(v)) return false;
  return overlaps(a, point(v));
}

/** Centre of a bounded interval; NaN when a bound is infinite (there is no meaningful centre). */
export function mid(a: Interval): number {
  if (!isBounded(a)) return NaN;
  // Halving first avoids overflow for bounds near ±Number.MAX_VALUE.
  return a.lo / 2 + a.hi / 2;
}

/** Half-width: the tolerance a check applied, as reported in findings. Infinity when unbounded. */
export function radius(a: Interval): number {
  if (!isBounded(a)) return Infinity;
  return a.hi / 2 - a.lo / 2;
}

export function isBounded(a: Interval): boolean {
  return Number.isFinite(a.lo) && Number.isFinite(a.hi);
}
