import { formatSwedishNumber } from '../numbers/swedishNumber';

/** "12 345 kr", or "12 345,50 kr" when there are öre. */
export function kr(value: number): string {
  const decimals = Math.abs(value * 100 - Math.round(value) * 100) < 0.5 ? 0 : 2;
  return formatSwedishNumber(value, decimals, 'kr');
}

/** Whole öre, as a key: 0.1 + 0.2 and 0.3 are the same amount. */
export function cents(value: number): number {
  return Math.round(value * 100);
}
