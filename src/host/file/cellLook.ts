/**
 * The fill and note of one ExcelJS cell: read as a detached copy, and written without touching
 * any other cell. ExcelJS shares one style object between all cells loaded with the same style,
 * so `cell.fill = …` would colour every cell that looks alike; each write here gives the cell a
 * style object of its own instead.
 *
 * ExcelJS has no call to remove a note (exceljs#1153, the fix in #1746 never merged). The note
 * lives in two places: the cell's comment field, and the cell model that a loaded (or once
 * saved) cell keeps and ExcelJS writes from; both have to go, or the note comes back on save.
 */
import type ExcelJS from 'exceljs';

export type CellNote = string | ExcelJS.Comment;

export interface CellLook {
  /** null: the cell has no fill of its own. */
  fill: ExcelJS.Fill | null;
  /** null: no note. */
  note: CellNote | null;
}

export function readCellLook(cell: ExcelJS.Cell): CellLook {
  return { fill: detached(cell.style?.fill) ?? null, note: detached(cell.note) ?? null };
}

export function setCellFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill | null): void {
  const rest: Partial<ExcelJS.Style> = { ...cell.style };
  delete rest.fill;
  cell.style = fill ? { ...rest, fill: detached(fill) } : rest;
}

export function setCellNote(cell: ExcelJS.Cell, note: CellNote | null): void {
  if (note === null) {
    (cell as unknown as { _comment?: unknown })._comment = undefined;
    delete (cell.model as { comment?: unknown }).comment;
  } else {
    cell.note = detached(note)!;
  }
}

/** A deep copy in the JSON form the backup is stored in, so memory and file always agree. */
function detached<T>(value: T | undefined): T | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as T);
}
