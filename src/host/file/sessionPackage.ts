/**
 * The downloaded copy of a file session: the original package with exactly what Periodkoll
 * wrote patched in (issue 13) — each touched cell's content, number format, font, fill and note
 * where they differ from the file, the sheets it wrote whole (report sheets, its hidden sheets)
 * and the opening sheet. Every other part, cell, conditional format and data validation stays as
 * the user's file had it. Throws when the package is not one this writer can follow (a missing
 * sheet part, a cell of an array formula written); the caller then writes the copy with ExcelJS.
 */
import type ExcelJS from 'exceljs';
import type { DateSystem } from '../../core/model/workbook';
import { derivedXf, type FormatChange } from './package/cellFormats';
import { recalculateOnOpen } from './package/calcSettings';
import { excelJsContent } from './package/excelJsContent';
import { excelJsSheetXml } from './package/excelJsSheet';
import { setOpeningTab } from './package/openingTab';
import { PackagePatch } from './package/packagePatch';
import { editCells, type CellEdit } from './package/sheetCells';
import { putSheet, removeSheet } from './package/sheetList';
import { setNotes } from './package/sheetNotes';
import type { NoteText } from './package/commentsPart';
import { sheetParts, stylesPart } from './package/workbookParts';
import { findWorksheet } from './findWorksheet';
import { noteText } from './markLook';
import { cellState, type SessionEdits, type TouchedCell } from './sessionEdits';

export interface Opening {
  name: string;
  select: boolean;
}

/** `excel` may be absent only when nothing was written (edits empty). */
export async function sessionPackage(original: Uint8Array, excel: ExcelJS.Workbook | undefined, edits: SessionEdits, opening: Opening | undefined): Promise<Uint8Array> {
  const pkg = await PackagePatch.open(original);
  const styles = await StylesText.open(pkg);
  const whole = new Set([...edits.sheets].map((n) => n.toLowerCase()));
  const parts = new Map((await sheetParts(pkg)).map((s) => [s.name.toLowerCase(), s.part]));

  // Cells per sheet part, so each sheet is rewritten in one pass.
  const bySheet = new Map<string, Array<{ cell: ExcelJS.Cell; touched: TouchedCell }>>();
  for (const touched of edits.cells.values()) {
    if (whole.has(touched.sheet.toLowerCase())) continue;
    const ws = excel && findWorksheet(excel, touched.sheet);
    // A sheet removed since (only Periodkoll's own sheets are) has nothing to patch.
    if (!ws) continue;
    const part = parts.get(ws.name.toLowerCase());
    if (!part) throw new Error(`No part for sheet ${ws.name}`);
    if (!bySheet.has(part)) bySheet.set(part, []);
    bySheet.get(part)!.push({ cell: ws.getCell(touched.cell), touched });
  }
  let contentChanged = false;
  for (const [part, cells] of bySheet) contentChanged = (await patchSheet(pkg, part, cells, edits.dateSystem, styles)) || contentChanged;
  for (const name of edits.sheets) {
    // Periodkoll's own hidden sheets too, which findWorksheet never gives.
    const ws = excel?.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (!ws) await removeSheet(pkg, name);
    else await putSheet(pkg, ws.name, excelJsSheetXml(ws, edits.dateSystem, (change) => styles.xf(0, change)), ws.state ?? 'visible');
  }
  styles.save();
  if (contentChanged) await recalculateOnOpen(pkg);
  if (opening) await setOpeningTab(pkg, opening.name, opening);
  return pkg.write();
}

/** Writes what differs from each cell's first state; true when a cell's content did. */
async function patchSheet(pkg: PackagePatch, part: string, cells: Array<{ cell: ExcelJS.Cell; touched: TouchedCell }>, system: DateSystem, styles: StylesText): Promise<boolean> {
  const cellEdits = new Map<string, CellEdit>();
  const notes: Array<{ ref: string; note: string | ExcelJS.Comment | undefined }> = [];
  for (const { cell, touched } of cells) {
    const [now, was] = [cellState(cell, system), touched.before];
    const style = cell.style ?? {};
    const change: FormatChange = {};
    if (now.numFmt !== was.numFmt) change.numFmt = style.numFmt ?? 'General';
    if (now.font !== was.font) change.font = style.font ?? null;
    if (now.fill !== was.fill) change.fill = style.fill ?? null;
    const edit: CellEdit = {};
    if (now.content !== was.content) edit.content = excelJsContent(cell, system);
    if (Object.keys(change).length > 0) edit.style = (shown) => styles.xf(shown, change);
    if (edit.content || edit.style) cellEdits.set(touched.cell, edit);
    if (now.note !== was.note) notes.push({ ref: touched.cell, note: cell.note as string | ExcelJS.Comment | undefined });
  }
  if (cellEdits.size > 0) pkg.set(part, editCells((await pkg.text(part))!, cellEdits));
  await setNotes(pkg, part, new Map(notes.map(({ ref, note }) => [ref, noteTextOf(note)])));
  return [...cellEdits.values()].some((e) => e.content);
}

/** A note as ExcelJS holds it, as the text to write; null for no note. */
function noteTextOf(note: string | ExcelJS.Comment | undefined): NoteText | null {
  if (note === undefined || noteText(note) === undefined) return null;
  return typeof note === 'string' ? note : (note.texts ?? []).map((r) => ({ text: r.text ?? '', font: r.font }));
}

/** styles.xml read once, extended with each derived format, written back once. */
class StylesText {
  private changed = false;

  private constructor(
    private readonly pkg: PackagePatch,
    private readonly part: string,
    private xml: string | undefined,
  ) {}

  static async open(pkg: PackagePatch): Promise<StylesText> {
    const part = await stylesPart(pkg);
    return new StylesText(pkg, part, await pkg.text(part));
  }

  xf(base: number, change: FormatChange): number {
    if (this.xml === undefined) throw new Error('Package has no styles part');
    const { xml, xf } = derivedXf(this.xml, base, change);
    if (xml !== this.xml) [this.xml, this.changed] = [xml, true];
    return xf;
  }

  save(): void {
    if (this.changed && this.xml !== undefined) this.pkg.set(this.part, this.xml);
  }
}
