/**
 * The two ways of drawing k items from a stratum with the seeded generator: uniformly (a partial
 * Fisher–Yates shuffle) or by monetary units (each krona equally likely, so large amounts are
 * likelier). Both return item indices; both depend only on the seed and the items' order.
 */
import { randomBelow, randomFraction, type Random32 } from './prng';

/** k distinct indices of 0 … count − 1, uniformly. */
export function drawUniform(next: Random32, count: number, k: number): number[] {
  const take = Math.min(k, count);
  const index = new Uint32Array(count);
  for (let i = 0; i < count; i++) index[i] = i;
  for (let i = 0; i < take; i++) {
    const j = i + randomBelow(next, count - i);
    const t = index[i];
    index[i] = index[j];
    index[j] = t;
  }
  return Array.from(index.subarray(0, take));
}

/**
 * Monetary-unit sampling: systematic selection on the cumulative weights from a random start.
 * Items as large as the sampling interval would be hit more than once; they are taken with
 * certainty first (the interval shrinks as they leave, so this repeats until none is that large),
 * which keeps the result at k distinct items. Items of weight 0 cannot be drawn.
 */
export function drawMonetary(next: Random32, weights: ArrayLike<number>, k: number): number[] {
  const count = weights.length;
  let positive = 0;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (weights[i] > 0) {
      positive++;
      total += weights[i];
    }
  }
  let left = Math.min(k, positive);
  const taken = new Uint8Array(count);
  const chosen: number[] = [];
  for (let found = true; found && left > 0; ) {
    found = false;
    const interval = total / left;
    for (let i = 0; i < count; i++) {
      if (!taken[i] && weights[i] > 0 && weights[i] >= interval) {
        taken[i] = 1;
        chosen.push(i);
        total -= weights[i];
        left--;
        found = true;
      }
    }
  }
  if (left === 0) return chosen;

  const interval = total / left;
  let point = randomFraction(next) * interval;
  let cumulative = 0;
  let picked = 0;
  for (let i = 0; i < count && picked < left; i++) {
    if (taken[i] || !(weights[i] > 0)) continue;
    cumulative += weights[i];
    if (point < cumulative) {
      taken[i] = 1;
      chosen.push(i);
      picked++;
      point += interval;
    }
  }
  // Rounding can leave the last point a hair past the end: take the last items not yet chosen.
  for (let i = count - 1; i >= 0 && picked < left; i--) {
    if (!taken[i] && weights[i] > 0) {
      taken[i] = 1;
      chosen.push(i);
      picked++;
    }
  }
  return chosen;
}
