import { normalizeLabel } from '../text/normalize';
import type { StyrtalValue } from './styrtalValue';

/** "Regionstyrelsens och nämndernas budgetunderskott ska minska" (DOMAIN §3.6). */
export function isDeficitIndicator(name: string): boolean {
  return /underskott/.test(normalizeLabel(name));
}

export interface DeficitReading {
  /** Utfall as a signed budgetavvikelse: positive = överskott, negative = underskott. */
  actual: number;
  /** The least acceptable budgetavvikelse: −(largest allowed underskott). */
  target: number;
  note: string;
  /** True when the utfall was a bare positive figure, read as an överskott by the convention. */
  positiveReadAsSurplus: boolean;
}

/**
 * The sign convention for deficit indicators, made explicit:
 * - the utfall is read as budgetavvikelse as in the resultatrapport (DOMAIN §4): positive is an
 *   överskott, negative an underskott, unless the cell itself says "underskott" or "överskott";
 * - the målvärde is the largest underskott allowed, as a magnitude ("0 mnkr": no underskott),
 *   unless the cell says "överskott" (then it is a required överskott).
 * The row is then judged as "budgetavvikelse ≥ −målvärde", higher is better.
 */
export function readDeficit(actual: StyrtalValue, target: StyrtalValue, fmt: (v: number, decimals: number) => string): DeficitReading | undefined {
  if (actual.value === undefined || target.value === undefined) return undefined;
  const actualWords = normalizeLabel(`${actual.qualifier ?? ''} ${actual.text}`);
  const targetWords = normalizeLabel(`${target.qualifier ?? ''} ${target.text}`);
  let signed = actual.value;
  if (/underskott/.test(actualWords)) signed = -Math.abs(actual.value);
  else if (/överskott/.test(actualWords)) signed = Math.abs(actual.value);
  const allowedDeficit = /överskott/.test(targetWords) ? -Math.abs(target.value) : Math.abs(target.value);
  const least = allowedDeficit === 0 ? 0 : -allowedDeficit;
  const positiveReadAsSurplus = signed > 0 && !/överskott/.test(actualWords);
  const a = (v: number) => fmt(v, actual.decimals);
  const t = (v: number) => fmt(v, target.decimals);
  const kind = signed > 0 ? `ett överskott på ${a(signed)}` : signed < 0 ? `ett underskott på ${a(-signed)}` : 'varken över- eller underskott';
  const note =
    `Budgetunderskott: utfallet läses som budgetavvikelse (positivt = överskott, negativt = underskott, som i resultatrapporten), alltså ${kind}` +
    `; målvärdet ${t(target.value)} är det största tillåtna underskottet. Uppnått när budgetavvikelsen är minst ${t(least)}.`;
  return { actual: signed, target: least, note, positiveReadAsSurplus };
}
