/**
 * What kind of thing a cell holds, as the SUM and hard-coding checks see it: a figure to be
 * totalled, a total itself, a year written as a heading, or nothing.
 */
import { tokenize } from '../../formula/tokenize';
import type { Cell } from '../../model/workbook';
import { isFormulaCell } from './pattern';

/** Functions that summarise other cells: a total, an average, a count, an extreme. */
const AGGREGATES = new Set([
  'SUM', 'SUBTOTAL', 'AGGREGATE', 'SUMIF', 'SUMIFS', 'SUMPRODUCT',
  'AVERAGE', 'AVERAGEIF', 'AVERAGEIFS', 'MEDIAN', 'MIN', 'MAX', 'COUNT', 'COUNTA', 'COUNTIF', 'COUNTIFS',
]);

const AGGREGATE_PART = /SUM|SUBTOTAL|AGGREGATE|AVERAGE|MEDIAN|MIN|MAX|COUNT/i;

/**
 * A summary of other cells (its formula calls SUM, AVERAGE, COUNT or a relative): it closes a
 * block of figures rather than belonging to it. A Medel column beside the months is not a month
 * the yearly SUM forgot.
 */
export function isAggregate(cell: Cell): boolean {
  if (!isFormulaCell(cell)) return false;
  // Every aggregate's name contains one of these: a formula without any calls none of them.
  if (!AGGREGATE_PART.test(cell.formula ?? '')) return false;
  return tokenize(cell.formula ?? '').some((t) => t.kind === 'function' && AGGREGATES.has(t.text.toUpperCase()));
}

export function isBlank(cell: Cell): boolean {
  return cell.type === 'empty' || (cell.type === 'text' && String(cell.value).trim() === '');
}

/** A figure a sum should take: a number, typed or computed, that is not itself a total. */
export function isFigure(cell: Cell): boolean {
  return cell.type === 'number' && !isAggregate(cell);
}

/** A typed whole number 1900–2100: a year heading above or beside figures, not a figure. */
export function isYearHeading(cell: Cell): boolean {
  return !isFormulaCell(cell) && typeof cell.value === 'number'
    && Number.isInteger(cell.value) && cell.value >= 1900 && cell.value <= 2100;
}
