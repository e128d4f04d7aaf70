/**
 * Marks written straight into the package: a cell's style index changes to a copy of its format
 * with the mark fill, and its note is set. Each cell's style index and note parts are saved
 * first, exactly as written, so clearing puts the same bytes back.
 */
import type { PackagePatch } from './packagePatch';
import { cellStyleIndex, findCell, setCellStyle } from './sheetCells';
import { readNote, restoreNote, writeNote, type SavedNote } from './sheetNotes';
import { markStyle } from './markStyles';
import { stylesPart } from './workbookParts';
import { getAttr } from './xmlTags';

export interface PackageCellMark {
  /** The sheet's part ("xl/worksheets/sheet1.xml"). */
  part: string;
  /** A1 address without "$". */
  cell: string;
  /** "FFFF0000". */
  fill: string;
  note: string;
}

/** What a marked cell had, as written in the file. */
export interface PackageCellBefore {
  /** The cell's own "s" attribute; undefined when the cell element had none or did not exist. */
  style: number | undefined;
  existed: boolean;
  note: SavedNote;
}

export async function readCellBefore(pkg: PackagePatch, part: string, cell: string): Promise<PackageCellBefore> {
  const sheet = (await pkg.text(part))!;
  const place = findCell(sheet, cell);
  const s = place && getAttr(sheet.slice(place.tag.start, place.tag.end), 's');
  return { style: s === undefined ? undefined : Number(s), existed: place !== undefined, note: await readNote(pkg, part, cell) };
}

export async function writeCellMark(pkg: PackagePatch, mark: PackageCellMark): Promise<void> {
  const stylesName = await stylesPart(pkg);
  const styles = await pkg.text(stylesName);
  if (styles === undefined) throw new Error('Package has no styles part');
  const sheet = (await pkg.text(mark.part))!;
  const { xml, xf } = markStyle(styles, cellStyleIndex(sheet, mark.cell), mark.fill);
  if (xml !== styles) pkg.set(stylesName, xml);
  pkg.set(mark.part, setCellStyle(sheet, mark.cell, xf));
  await writeNote(pkg, mark.part, mark.cell, mark.note);
}

/** Puts back the style index and note a cell had (a cell created for the mark stays, empty and unstyled). */
export async function restoreCellMark(pkg: PackagePatch, part: string, cell: string, before: PackageCellBefore): Promise<void> {
  const sheet = (await pkg.text(part))!;
  pkg.set(part, setCellStyle(sheet, cell, before.style ?? 0));
  await restoreNote(pkg, part, cell, before.note);
}
