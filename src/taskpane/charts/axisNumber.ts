/**
 * Tick and callout text for chart axes in sv-SE ("−0,8", "1 234,5"), through the project's one
 * Swedish formatter. Axis callbacks get a bare value, not the step, so a tick shows the fewest
 * decimals (up to two) that write it exactly.
 */
import { formatSwedishNumber } from '../../core/numbers/swedishNumber';

const MAX_DECIMALS = 2;

function decimalsFor(value: number): number {
  for (let d = 0; d < MAX_DECIMALS; d++) {
    const scaled = value * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return d;
  }
  return MAX_DECIMALS;
}

/** A tick value as sv-SE text; the charting library also hands dates and category names to this. */
export function axisNumber(value: number | Date | string): string {
  if (typeof value !== 'number') return String(value);
  return formatSwedishNumber(value, decimalsFor(value));
}
