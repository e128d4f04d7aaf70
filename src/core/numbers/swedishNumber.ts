/**
 * Swedish number text (DOMAIN §6): reading figures typed or pasted into cells ("1 234,5",
 * "−2,4 mnkr", "20 %") and writing figures for Swedish messages. The one sv-SE number formatter
 * for every host (pane, page, CLI, written sheets), so separators and the minus sign never differ.
 *
 * Parsing is deliberately strict: a text cell that parses is reported as "number stored as text",
 * so a label, a date or a range like "40- 60 %" must never be mistaken for a number.
 */

export type SwedishUnit = 'kr' | 'tkr' | 'mnkr' | 'st' | '%';

export interface ParsedSwedishNumber {
  value: number;
  unit?: SwedishUnit;
}

/** Thousands separators seen in practice: space, no-break space, narrow no-break space. */
const GROUP_SEPARATOR = '[ \\u00A0\\u202F]';

/** Hyphen-minus, minus sign U+2212 and en dash U+2013 (PDF copies turn minus into a dash). */
const MINUS = /^[-\u2212\u2013]$/;

/**
 * sign? then either grouped digits ("1 234 567") or plain digits, then an optional fraction,
 * then an optional unit. The fraction separator is captured so the dot case can be vetted.
 */
const NUMBER_PATTERN = new RegExp(
  '^([+\\-\\u2212\\u2013])?' +
    `(\\d{1,3}(?:${GROUP_SEPARATOR}\\d{3})+|\\d+)` +
    '(?:([,.])(\\d+))?' +
    `(?:${GROUP_SEPARATOR}?(mnkr|tkr|kr|st|%))?$`,
  'i',
);

/**
 * "1.234" could be 1,234 (thousands dot, as in some exports) or 1.234: refuse to guess.
 * A dot is safe when the integer part is grouped with spaces, is 0, is longer than a thousands
 * group could start with, or when the fraction is not exactly three digits.
 */
function dotIsAmbiguous(integerPart: string, fraction: string): boolean {
  const grouped = /\D/.test(integerPart);
  return !grouped && fraction.length === 3 && integerPart.length <= 3 && !/^0+$/.test(integerPart);
}

/** Parses Swedish number text; undefined when the text is anything but a single number. */
export function parseSwedishNumber(text: string): ParsedSwedishNumber | undefined {
  // String.prototype.trim also strips U+00A0 and U+202F, which pasted text often ends with.
  // A leading apostrophe is Excel's "store as text" marker when it is pasted along.
  const m = NUMBER_PATTERN.exec(text.trim().replace(/^'\s*/, ''));
  if (!m) return undefined;
  const [, sign, integerPart, separator, fraction, unit] = m;
  if (separator === '.' && dotIsAmbiguous(integerPart, fraction)) return undefined;

  const digits = integerPart.replace(/\D/g, '') + (fraction !== undefined ? `.${fraction}` : '');
  const magnitude = Number(digits);
  if (!Number.isFinite(magnitude)) return undefined;
  // "−0,0" is zero; a negative zero would only print oddly later.
  const value = sign !== undefined && MINUS.test(sign) && magnitude !== 0 ? -magnitude : magnitude;

  return unit === undefined ? { value } : { value, unit: unit.toLowerCase() as SwedishUnit };
}

const NBSP = '\u00A0';
const MINUS_SIGN = '\u2212';

/**
 * Decimal digits of |value| rounded to `decimals` places, as integer and fraction strings.
 * Works on the 15-significant-digit decimal form, as Excel does, so 1.005 shown with two
 * decimals is "1,01" (the binary value is 1.00499…, which naive rounding would show as "1,00").
 */
function roundedDigits(absValue: number, decimals: number): { intPart: string; fracPart: string } {
  const [mantissa, exponentText] = absValue.toPrecision(15).split('e');
  const [lead, tail = ''] = mantissa.split('.');
  let digits = (lead + tail).split('').map(Number);
  // Position of the decimal point counted in digits from the left (may be ≤ 0 or past the end).
  let point = lead.length + (exponentText !== undefined ? Number(exponentText) : 0);

  const keep = point + decimals;
  if (keep < 0) {
    digits = [0];
    point = 1;
  } else if (keep < digits.length) {
    const roundUp = digits[keep] >= 5;
    digits = digits.slice(0, keep);
    if (roundUp) {
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === 9) digits[i--] = 0;
      if (i >= 0) digits[i] += 1;
      else {
        digits.unshift(1);
        point += 1;
      }
    }
  }

  const at = (i: number): number => (i >= 0 && i < digits.length ? digits[i] : 0);
  let intPart = '';
  for (let i = 0; i < Math.max(point, 1); i++) intPart += String(point >= 1 ? at(i) : 0);
  intPart = intPart.replace(/^0+(?=\d)/, '');
  let fracPart = '';
  for (let i = 0; i < decimals; i++) fracPart += String(at(point + i));
  return { intPart, fracPart };
}

/** "1234567" → "1 234 567" with no-break spaces, so a figure never wraps across lines. */
function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+$)/g, NBSP);
}

/**
 * sv-SE display of a figure: no-break space between thousands, decimal comma, real minus sign,
 * unit after a no-break space ("−2,4 mnkr", "20 %", "1 234,5"). Percent values are written as
 * given (20 → "20 %"), mirroring parseSwedishNumber. Negative `decimals` round to tens, hundreds …
 * A value that rounds to zero is written without sign ("0,0", never "−0,0").
 */
export function formatSwedishNumber(value: number, decimals: number, unit?: string): string {
  const suffix = unit ? `${NBSP}${unit}` : '';
  if (Number.isNaN(value)) return `–${suffix}`;
  if (!Number.isFinite(value)) return `${value < 0 ? MINUS_SIGN : ''}∞${suffix}`;

  const d = Math.trunc(decimals);
  const { intPart, fracPart } = roundedDigits(Math.abs(value), d);
  const isZero = /^0*$/.test(intPart + fracPart);
  const sign = value < 0 && !isZero ? MINUS_SIGN : '';
  const body = groupThousands(intPart) + (fracPart ? `,${fracPart}` : '');
  return sign + body + suffix;
}

/** "+3,9 mnkr", "−2,4 mnkr", "0,0 mnkr": a change always shows which way it goes; zero has no sign. */
export function formatSignedSwedishNumber(value: number, decimals: number, unit?: string): string {
  const text = formatSwedishNumber(value, decimals, unit);
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/**
 * A figure with no number format of its own (a typed value, a styrtal, an index value): as many
 * decimals as it has, at most `maxDecimals` so binary noise never shows. 2 → "2", 3.5 → "3,5",
 * 0.1 + 0.2 → "0,3", −1.25 → "−1,25".
 */
export function formatSwedishFigure(value: number, maxDecimals = 6, unit?: string): string {
  const text = formatSwedishNumber(value, maxDecimals).replace(/,(\d*?)0+$/, (_m, kept: string) => (kept ? `,${kept}` : ''));
  return unit ? `${text}${NBSP}${unit}` : text;
}
