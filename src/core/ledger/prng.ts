/**
 * A small seeded random generator of our own, so that the same seed gives the same stickprov in
 * Excel, in the browser and on the command line (Math.random cannot be seeded, and engines differ).
 * Mulberry32: 32-bit state, integer arithmetic only (Math.imul), identical on every host.
 */

export type Random32 = () => number;

/** A generator of unsigned 32-bit integers from a 32-bit seed. */
export function mulberry32(seed: number): Random32 {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const TWO_32 = 0x1_0000_0000;

/** A uniform integer in [0, bound), without modulo bias (rejection of the uneven top slice). */
export function randomBelow(next: Random32, bound: number): number {
  if (bound <= 1) return 0;
  const limit = TWO_32 - (TWO_32 % bound);
  let r = next();
  while (r >= limit) r = next();
  return r % bound;
}

/** A uniform fraction in [0, 1). */
export function randomFraction(next: Random32): number {
  return next() / TWO_32;
}

/**
 * The seed a user typed: a whole number 0 … 4 294 967 295 is used as is; any other text is hashed
 * (FNV-1a), so "ik-2025-mars" is a valid, reproducible seed too.
 */
export function seedFromText(text: string): number {
  const t = text.trim();
  if (/^\d{1,10}$/.test(t) && Number(t) < TWO_32) return Number(t);
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) {
    h ^= t.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
