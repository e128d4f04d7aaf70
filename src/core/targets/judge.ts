import type { TargetDirection, TargetValue } from './types';

/** Float allowance only; the figures are compared as the report states them. */
function eps(v: number): number {
  return 1e-9 * Math.max(1, Math.abs(v));
}

/** Met or not, for a figure against its målvärde in the row's direction (DOMAIN §3.6). */
export function isMet(direction: TargetDirection, actual: number, target: TargetValue): boolean {
  if (typeof target !== 'number') return actual >= target.min - eps(target.min) && actual <= target.max + eps(target.max);
  switch (direction) {
    case 'lower-is-better':
      return actual <= target + eps(target);
    case 'higher-is-better':
    case 'parity':
      return actual >= target - eps(target);
    default:
      // An interval direction with a single figure: met when equal.
      return Math.abs(actual - target) <= eps(target);
  }
}
