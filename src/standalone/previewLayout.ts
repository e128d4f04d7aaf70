/**
 * Geometry of the preview grid: column widths from the content, which rows to render for a
 * scroll position (only those are in the DOM, so a 100 000-row sheet stays fast), and where to
 * scroll so a cell is in view. Pure functions; the component measures nothing else.
 */
import { cellAt, type Sheet } from '../core/model/workbook';
import { cellText } from './cellText';

export const ROW_HEIGHT = 24;
export const HEADER_HEIGHT = 24;
export const ROW_HEADER_WIDTH = 52;
/** Columns beyond this are not drawn (a note says so); rows are virtualised instead. */
export const MAX_PREVIEW_COLUMNS = 100;
/** Rows looked at when sizing columns; enough for any report's label column. */
const WIDTH_SAMPLE_ROWS = 500;
const MIN_COLUMN_WIDTH = 56;
const MAX_COLUMN_WIDTH = 280;
const CHAR_WIDTH = 7.2;
const CELL_PADDING = 14;
/** Rows drawn above and below the visible ones, so fast scrolling shows no gaps. */
const OVERSCAN = 10;

export interface PreviewSize {
  rows: number;
  cols: number;
  /** True when the sheet has more columns than are drawn. */
  colsCapped: boolean;
}

/** The used range, stretched to include a cell that must be shown (a finding outside it). */
export function previewSize(sheet: Sheet, mustShow?: { row: number; col: number }): PreviewSize {
  const rows = Math.max(sheet.rowCount, mustShow?.row ?? 0);
  const used = Math.max(sheet.colCount, mustShow?.col ?? 0);
  return { rows, cols: Math.min(used, MAX_PREVIEW_COLUMNS), colsCapped: used > MAX_PREVIEW_COLUMNS };
}

export function columnWidths(sheet: Sheet, cols: number): number[] {
  const widths: number[] = [];
  const sampleRows = Math.min(sheet.rowCount, WIDTH_SAMPLE_ROWS);
  for (let c = 1; c <= cols; c++) {
    let longest = 0;
    for (let r = 1; r <= sampleRows; r++) {
      const length = cellText(cellAt(sheet, r, c)).length;
      if (length > longest) longest = length;
    }
    widths.push(Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, longest * CHAR_WIDTH + CELL_PADDING))));
  }
  return widths;
}

/** At most this share of the grid's width goes to the frozen label column, so figures still show at 350 px. */
const MAX_FROZEN_SHARE = 0.4;

/**
 * Whether column A is the label column to freeze: text in at least half of its filled cells of
 * the sample. A sheet with a single column has nothing to scroll beside it.
 */
export function freezesLabelColumn(sheet: Sheet, cols: number): boolean {
  if (cols < 2) return false;
  let filled = 0;
  let texts = 0;
  for (let r = 1; r <= Math.min(sheet.rowCount, WIDTH_SAMPLE_ROWS); r++) {
    const cell = cellAt(sheet, r, 1);
    if (cell.type === 'empty') continue;
    filled++;
    if (cell.type === 'text') texts++;
  }
  return texts > 0 && texts * 2 >= filled;
}

/** The frozen column's width: its content's, but never more than its share of the grid. */
export function frozenWidth(contentWidth: number, viewportWidth: number): number {
  const share = Math.floor((viewportWidth - ROW_HEADER_WIDTH) * MAX_FROZEN_SHARE);
  return Math.min(contentWidth, Math.max(MIN_COLUMN_WIDTH, share));
}

/** The drawn column widths: the content's, with a frozen label column narrowed to its share. */
export function layoutWidths(contentWidths: readonly number[], frozen: boolean, viewportWidth: number): number[] {
  return frozen ? [frozenWidth(contentWidths[0], viewportWidth), ...contentWidths.slice(1)] : [...contentWidths];
}

/** 1-based first and last row to render for a scroll position and viewport height. */
export function visibleRows(scrollTop: number, viewportHeight: number, rowCount: number): { first: number; last: number } {
  if (rowCount <= 0) return { first: 1, last: 0 };
  const first = Math.max(1, Math.floor(scrollTop / ROW_HEIGHT) + 1 - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewportHeight) / ROW_HEIGHT) + OVERSCAN);
  return { first, last: Math.max(first, last) };
}

/**
 * The scroll position that brings a cell into view, or the current one when it already is.
 * A cell scrolled to lands about a third down the viewport, with its column's start visible
 * right of the frozen label column (`frozen` is its width; 0 when nothing is frozen).
 */
export function scrollToShow(
  cell: { row: number; col: number },
  current: { top: number; left: number },
  viewport: { width: number; height: number },
  widths: readonly number[],
  frozen = 0,
): { top: number; left: number } {
  const cellTop = (cell.row - 1) * ROW_HEIGHT;
  const bodyHeight = Math.max(ROW_HEIGHT, viewport.height - HEADER_HEIGHT);
  const top = cellTop >= current.top && cellTop + ROW_HEIGHT <= current.top + bodyHeight
    ? current.top
    : Math.max(0, Math.round(cellTop - bodyHeight / 3));

  let cellLeft = 0;
  for (let c = 1; c < cell.col && c <= widths.length; c++) cellLeft += widths[c - 1];
  const cellWidth = widths[cell.col - 1] ?? MIN_COLUMN_WIDTH;
  const bodyWidth = Math.max(cellWidth, viewport.width - ROW_HEADER_WIDTH);
  // The frozen column itself is always in view.
  if (frozen > 0 && cell.col === 1) return { top, left: current.left };
  const free = Math.max(cellWidth, bodyWidth - frozen);
  const left = cellLeft >= current.left + frozen && cellLeft + cellWidth <= current.left + bodyWidth
    ? current.left
    : Math.max(0, cellLeft - frozen - Math.min(Math.round(free / 4), free - cellWidth));
  return { top, left };
}
