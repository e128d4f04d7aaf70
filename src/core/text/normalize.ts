/**
 * Label normalisation for recognition. Real headers come out of PDF copies broken over lines
 * ("Budget-\navvikelse ack", "Öknings\ntakt (%)", "Kvinno\nr"), in any case and spacing.
 */

/** Lower case, line-break hyphenation joined, whitespace collapsed; å/ä/ö kept. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/[\u00A0\u202F\u2007]/g, ' ')
    .replace(/(\p{L})[-\u2010\u00AD]\s*[\r\n]+\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Letters and digits only (plus %), so "Öknings takt (%)" and "Ökningstakt(%)" compare equal.
 * Keyword tests run on this form.
 */
export function compactLabel(text: string): string {
  return normalizeLabel(text).replace(/[^\p{L}\p{N}%]/gu, '');
}

/** True when the compact label contains any of the given compact keywords. */
export function hasAny(compact: string, keywords: readonly string[]): boolean {
  return keywords.some((k) => compact.includes(k));
}

/** The four-digit years (1990–2099) mentioned in a label, in order. */
export function yearsIn(text: string): number[] {
  return (text.match(/(?<!\d)(19[9]\d|20\d\d)(?!\d)/g) ?? []).map(Number);
}
