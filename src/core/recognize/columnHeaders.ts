import { compactLabel } from '../text/normalize';
import { cellText } from './cellKinds';
import type { FilledGrid } from './filledGrid';

export interface ColumnHeader {
  col: number;
  /** Full header text, the header rows joined top to bottom. */
  text: string;
  /** Text of the lowest header row alone ("Kvinnor" under "Antal årsarbetare per 31 juli 2025"). */
  own: string;
  /** Upper header rows' text when they span a group of columns. */
  group?: string;
}

/**
 * Reads the header text of each figure column. Upper header rows that name a column group
 * (merged, or written once over repeating sub-headers like Kvinnor/Män/Totalt) apply to every
 * column of their group.
 */
export function readColumnHeaders(grid: FilledGrid, headerRows: number[], figureCols: number[]): ColumnHeader[] {
  if (headerRows.length === 0) return figureCols.map((col) => ({ col, text: '', own: '' }));
  const lowest = headerRows[headerRows.length - 1];
  const upper = headerRows.slice(0, -1);
  const lowTexts = figureCols.map((c) => compactLabel(cellText(grid.at(lowest, c))));
  const repeats = new Set(lowTexts.filter((t, i) => t && lowTexts.indexOf(t) !== i)).size > 0;

  const upperText = (r: number, c: number): string => {
    const own = cellText(grid.at(r, c));
    // A group word typed once (or centred across the selection, which stores it in the first
    // cell) heads the plain sub-headers to its right: "Helår" over Budget | Prognos | Avvikelse.
    if (own || !(repeats || isPlainSubHeader(compactLabel(cellText(grid.at(lowest, c)))))) return own;
    // Carry the group name right over empty cells until the next group starts.
    for (let k = c - 1; k >= figureCols[0]; k--) {
      const t = cellText(grid.at(r, k));
      if (t) return t;
    }
    return '';
  };

  return figureCols.map((col) => {
    const parts: string[] = [];
    const groupParts: string[] = [];
    for (const r of upper) {
      const t = upperText(r, col);
      if (t && parts[parts.length - 1] !== t) parts.push(t);
      if (t && spansGroup(grid, r, col, figureCols, upperText)) groupParts.push(t);
    }
    const own = cellText(grid.at(lowest, col));
    if (own && parts[parts.length - 1] !== own) parts.push(own);
    return {
      col,
      text: parts.join('\n'),
      own: own || parts[parts.length - 1] || '',
      group: groupParts.length ? groupParts.join('\n') : undefined,
    };
  });
}

function spansGroup(
  grid: FilledGrid,
  row: number,
  col: number,
  figureCols: number[],
  upperText: (r: number, c: number) => string,
): boolean {
  const t = upperText(row, col);
  const i = figureCols.indexOf(col);
  const left = i > 0 ? upperText(row, figureCols[i - 1]) : '';
  const right = i < figureCols.length - 1 ? upperText(row, figureCols[i + 1]) : '';
  const lowest = (c: number) => cellText(grid.at(row + 1, c));
  // A text that also heads a neighbour, while the row below differs, is a group header.
  return (left === t && lowest(figureCols[i - 1]) !== lowest(col)) || (right === t && lowest(figureCols[i + 1]) !== lowest(col));
}

/** Sub-headers that say what a column is but not which period or group it belongs to. */
function isPlainSubHeader(compact: string): boolean {
  return /^(budget|utfall|prognos|avvikelse|avvikelse%|avvikelseiprocent|avvikelsei%|diff|differens|förändring|förändring%|%|procent|mnkr|tkr|kvinnor|män|totalt)$/.test(compact);
}
