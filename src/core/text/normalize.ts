/**
 * Label normalisation for recognition. Real headers come out of PDF copies broken over lines
 * ("Budget-\navvikelse ack", "Öknings\ntakt (%)", "Kvinno\nr"), in any case and spacing.
 *
 * Every finder (periodrapport tables, styrtal, måluppfyllelse, IK-plans) normalises the same
 * header and label cells, so this runs for most text cells of a workbook several times. The
 * common label (single spaces between words, no line breaks) skips the regular expressions, and
 * the others are remembered for a while; the results are exactly those of the expressions.
 */

/** Untidy texts remembered; the memo starts afresh when full, so memory stays bounded. */
const MEMO_LIMIT = 10_000;
/** Longer texts (comments, descriptions) are normalised without being remembered. */
const MEMO_MAX_LENGTH = 200;
const untidy = new Map<string, string>();

/**
 * A character JavaScript's \s (and String.prototype.trim) takes for white space or a line
 * break: tab, line feed, vertical tab, form feed, carriage return, space, the Unicode space
 * separators, U+2028/U+2029 and U+FEFF.
 */
function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * True when the text's only white space is single ordinary spaces between other characters:
 * then replacing no-break spaces, joining hyphenation over line breaks, collapsing white space
 * and trimming all leave it as it is.
 */
function isTidy(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (!isSpaceCode(code)) continue;
    if (code !== 32 || i === 0 || i === n - 1 || text.charCodeAt(i + 1) === 32) return false;
  }
  return true;
}

function normalizeSlow(text: string): string {
  return text
    .replace(/[\u00A0\u202F\u2007]/g, ' ')
    .replace(/(\p{L})[-\u2010\u00AD]\s*[\r\n]+\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Lower case, line-break hyphenation joined, whitespace collapsed; å/ä/ö kept. */
export function normalizeLabel(text: string): string {
  if (isTidy(text)) return text.toLowerCase();
  const known = untidy.get(text);
  if (known !== undefined) return known;
  const value = normalizeSlow(text);
  if (text.length <= MEMO_MAX_LENGTH) {
    if (untidy.size >= MEMO_LIMIT) untidy.clear();
    untidy.set(text, value);
  }
  return value;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The normalised text with every character but letters, digits and % removed. */
function keepLettersDigits(text: string): string {
  // The common label loses only its spaces: then one native replace does, without the Unicode classes.
  let onlySpaces = true;
  let removes = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let keep: boolean;
    if (code < 128) keep = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 37;
    // A surrogate pair is one character to the expression: leave such texts to it.
    else if (code >= 0xd800 && code <= 0xdfff) return text.replace(/[^\p{L}\p{N}%]/gu, '');
    // å, ä, ö, é …: the Unicode classes decide, as in the expression.
    else keep = LETTER_OR_DIGIT.test(text[i]);
    if (keep) continue;
    removes = true;
    if (code !== 32) {
      onlySpaces = false;
      break;
    }
  }
  if (!removes) return text;
  return onlySpaces ? text.replace(/ /g, '') : text.replace(/[^\p{L}\p{N}%]/gu, '');
}

/**
 * Letters and digits only (plus %), so "Öknings takt (%)" and "Ökningstakt(%)" compare equal.
 * Keyword tests run on this form.
 */
export function compactLabel(text: string): string {
  return keepLettersDigits(normalizeLabel(text));
}

/** True when the compact label contains any of the given compact keywords. */
export function hasAny(compact: string, keywords: readonly string[]): boolean {
  return keywords.some((k) => compact.includes(k));
}

/** The four-digit years (1990–2099) mentioned in a label, in order. */
export function yearsIn(text: string): number[] {
  return (text.match(/(?<!\d)(19[9]\d|20\d\d)(?!\d)/g) ?? []).map(Number);
}
