/**
 * The downloaded copy of a file session: the original package with exactly what Periodkoll
 * wrote patched in (issue 13) — each touched cell's content, number format, font, fill and note
 * where they differ from the file, the sheets it wrote whole (report sheets, its hidden sheets)
 * and the opening sheet. Every other part, cell, conditional format and data validation stays as
 * the user's file had it. Throws when the package is not one this writer can follow (a missing
 * sheet part, a cell of an array formula written); the caller then writes the copy with ExcelJS.
 */
import type ExcelJS from 'exceljs';
import { derivedXf, type FormatChange } from './package/cellFormats';
import { recalculateOnOpen } from './package/calcSettings';
import { excelJsContent } from './package/excelJsContent';
import { excelJsSheetXml } from './package/excelJsSheet';
import { setOpeningTab } from './package/openingTab';
import { PackagePatch } from './package/packagePatch';
import { cellStyleIndex, setCellContent, setCellStyle } from './package/sheetCells';
import { putSheet, removeSheet } from './package/sheetList';
import { restoreNote, writeNote } from './package/sheetNotes';
import { sheetParts, stylesPart } from './package/workbookParts';
import { findWorksheet } from './findWorksheet';
import { noteText } from './markLook';
import { cellState, type SessionEdits, type TouchedCell } from './sessionEdits';

export interface Opening {
  name: string;
  select: boolean;
}

export async function sessionPackage(original: Uint8Array, excel: ExcelJS.Workbook, edits: SessionEdits, opening: Opening | undefined): Promise<Uint8Array> {
  const pkg = await PackagePatch.open(original);
  const styles = await StylesText.open(pkg);
  const whole = new Set([...edits.sheets].map((n) => n.toLowerCase()));
  const parts = new Map((await sheetParts(pkg)).map((s) => [s.name.toLowerCase(), s.part]));

  let contentChanged = false;
  for (const touched of edits.cells.values()) {
    if (whole.has(touched.sheet.toLowerCase())) continue;
    const ws = findWorksheet(excel, touched.sheet);
    // A sheet removed since (only Periodkoll's own sheets are) has nothing to patch.
    if (!ws) continue;
    const part = parts.get(ws.name.toLowerCase());
    if (!part) throw new Error(`No part for sheet ${ws.name}`);
    contentChanged = (await patchCell(pkg, part, ws.getCell(touched.cell), touched, edits, styles)) || contentChanged;
  }
  for (const name of edits.sheets) {
    // Periodkoll's own hidden sheets too, which findWorksheet never gives.
    const ws = excel.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (!ws) await removeSheet(pkg, name);
    else await putSheet(pkg, ws.name, excelJsSheetXml(ws, edits.dateSystem, (change) => styles.xf(0, change)), ws.state ?? 'visible');
  }
  styles.save();
  if (contentChanged) await recalculateOnOpen(pkg);
  if (opening) await setOpeningTab(pkg, opening.name, opening);
  return pkg.write();
}

/** Writes what differs from the cell's first state; true when its content did. */
async function patchCell(pkg: PackagePatch, part: string, cell: ExcelJS.Cell, touched: TouchedCell, edits: SessionEdits, styles: StylesText): Promise<boolean> {
  const [now, was] = [cellState(cell, edits.dateSystem), touched.before];
  const style = cell.style ?? {};
  const change: FormatChange = {};
  if (now.numFmt !== was.numFmt) change.numFmt = style.numFmt ?? 'General';
  if (now.font !== was.font) change.font = style.font ?? null;
  if (now.fill !== was.fill) change.fill = style.fill ?? null;
  const before = (await pkg.text(part))!;
  let sheet = before;
  if (now.content !== was.content) sheet = setCellContent(sheet, touched.cell, excelJsContent(cell, edits.dateSystem));
  if (Object.keys(change).length > 0) sheet = setCellStyle(sheet, touched.cell, styles.xf(cellStyleIndex(sheet, touched.cell), change));
  if (sheet !== before) pkg.set(part, sheet);
  if (now.note !== was.note) {
    const note = cell.note as string | ExcelJS.Comment | undefined;
    if (note === undefined || noteText(note) === undefined) await restoreNote(pkg, part, touched.cell, {});
    else await writeNote(pkg, part, touched.cell, typeof note === 'string' ? note : (note.texts ?? []).map((r) => ({ text: r.text ?? '', font: r.font })));
  }
  return now.content !== was.content;
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
