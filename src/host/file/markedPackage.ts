/**
 * The downloaded copy when this session only marked cells: the original package with the marked
 * cells' styles and notes, the mark backup sheet and the opening sheet patched in — every other
 * part, cell, conditional format and data validation exactly as the user's file had them
 * (issue 13). Undefined when a marked sheet cannot be found in the package; the caller then
 * writes the copy with ExcelJS as before.
 */
import { MARK_BACKUP_SHEET, markBackupRows, type MarkBackup } from './markBackupSheet';
import { writeCellMark } from './package/cellMarks';
import { writeHiddenSheet } from './package/hiddenSheet';
import { setOpeningTab } from './package/openingTab';
import { PackagePatch } from './package/packagePatch';
import { sheetParts } from './package/workbookParts';

export async function markedPackage(
  original: Uint8Array,
  backups: MarkBackup[],
  opening: { name: string; select: boolean } | undefined,
): Promise<Uint8Array | undefined> {
  const pkg = await PackagePatch.open(original);
  const parts = new Map((await sheetParts(pkg)).map((s) => [s.name, s.part]));
  if (backups.some((b) => !parts.has(b.sheet))) return undefined;
  for (const b of backups) await writeCellMark(pkg, { part: parts.get(b.sheet)!, cell: b.cell, fill: b.mark.fill, note: b.mark.note });
  if (backups.length > 0) await writeHiddenSheet(pkg, MARK_BACKUP_SHEET, markBackupRows(backups));
  if (opening) await setOpeningTab(pkg, opening.name, { select: opening.select });
  return pkg.write();
}
