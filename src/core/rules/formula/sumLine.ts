/**
 * A column (or row) seen from a SUM cell: position k = 1 is the cell just above (left of) the
 * sum, k = 2 the one before that, and so on. The SUM check walks these positions to find the
 * block of figures the sum should cover.
 */
import { a1, rangeA1 } from '../../model/address';
import { cellAt, type Cell, type Sheet } from '../../model/workbook';
import { isBlank, isFigure, isYearHeading } from './figures';
import { isFormulaCell, patternKey } from './pattern';
import { hasTotalLabel, rowLabels } from './rowLabels';

export interface SumLine {
  vertical: boolean;
  /** Last usable position (the sheet edge). */
  limit: number;
  at(k: number): Cell;
  /** Position of a sheet row (vertical) or column (horizontal). */
  pos(index: number): number;
  /** A1 address of position k, and of the span between two positions. */
  label(k: number): string;
  span(k1: number, k2: number): string;
  /** R1C1 pattern of the formula at position k. */
  key(k: number): string | undefined;
  /** Is position k on a row labelled as a total? (Vertical lines only.) */
  isTotal(k: number): boolean;
  /** Row labels at position k, for telling groups apart. (Vertical lines only.) */
  labels(k: number): string[];
}

export function verticalLine(sheet: Sheet, row: number, col: number): SumLine {
  return {
    vertical: true,
    limit: row - 1,
    at: (k) => cellAt(sheet, row - k, col),
    pos: (index) => row - index,
    label: (k) => a1(row - k, col),
    span: (k1, k2) => rangeA1(row - Math.max(k1, k2), col, row - Math.min(k1, k2), col),
    key: (k) => patternKey(cellAt(sheet, row - k, col), row - k, col),
    isTotal: (k) => hasTotalLabel(sheet, row - k, col),
    labels: (k) => rowLabels(sheet, row - k, col),
  };
}

export function horizontalLine(sheet: Sheet, row: number, col: number): SumLine {
  return {
    vertical: false,
    limit: col - 1,
    at: (k) => cellAt(sheet, row, col - k),
    pos: (index) => col - index,
    label: (k) => a1(row, col - k),
    span: (k1, k2) => rangeA1(row, col - Math.max(k1, k2), row, col - Math.min(k1, k2)),
    key: (k) => patternKey(cellAt(sheet, row, col - k), row, col - k),
    isTotal: () => false,
    labels: () => [],
  };
}

/** What kind of figure position k holds: typed, or computed by a particular R1C1 formula. */
export function makeOf(line: SumLine, k: number): string {
  return isFormulaCell(line.at(k)) ? (line.key(k) ?? '') : 'typed';
}

function isBlockFigure(line: SumLine, k: number): boolean {
  const cell = line.at(k);
  return isFigure(cell) && !isYearHeading(cell) && !line.isTotal(k);
}

/**
 * The block of figures nearest the sum, as positions [near, far], after at most `maxSpacer`
 * blank spacer cells. It stops at text, a blank, another total (a subtotal closes the block
 * above it), a row labelled as a total, and a year heading.
 */
export function blockBefore(line: SumLine, maxSpacer: number): [number, number] | undefined {
  let k = 1;
  while (k <= line.limit && k <= maxSpacer && isBlank(line.at(k))) k++;
  if (k > line.limit || !isBlockFigure(line, k)) return undefined;
  const near = k;
  while (k + 1 <= line.limit && isBlockFigure(line, k + 1)) k++;
  return [near, k];
}
