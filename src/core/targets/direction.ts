import { normalizeLabel } from '../text/normalize';
import type { TargetDirection } from './types';

export interface DirectionReading {
  direction: TargetDirection;
  /** Swedish: what the text said, or what was assumed when it said nothing. */
  reason: string;
  /** True when nothing in the text decided it. */
  assumed: boolean;
}

/** A whole-word pattern; JavaScript regex word boundaries do not know å, ä and ö. */
function word(source: string, open = false): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})${open ? '' : '(?![\\p{L}\\p{N}])'}`, 'u');
}

/** Explicit words first ("ska minska" beats the "öka" of a longer sentence), then known measures. */
const LOWER = [word('ska\\s+(?:minska|sänkas|vara\\s+lägre|understiga)'), word('minska[sr]?'), word('lägre\\s+än')];
const HIGHER = [word('ska\\s+(?:öka|höjas|vara\\s+högre|överstiga)'), word('öka[sr]?'), word('högre\\s+än')];
const PARITY = [word('i\\s+paritet'), word('paritet\\s+med'), word('i\\s+nivå\\s+med'), word('bibehåll', true)];
/** Measures where less is better even when the row does not say so (DOMAIN §3.6). */
const LOWER_BY_NATURE = [/sjukfrånvaro/, /underskott/];

/**
 * The direction of a styrtal from its text and the form of its målvärde (DOMAIN §3.6):
 * an interval målvärde ("40- 60 %") is met inside it; "ska minska" is lower-is-better,
 * "ska öka" higher-is-better, "i paritet med 2023" at least the reference; otherwise amounts and
 * counts are taken as higher-is-better, and the reading says that this was an assumption.
 */
export function readDirection(name: string, targetIsInterval: boolean): DirectionReading {
  const text = normalizeLabel(name);
  if (targetIsInterval) return { direction: 'interval', reason: 'Målvärdet är ett intervall: uppnått när utfallet ligger inom det (gränserna inräknade).', assumed: false };
  const lowerAt = firstMatch(text, LOWER);
  const higherAt = firstMatch(text, HIGHER);
  if (lowerAt !== undefined && (higherAt === undefined || lowerAt <= higherAt)) {
    return { direction: 'lower-is-better', reason: 'Texten säger att värdet ska minska: lägre är bättre.', assumed: false };
  }
  if (higherAt !== undefined) return { direction: 'higher-is-better', reason: 'Texten säger att värdet ska öka: högre är bättre.', assumed: false };
  if (firstMatch(text, PARITY) !== undefined) {
    return { direction: 'parity', reason: 'Målvärdet är i paritet med referensåret: uppnått när utfallet är minst lika stort.', assumed: false };
  }
  if (firstMatch(text, LOWER_BY_NATURE) !== undefined) {
    return { direction: 'lower-is-better', reason: 'Riktning står inte i texten; för detta mått är lägre bättre (antaget).', assumed: true };
  }
  return { direction: 'higher-is-better', reason: 'Riktning står inte i texten; högre är bättre har antagits.', assumed: true };
}

function firstMatch(text: string, patterns: RegExp[]): number | undefined {
  let best: number | undefined;
  for (const p of patterns) {
    const m = p.exec(text);
    if (m && (best === undefined || m.index < best)) best = m.index;
  }
  return best;
}
