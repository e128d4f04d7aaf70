/**
 * Numbers as sheet XML stores them ("45292", "-63.78"), read straight from the bytes: the values
 * of a large sheet are mostly such plain decimals, and making a string of each to hand it to
 * parseFloat costs more than reading it.
 */

/** 10^k for k = 0…22, each exact in a double (written as literals, not computed). */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** Digits the fast path takes: below 2^53, so the integer of the digits is exact. */
const MAX_DIGITS = 15;

/**
 * The value of bytes[start, end) when it is a plain decimal (optional "-", digits, optionally "."
 * and digits) of at most 15 digits; NaN otherwise, so the caller falls back to parseFloat. The
 * result is parseFloat's: an exact integer divided by an exact power of ten is correctly rounded.
 */
export function plainDecimal(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = i < end && bytes[i] === 0x2d;
  if (negative) i++;
  let digits = 0;
  let fraction = -1;
  let m = 0;
  for (; i < end; i++) {
    const b = bytes[i];
    const d = b - 0x30;
    if (d >= 0 && d <= 9) {
      m = m * 10 + d;
      digits++;
      if (fraction >= 0) fraction++;
    } else if (b === 0x2e && fraction < 0) fraction = 0;
    else return NaN;
  }
  if (digits === 0 || digits > MAX_DIGITS || fraction === 0) return NaN;
  const value = fraction > 0 ? m / POW10[fraction] : m;
  return negative ? -value : value;
}

/** A non-negative integer of at most 9 digits (a style or string index, a row number); -1 otherwise. */
export function plainIndex(bytes: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = bytes[i] - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
