import { parseSwedishNumber } from '../numbers/swedishNumber';
import type { Cell } from '../model/workbook';

/** Text of a cell as a reader sees it (empty string for empty cells). */
export function cellText(cell: Cell): string {
  if (cell.type === 'empty' || cell.value === null) return '';
  return String(cell.value).trim();
}

/** A number, an error value, or text that reads as a Swedish number: what a figure column holds. */
export function isFigure(cell: Cell): boolean {
  if (cell.type === 'number' || cell.type === 'error') return true;
  if (cell.type === 'text') return parseSwedishNumber(String(cell.value)) !== undefined || isDashForZero(String(cell.value));
  return false;
}

/** A dash standing for zero or "not applicable" in a figure column ("–", "-", "—"). */
export function isDashForZero(text: string): boolean {
  return /^[\s]*[-–—][\s]*$/.test(text);
}

/** A year like 2024 typed as a header (number or text), which is not a figure. */
export function isYearLike(cell: Cell): boolean {
  const t = cellText(cell);
  return /^(19[9]\d|20\d\d)$/.test(t);
}

/** Text that is a label, not a figure. */
export function isLabelText(cell: Cell): boolean {
  return cell.type === 'text' && cellText(cell) !== '' && !isFigure(cell);
}
