/**
 * What a confirmed write changes in one cell, remembered before it is sent so that undo restores
 * it exactly: the content (text stays text, numbers stay numbers, see cellContent), the number
 * format, and the fill, font or note only when the write changes them (a smaller journal).
 */
import type { CellWrite } from '../port';
import { CONTENT_PROPERTIES, contentOf, queueContent, type CellContent } from './cellContent';
import { fillLoadProperties, readFill, restoreFill, type FillState } from './fill';

export interface ExcelCellSnapshot {
  /** The sheet's name at the time of the write, for messages. */
  sheet: string;
  /** Worksheet.id: the same after the user renames the sheet. */
  sheetId?: string;
  cell: string;
  content?: CellContent;
  numberFormat: string;
  fill?: FillState;
  fontColor?: string | null;
  bold?: boolean | null;
  /** Only when the write set a note: the note's text before (null: none). */
  note?: string | null;
  /** Journals written before content was kept: the cell as Range.formulas reported it. */
  formula?: unknown;
}

/** A write's cell with its range proxy, loaded by queueSnapshotLoad. */
export interface SnapshotTarget {
  sheet: string;
  sheetId: string;
  cell: string;
  range: Excel.Range;
  fill: boolean;
  font: boolean;
  /** The cell's note (or a null object), when the write sets one. */
  note?: Excel.Note;
}

/** Which parts of the cell the writes to it change beyond content and number format. */
export function touchedParts(writes: CellWrite[]): { fill: boolean; font: boolean; note: boolean } {
  return {
    fill: writes.some((w) => w.fill !== undefined),
    font: writes.some((w) => w.fontColor !== undefined || w.bold !== undefined),
    note: writes.some((w) => w.note !== undefined),
  };
}

export function queueSnapshotLoad(target: SnapshotTarget, withPattern: boolean): void {
  target.range.load(CONTENT_PROPERTIES);
  if (target.fill) target.range.format.fill.load(fillLoadProperties(withPattern));
  if (target.font) target.range.format.font.load(['color', 'bold']);
  target.note?.load('content');
}

/** After the sync that loaded the target. */
export function snapshotOf(target: SnapshotTarget, withPattern: boolean): ExcelCellSnapshot {
  const r = target.range;
  const snapshot: ExcelCellSnapshot = {
    sheet: target.sheet,
    sheetId: target.sheetId,
    cell: target.cell,
    content: contentOf(r.values[0][0], String(r.valueTypes[0][0]), r.formulas[0][0]),
    numberFormat: String(r.numberFormat[0][0]),
  };
  if (target.fill) snapshot.fill = readFill(r.format.fill, withPattern);
  if (target.font) {
    snapshot.fontColor = r.format.font.color ?? null;
    snapshot.bold = r.format.font.bold ?? null;
  }
  if (target.note) snapshot.note = target.note.isNullObject ? null : target.note.content;
  return snapshot;
}

/**
 * Queues bringing the cell back to the snapshot. With `now` (the cell as loaded again after a write
 * was cut off) content that is already back is not entered again: the cell Excel refused (one cell
 * of an array formula) would refuse the restore too.
 */
export function queueRestore(range: Excel.Range, s: ExcelCellSnapshot, now?: Excel.Range): void {
  const content = s.content ?? legacyContent(s.formula);
  if (now && sameContent(contentOf(now.values[0][0], String(now.valueTypes[0][0]), now.formulas[0][0]), content)) {
    if (String(now.numberFormat[0][0]) !== s.numberFormat) range.numberFormat = [[s.numberFormat]];
  } else {
    queueContent(range, content, s.numberFormat);
  }
  if (s.fill) restoreFill(range.format.fill, s.fill);
  if (s.fontColor) range.format.font.color = s.fontColor;
  if (typeof s.bold === 'boolean') range.format.font.bold = s.bold;
}

function sameContent(a: CellContent, b: CellContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Older journals kept only Range.formulas: a string with "=" was a formula, other strings text. */
function legacyContent(formula: unknown): CellContent {
  if (typeof formula === 'number') return { number: formula };
  if (typeof formula === 'boolean') return { boolean: formula };
  if (typeof formula !== 'string' || formula === '') return { empty: true };
  return formula.startsWith('=') ? { formula } : { text: formula };
}

/**
 * Queues putting back the note a write replaced: `now` is the cell's note as loaded just before
 * (a null object when there is none), so a note the user removed meanwhile is not asked for.
 */
export function queueNoteRestore(notes: Excel.NoteCollection, cell: string, before: string | null, now: Excel.Note): void {
  if (before === null) {
    if (!now.isNullObject) now.delete();
  } else if (now.isNullObject) notes.add(cell, before);
  else now.content = before;
}
