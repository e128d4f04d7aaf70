/** sv-SE figures in the scenario tab: amounts with one decimal, "–" where nothing can be computed. */
import { formatSignedSwedishNumber, formatSwedishNumber } from '../../core/numbers/swedishNumber';

export function amount(v: number | null | undefined, unit?: string): string {
  return v === null || v === undefined ? '–' : formatSwedishNumber(v, 1, unit);
}

/** A change with its sign: "+1,2", "−4,8", "0,0". */
export function signedAmount(v: number | null | undefined, unit?: string): string {
  return v === null || v === undefined ? '–' : formatSignedSwedishNumber(v, 1, unit);
}

export function percent(v: number, decimals = 1): string {
  return formatSwedishNumber(v, decimals, '%');
}
