import { compactLabel } from '../text/normalize';

/** Something placed in a workbook that belongs to one nämnd or förvaltning: a table, a stated budgetram. */
export interface Scoped {
  sheet: string;
  /** The rows it occupies. */
  row: number;
  bottom: number;
  /** The nämnd its title or label names, compact ("kulturnämnd"). */
  name?: string;
}

const NAME = /\p{L}{3,}(nämnd|förvaltning|styrelse)(en|ens)?(?!\p{L})/iu;

/**
 * The organisation a title or sheet name names ("Resultatbudget kulturnämnd 2024" → kulturnämnd;
 * "Regional tillväxtnämnd" → tillväxtnämnd), in a compact form; undefined for a bare "nämnden".
 */
export function scopeName(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = NAME.exec(text.replace(/-\s+/g, ''));
  if (!m) return undefined;
  return compactLabel(m[0]).replace(/(en|ens)$/, '');
}

/**
 * The one of `candidates` that belongs with `item` (DOMAIN §3.3: each resultatbudget is held to its
 * own nämnd's ram): the one naming the same nämnd; else on the same sheet, the nearest one (on a
 * tie the one above: a footnote belongs to the table it follows); else, across the workbook, the
 * only one there is. Undefined where the scope cannot tell.
 */
export function inScope<T extends Scoped>(item: Scoped, candidates: readonly T[]): T | undefined {
  if (item.name) {
    const named = candidates.filter((c) => c.name && sameName(c.name, item.name!));
    if (named.length > 0) return nearest(item, named.filter((c) => c.sheet === item.sheet)) ?? named[0];
  }
  const unnamedOrAny = candidates.filter((c) => !item.name || !c.name || sameName(c.name, item.name));
  const onSheet = unnamedOrAny.filter((c) => c.sheet === item.sheet);
  if (onSheet.length > 0) return nearest(item, onSheet);
  return candidates.length === 1 && unnamedOrAny.length === 1 ? candidates[0] : undefined;
}

function sameName(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

function nearest<T extends Scoped>(item: Scoped, list: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestGap = Infinity;
  for (const c of list) {
    const gap = gapBetween(item, c);
    if (gap < bestGap) [best, bestGap] = [c, gap];
  }
  return best;
}

/** Rows between two placed things, 0 when they overlap; what lies above `item` is a half row nearer. */
function gapBetween(item: Scoped, other: Scoped): number {
  if (other.bottom < item.row) return item.row - other.bottom - 0.5;
  if (other.row > item.bottom) return other.row - item.bottom;
  return 0;
}
