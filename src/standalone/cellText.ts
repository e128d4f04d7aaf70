/**
 * A cell's text as Swedish Excel would show it, for the stand-alone preview grid: decimal comma,
 * no-break space between thousands (only when the format groups them), real minus sign, percent
 * with "%", dates as ÅÅÅÅ-MM-DD, Swedish error and boolean names. An approximation of Excel's
 * number formats that is good enough to recognise the figures; it never decides a finding.
 */
import { toSwedishDisplay } from '../core/formula/swedish';
import type { Cell } from '../core/model/workbook';
import { cellNumberText, formatCodes } from '../core/numbers/cellNumberText';

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

function numberText(value: number, numberFormat: string | undefined): string {
  const codes = formatCodes((numberFormat ?? '').trim());
  if (/[dy]|m{3,}|h+:mm|mm:ss/i.test(codes) && !/general|standard/i.test(codes)) return dateText(value, codes);
  return cellNumberText(value, numberFormat);
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
