import { cellText, isFigure, isLabelText, isYearLike } from './cellKinds';
import type { FilledGrid } from './filledGrid';

export type RowClass = 'blank' | 'title' | 'header' | 'data' | 'other';

export interface RowInfo {
  row: number;
  cls: RowClass;
  /** First column holding label text (data rows: the row label). */
  labelCol?: number;
  /** Columns holding figures, right of the label. */
  figureCols: number[];
  /** Columns holding text. */
  textCols: number[];
}

/** Classifies one row by what its cells hold. Merged header text counts in every column it covers. */
export function classifyRow(grid: FilledGrid, row: number): RowInfo {
  const textCols: number[] = [];
  const figureCols: number[] = [];
  const yearCols: number[] = [];
  let firstText: number | undefined;
  let nonEmpty = 0;
  const last = grid.lastCol(row);
  for (let c = 1; c <= last; c++) {
    const cell = grid.at(row, c);
    if (cellText(cell) === '') continue;
    nonEmpty++;
    if (isYearLike(cell)) yearCols.push(c);
    else if (isLabelText(cell)) {
      textCols.push(c);
      if (firstText === undefined) firstText = c;
    } else if (isFigure(cell)) figureCols.push(c);
  }
  if (nonEmpty === 0) return { row, cls: 'blank', figureCols, textCols };
  const figuresRight = firstText === undefined ? [] : figureCols.filter((c) => c > firstText!);
  if (firstText !== undefined && figuresRight.length > 0) {
    // Years in a data row are figures too (e.g. a count of 2024 items is rare, but keep them).
    const all = [...figuresRight, ...yearCols.filter((c) => c > firstText!)].sort((a, b) => a - b);
    return { row, cls: 'data', labelCol: firstText, figureCols: all, textCols };
  }
  if (figureCols.length === 0) {
    const headerCells = textCols.length + yearCols.length;
    if (headerCells >= 2) return { row, cls: 'header', labelCol: firstText, figureCols: [], textCols: [...textCols, ...yearCols].sort((a, b) => a - b) };
    if (textCols.length === 1) return { row, cls: 'title', labelCol: firstText, figureCols: [], textCols };
  }
  return { row, cls: 'other', labelCol: firstText, figureCols, textCols };
}
