/** The marks of the downloaded copy as the preview shows them: sheet name -> A1 address -> fill and note. */
import type { MarkedCell } from '../host/file/markedCells';

export interface PreviewMark {
  /** RRGGBB, the fill the copy gets. */
  fill: string;
  note: string;
}

export type PreviewMarks = ReadonlyMap<string, ReadonlyMap<string, PreviewMark>>;

export const NO_MARKS: PreviewMarks = new Map();

export function previewMarks(cells: readonly MarkedCell[]): PreviewMarks {
  const bySheet = new Map<string, Map<string, PreviewMark>>();
  for (const { sheet, cell, fill, note } of cells) {
    let marks = bySheet.get(sheet);
    if (!marks) bySheet.set(sheet, (marks = new Map()));
    marks.set(cell.replace(/\$/g, '').toUpperCase(), { fill, note });
  }
  return bySheet;
}
