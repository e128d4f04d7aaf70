/**
 * A file session's workbook for writing: the file loaded with ExcelJS (only once something is
 * written — reading needs only the streaming reader), Periodkoll's marks, settings and undo
 * journal, and what the session wrote, so the copy patches the original package with exactly
 * that (sessionPackage.ts). ExcelJS writes a copy only when the package cannot be patched.
 */
import type ExcelJS from 'exceljs';
import { parseA1 } from '../../core/model/address';
import type { Sheet, Workbook } from '../../core/model/workbook';
import {
  HostError,
  type CellMark,
  type CellWrite,
  type ClearResult,
  type MarkResult,
  type ReadOptions,
  type ReportSheet,
  type WriteReceipt,
  type WriteSummary,
} from '../port';
import { entryToUndo, newEntry, parseJournal, serializeJournal, summaries, WRITE_JOURNAL_KEY } from '../writeJournal';
import { applyCellWrites, restoreCellSnapshots, type FileCellSnapshot } from './cellWrites';
import { applyMarks } from './applyMarks';
import { fileHostMessages } from './fileHostMessages';
import { findWorksheet } from './findWorksheet';
import { storeFormulaResults } from './formulaResults';
import { loadXlsx } from './loadXlsx';
import { markedCellsOfBackups, type MarkedCell } from './markedCells';
import { isPeriodkollSheet, MARK_BACKUP_SHEET, readMarkBackups, STORE_SHEET, writeMarkBackups, type MarkBackup } from './markBackupSheet';
import { openingSheetName, setOpeningSheet } from './openingSheet';
import { repairDefinedNames } from './repairDefinedNames';
import { writeReportWorksheet } from './reportWorksheet';
import { restoreMarks } from './restoreMarks';
import { SessionEdits } from './sessionEdits';
import { sessionPackage } from './sessionPackage';
import { readStoreSheet, writeStoreSheet } from './storeSheet';
import { workbookModel } from './workbookModel';

export class FileSession {
  /** Loads the file with ExcelJS; throws WorkbookReadError (Swedish message) when it cannot. */
  static async load(original: Uint8Array, name: string): Promise<FileSession> {
    const loaded = await loadXlsx(original, name);
    const session = new FileSession(name, loaded.excel, loaded.definedNames, loaded.lostDrawings, original);
    // Converting every sheet now fails the way reading would (e.g. too many cells) before anything is written.
    session.model();
    return session;
  }

  private cache = new WeakMap<ExcelJS.Worksheet, Sheet>();
  private readonly backups: Map<string, MarkBackup>;
  private readonly store: Map<string, string>;
  /** The sheet the file opened on, to keep it so when sheets are added or removed. */
  private readonly openingSheet: string | undefined;
  /** What this session wrote, for patching the original package. */
  private readonly edits: SessionEdits;
  /** The last copy could not patch the package and was written with ExcelJS. */
  private patchFailed = false;

  private constructor(
    private readonly name: string,
    private readonly excel: ExcelJS.Workbook,
    private readonly definedNames: Record<string, string>,
    /** True when the file had pictures, charts or shapes, which ExcelJS cannot write back. */
    private readonly hasDrawings: boolean,
    /** The file as opened: a copy that only adds marks patches these bytes. */
    private readonly original: Uint8Array,
  ) {
    this.backups = readMarkBackups(excel);
    this.edits = new SessionEdits(excel.properties?.date1904 ? 1904 : 1900);
    this.store = readStoreSheet(excel);
    this.openingSheet = openingSheetName(excel);
  }

  /** The user's sheets (Periodkoll's own hidden sheets are not among them), in workbook order. */
  sheetList(): Array<{ name: string; hidden: boolean }> {
    return this.excel.worksheets.filter((ws) => !isPeriodkollSheet(ws)).map((ws) => ({ name: ws.name, hidden: ws.state === 'hidden' || ws.state === 'veryHidden' }));
  }

  /** True when the last copy from toBuffer() lacks the file's pictures, charts or shapes (written with ExcelJS). */
  get lostDrawings(): boolean {
    return this.hasDrawings && this.patchFailed;
  }

  writeMarks(marks: CellMark[]): MarkResult {
    this.touchCells(marks);
    const result = applyMarks(this.excel, this.backups, marks);
    if (result.marked > 0) this.storeBackups();
    return result;
  }

  clearMarks(): ClearResult {
    if (this.backups.size === 0) return { restored: 0 };
    this.touchCells(this.backups.values());
    const restored = restoreMarks(this.excel, this.backups);
    this.storeBackups();
    return { restored };
  }

  hasMarks(): boolean {
    return this.backups.size > 0;
  }

  markedCells(): MarkedCell[] {
    return markedCellsOfBackups(this.backups.values());
  }

  writeCells(writes: CellWrite[], label: string): WriteReceipt {
    this.touchCells(writes);
    const cells = applyCellWrites(this.excel, writes);
    this.forgetModel();
    const journal = parseJournal<FileCellSnapshot>(this.store.get(WRITE_JOURNAL_KEY));
    const entry = newEntry(journal, label, cells);
    this.setStore(WRITE_JOURNAL_KEY, serializeJournal([...journal, entry]));
    return { id: entry.id, written: cells.length };
  }

  undoWrite(id?: string): number {
    const journal = parseJournal<FileCellSnapshot>(this.store.get(WRITE_JOURNAL_KEY));
    const entry = entryToUndo(journal, id);
    if (!entry) return 0;
    this.touchCells(entry.cells);
    const restored = restoreCellSnapshots(this.excel, entry.cells);
    this.forgetModel();
    this.setStore(WRITE_JOURNAL_KEY, serializeJournal(journal.filter((e) => e !== entry)));
    return restored;
  }

  listWrites(): WriteSummary[] {
    return summaries(parseJournal<FileCellSnapshot>(this.store.get(WRITE_JOURNAL_KEY)));
  }

  readStore(key: string): string | undefined {
    return this.store.get(key);
  }

  writeStore(key: string, value: string | undefined): void {
    this.setStore(key, value);
  }

  /** Returns the sheet's name as written. */
  writeReportSheet(sheet: ReportSheet, options: { replace: boolean }): string {
    if (findWorksheet(this.excel, sheet.name) && !options.replace) {
      throw new HostError('sheet-exists', fileHostMessages.sheetExists(sheet.name));
    }
    const ws = writeReportWorksheet(this.excel, sheet);
    this.edits.touchSheet(ws.name);
    storeFormulaResults(ws, this.model());
    // The model read for the results has the sheet without them.
    this.forgetModel();
    return ws.name;
  }

  /**
   * The workbook with everything written so far, as .xlsx bytes ("Ladda ner markerad kopia"):
   * the original package with this session's writes patched in, keeping everything ExcelJS would
   * drop (charts, pictures, links, …). A package this writer cannot follow gets a copy written
   * with ExcelJS, and lostDrawings tells the page.
   */
  async toBuffer(activated: string | undefined): Promise<Uint8Array> {
    const opening = activated ? { name: activated, select: true } : undefined;
    try {
      const patched = await sessionPackage(this.original, this.excel, this.edits, opening);
      this.patchFailed = false;
      return patched;
    } catch {
      this.patchFailed = true;
    }
    const openingName = activated ?? this.openingSheet;
    if (openingName) setOpeningSheet(this.excel, openingName, { select: activated !== undefined });
    const bytes = new Uint8Array(await this.excel.xlsx.writeBuffer());
    return repairDefinedNames(bytes, this.excel.worksheets.map((ws) => ws.name));
  }

  /** Records the cells' state before a write, for the copy (cells on sheets that do not exist are skipped). */
  private touchCells(cells: Iterable<{ sheet: string; cell: string }>): void {
    for (const { sheet, cell } of cells) {
      const ws = findWorksheet(this.excel, sheet);
      if (ws && parseA1(cell.replace(/\$/g, ''))) this.edits.touch(ws, cell);
    }
  }

  private storeBackups(): void {
    writeMarkBackups(this.excel, this.backups.values());
    this.edits.touchSheet(MARK_BACKUP_SHEET);
  }

  private setStore(key: string, value: string | undefined): void {
    this.edits.touchSheet(STORE_SHEET);
    if (value === undefined) this.store.delete(key);
    else this.store.set(key, value);
    writeStoreSheet(this.excel, this.store);
  }

  /** Written cells change what the next read must see. */
  private forgetModel(): void {
    this.cache = new WeakMap();
  }

  model(options: ReadOptions = {}): Workbook {
    return workbookModel({ excel: this.excel, definedNames: this.definedNames }, this.name, {
      ...options,
      cache: this.cache,
    });
  }
}
