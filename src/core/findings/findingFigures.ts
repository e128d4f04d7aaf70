/**
 * Expected / found / tolerance of a finding as sv-SE text ("−67,3", "±0,15").
 * A finding carries no number format, so the decimals shown are the most precise of: the values'
 * own decimals, and the precision that the rounding tolerance implies (±0,15 → one decimal), so
 * "35" found against "34" expected with ±0,15 reads "35,0" and "34,0" as in the message.
 */
import { displayedDecimals } from '../numbers/displayPrecision';
import { formatSwedishNumber } from '../numbers/swedishNumber';
import type { Finding } from './finding';

/** More decimals than this would only show binary noise. */
const MAX_DECIMALS = 6;
/** A computed value (a ratio, 7,289859 %) shows at most this many of its own decimals. */
const COMPUTED_DECIMALS = 3;

/** Decimals the value needs once rounded to MAX_DECIMALS (0.1 + 0.2 needs one). */
function ownDecimals(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return displayedDecimals(undefined, Number(value.toFixed(MAX_DECIMALS))).decimals;
}

/** A tolerance t covers rounding steps of about 2t: ±0,05 → 1 decimal, ±0,5 → 0 decimals. */
function toleranceDecimals(tolerance: number | undefined): number {
  if (tolerance === undefined || !(tolerance > 0)) return 0;
  return Math.min(MAX_DECIMALS, Math.max(0, Math.ceil(-Math.log10(2 * tolerance) - 1e-9)));
}

export interface FigureText {
  label: 'Förväntat' | 'Funnet' | 'Tolerans';
  text: string;
}

/** The figures a finding carries, in display order; empty when it carries none. */
export function findingFigures(f: Finding): FigureText[] {
  const expectedOwn = f.expected === undefined ? 0 : ownDecimals(f.expected);
  // An expected value with many decimals was computed (a ratio): one decimal reads it, more is noise.
  const computed = expectedOwn > COMPUTED_DECIMALS;
  const decimals = Math.max(
    toleranceDecimals(f.tolerance),
    f.found === undefined ? 0 : Math.min(ownDecimals(f.found), COMPUTED_DECIMALS),
    computed ? 1 : expectedOwn,
  );
  const out: FigureText[] = [];
  if (f.expected !== undefined) out.push({ label: 'Förväntat', text: formatSwedishNumber(f.expected, decimals) });
  if (f.found !== undefined) out.push({ label: 'Funnet', text: formatSwedishNumber(f.found, decimals) });
  if (f.tolerance !== undefined) {
    const tolDecimals = Math.min(ownDecimals(f.tolerance), decimals + 2);
    out.push({ label: 'Tolerans', text: `±${formatSwedishNumber(f.tolerance, tolDecimals)}` });
  }
  return out;
}

/** "förväntat 7,3; funnet 77,0; tolerans ±1,93" for plain-text reports. */
export function findingFiguresText(f: Finding): string {
  return findingFigures(f).map((x) => `${x.label.toLowerCase()} ${x.text}`).join('; ');
}
