import { EMPTY_CELL } from '../model/workbook';
import { cellText, isFigure, isLabelText } from './cellKinds';
import type { FilledGrid } from './filledGrid';

/** Rows that must show a second label column before the sheet is read as tables side by side. */
const MIN_ROWS = 3;

/**
 * Tables placed side by side (a resultatrapport in A–I, a driftredovisning in K–O) are read
 * separately: a column that holds row labels after an empty column, with figures to its right,
 * in several rows, starts a new band. A spacer column inside one table has no labels after it.
 */
export function columnBands(grid: FilledGrid): FilledGrid[] {
  const { colCount } = grid.sheet;
  const starts = new Map<number, number>();
  for (const r of grid.usedRows()) {
    const last = grid.lastCol(r);
    let seenFigure = false;
    for (let c = 2; c <= last; c++) {
      const cell = grid.at(r, c);
      if (isFigure(grid.at(r, c - 1))) seenFigure = true;
      if (!seenFigure || !isLabelText(cell) || cellText(grid.at(r, c - 1)) !== '') continue;
      let figuresAfter = false;
      for (let k = c + 1; k <= last && !figuresAfter; k++) figuresAfter = isFigure(grid.at(r, k));
      if (figuresAfter) starts.set(c, (starts.get(c) ?? 0) + 1);
    }
  }
  const cuts = [...starts.entries()].filter(([, n]) => n >= MIN_ROWS).map(([c]) => c).sort((a, b) => a - b);
  if (cuts.length === 0) return [grid];
  const bounds = [1, ...cuts, colCount + 1];
  return bounds.slice(0, -1).map((from, i) => bandOf(grid, from, bounds[i + 1] - 1));
}

function bandOf(grid: FilledGrid, from: number, to: number): FilledGrid {
  return {
    sheet: grid.sheet,
    at: (row, col) => (col < from || col > to ? EMPTY_CELL : grid.at(row, col)),
    isCovered: (row, col) => col >= from && col <= to && grid.isCovered(row, col),
    lastCol: (row) => {
      const last = Math.min(to, grid.lastCol(row));
      return last >= from ? last : 0;
    },
    usedRows: () => grid.usedRows(),
  };
}
