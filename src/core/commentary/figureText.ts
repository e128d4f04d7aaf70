/** Figures as the commentary quotes them: sv-SE, the report's own decimals, a sign on avvikelser. */
import { formatSwedishNumber } from '../numbers/swedishNumber';

export function amount(value: number, decimals: number, unit?: string): string {
  return formatSwedishNumber(value, decimals, unit);
}

/** "+3,9 mnkr", "−2,4 mnkr", "0,0 mnkr": an avvikelse always shows which way it goes. */
export function signedAmount(value: number, decimals: number, unit?: string): string {
  const text = formatSwedishNumber(value, decimals, unit);
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}
