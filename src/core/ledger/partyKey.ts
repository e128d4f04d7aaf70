/**
 * Supplier names and organisation numbers compared as a controller would: "Kontorsvaruhuset AB",
 * "KONTORSVARUHUSET Aktiebolag" and "Kontorsvaruhuset i Sverige (publ)" differ only in case,
 * company form and punctuation; 556677-8899 and 5566778899 (or 165566778899) are one number.
 */
import { normalizeLabel } from '../text/normalize';

/** Company-form words that say nothing about who the supplier is. */
const FORM_WORDS = new Set(['ab', 'aktiebolag', 'aktiebolaget', 'publ', 'hb', 'handelsbolag', 'kb', 'kommanditbolag']);

/** Lower case, punctuation and company form dropped, words joined; "" when nothing is left. */
export function partyKey(name: string): string {
  return normalizeLabel(name)
    .replace(/&/g, ' och ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '' && !FORM_WORDS.has(w))
    .join('');
}

/** Ten digits of a Swedish organisation number; undefined when the text is not one. */
export function orgNrKey(text: string): string | undefined {
  const digits = text.replace(/[\s\u00A0-]/g, '');
  if (/^\d{10}$/.test(digits)) return digits;
  // A twelve-digit form carries the century (16 for legal persons, 19/20 for sole traders).
  if (/^(16|19|20)\d{10}$/.test(digits)) return digits.slice(2);
  return undefined;
}
