/**
 * The one rule for "better or worse than budget". A budget or prognos avvikelse is oriented so
 * that a positive figure is always the better outcome (DOMAIN §4: utfall − budget with costs
 * negative, budget − utfall on cost rows written positive), so the verdict reads the sign alone;
 * the words then say what the better outcome means for the row: lower costs, higher revenues.
 */
import type { Section } from '../tables/table';

export type VarianceVerdict = 'better' | 'worse' | 'level';

/** 'level' when the avvikelse is zero as shown with `decimals` decimals. */
export function varianceVerdict(variance: number, decimals: number): VarianceVerdict {
  if (Math.abs(variance) < 0.5 * 10 ** -decimals) return 'level';
  return variance > 0 ? 'better' : 'worse';
}

/** "bättre än budget", "sämre än prognos", "i nivå med budget". */
export function verdictWords(verdict: VarianceVerdict, against = 'budget'): string {
  if (verdict === 'level') return `i nivå med ${against}`;
  return `${verdict === 'better' ? 'bättre' : 'sämre'} än ${against}`;
}

/**
 * What the verdict means for a row of its section: better is "lägre kostnader än budget" on a cost
 * row and "högre intäkter än budget" on a revenue row; a row of neither kind is only better or worse.
 */
export function rowVarianceWords(verdict: VarianceVerdict, section: Section, against = 'budget'): string {
  if (verdict === 'level' || section === 'neutral') return verdictWords(verdict, against);
  if (section === 'cost') return `${verdict === 'better' ? 'lägre' : 'högre'} kostnader än ${against}`;
  return `${verdict === 'better' ? 'högre' : 'lägre'} intäkter än ${against}`;
}
