/**
 * A cell's text as Swedish Excel would show it, for the stand-alone preview grid: decimal comma,
 * no-break space between thousands (only when the format groups them), real minus sign, percent
 * with "%", dates as ÅÅÅÅ-MM-DD, Swedish error and boolean names. An approximation of Excel's
 * number formats that is good enough to recognise the figures; it never decides a finding.
 */
import { toSwedishDisplay } from '../core/formula/swedish';
import type { Cell } from '../core/model/workbook';
import { displayedDecimals, formatSwedishNumber, isPercentFormat } from '../core/numbers';

const NBSP = '\u00A0';
/** Excel's day 0 in the 1900 date system (the 1900 leap-year bug is already folded in). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 24 * 60 * 60 * 1000;

export function cellText(cell: Cell | null | undefined): string {
  if (!cell) return '';
  if (cell.display !== undefined) return cell.display;
  switch (cell.type) {
    case 'empty':
      return '';
    case 'text':
      return String(cell.value ?? '');
    case 'boolean':
      return cell.value ? 'SANT' : 'FALSKT';
    case 'error':
      return toSwedishDisplay(String(cell.value ?? ''));
    case 'number':
      return typeof cell.value === 'number' ? numberText(cell.value, cell.numberFormat) : String(cell.value ?? '');
  }
}

/** The format's first section without quoted text, [colours], \escapes and _/* padding. */
function formatCodes(numberFormat: string): string {
  const first = numberFormat.split(';')[0] ?? '';
  return first.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
}

function numberText(value: number, numberFormat: string | undefined): string {
  const format = (numberFormat ?? '').trim();
  const codes = formatCodes(format);
  if (/[dy]|m{3,}|h+:mm|mm:ss/i.test(codes) && !/general|standard/i.test(codes)) return dateText(value, codes);

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

function dateText(serial: number, codes: string): string {
  const date = new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_MS));
  if (Number.isNaN(date.getTime())) return String(serial);
  const iso = date.toISOString();
  const day = iso.slice(0, 10);
  const hasTime = /h|ss/i.test(codes);
  const hasDate = /[dy]|m{3,}/i.test(codes);
  if (hasTime && !hasDate) return iso.slice(11, 16);
  return hasTime ? `${day} ${iso.slice(11, 16)}` : day;
}
