/** Amount units convert into each other; any other pair of different units cannot be compared. */
const MONEY: Record<string, number> = { kr: 1, tkr: 1e3, mnkr: 1e6 };

export type UnitMatch = { ok: true; unit: string; scale: number } | { ok: false };

/**
 * The unit to compare in and the factor that brings `from` into it: a value without a unit takes
 * the other's ("1 090 811" against "1 512 170 kr"); tkr against mnkr is scaled.
 */
export function matchUnits(to: string | undefined, from: string | undefined): UnitMatch {
  if (!to && !from) return { ok: true, unit: '', scale: 1 };
  if (!to) return { ok: true, unit: from!, scale: 1 };
  if (!from || from === to) return { ok: true, unit: to, scale: 1 };
  if (to in MONEY && from in MONEY) return { ok: true, unit: to, scale: MONEY[from] / MONEY[to] };
  return { ok: false };
}
