/**
 * A stored number as Swedish Excel shows it under the cell's number format: the decimals the
 * format shows, percent with "%", thousands scaling, grouping only when the format groups, and
 * always the real minus sign. An approximation of Excel's formats, good enough to recognise the
 * figure; it never decides a finding. Dates are not handled here (the caller knows its dates).
 */
import { displayedDecimals, isPercentFormat } from './displayPrecision';
import { formatSwedishNumber } from './swedishNumber';

const NBSP = '\u00A0';

/** The format's first section without quoted text, [colours], \escapes and _/* padding. */
export function formatCodes(numberFormat: string): string {
  const first = numberFormat.split(';')[0] ?? '';
  return first.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
}

export function cellNumberText(value: number, numberFormat: string | undefined): string {
  const format = (numberFormat ?? '').trim();
  const codes = formatCodes(format);
  const { decimals, source } = displayedDecimals(format || undefined, value);
  if (isPercentFormat(format)) return formatSwedishNumber(value * 100, Math.max(0, decimals - 2), '%');

  // Thousands scaling: each comma right after the last digit placeholder divides by 1000.
  const lastDigit = Math.max(codes.lastIndexOf('0'), codes.lastIndexOf('#'), codes.lastIndexOf('?'));
  const scaling = lastDigit >= 0 ? (/^,+/.exec(codes.slice(lastDigit + 1))?.[0].length ?? 0) : 0;
  const shown = value / 1000 ** scaling;
  let text = formatSwedishNumber(shown, Math.max(0, decimals + 3 * scaling));
  // General shows no trailing zeros (0.1 + 0.2 is "0,3", not "0,3000000000").
  if (source === 'value') text = text.replace(/,(\d*?)0+$/, (_m, kept: string) => (kept ? `,${kept}` : ''));
  const grouped = /[0#?],[0#?]/.test(codes);
  return grouped ? text : text.split(NBSP).join('');
}
