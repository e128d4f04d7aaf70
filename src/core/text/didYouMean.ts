/**
 * The question back for a name that matches nothing exactly: names that contain what the user
 * wrote or are contained in it ("Övriga" → Övriga intäkter, Övriga kostnader) are offered, never
 * chosen, since a silent guess computes the wrong thing.
 */
import { swedishList } from './swedishList';

/** Candidates whose compact name contains `want` (compact form) or is contained in it. */
export function nearNames<T extends { compact: string }>(want: string, candidates: readonly T[]): T[] {
  if (!want) return [];
  return candidates.filter((c) => c.compact.includes(want) || want.includes(c.compact));
}

/** "Menade du Prognos?", "Menade du Övriga intäkter eller Övriga kostnader?" */
export function didYouMean(names: readonly string[]): string {
  return `Menade du ${swedishList([...names], 'eller')}?`;
}
