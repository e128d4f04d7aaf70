/**
 * The WorkbookHost over an .xlsx held in memory: the stand-alone browser mode (and the CLI) open
 * a file, validate it, mark it and download a marked copy with toBuffer().
 *
 * The file is parsed once with the reader's machinery (loadXlsx) and the ExcelJS workbook is kept
 * for the writes. This host writes fills and notes of marked cells, its own hidden sheets, the
 * report sheet, and — only when the user confirmed a preview — the cells of `writeCells`, each
 * undoable. The copy patches the original package with what the session wrote (sessionPackage.ts).
 * There is no window to select in, so selectCell tells
 * listeners (the preview scrolls to the cell) and the active sheet is whatever the preview last
 * showed.
 */
import type ExcelJS from 'exceljs';
import type { Sheet, Workbook } from '../../core/model/workbook';
import {
  HostError,
  type CellMark,
  type ClearResult,
  type MarkResult,
  type ReadOptions,
  type ReportSheet,
  type WorkbookHost,
  type CellWrite,
  type WriteReceipt,
  type WriteSummary,
} from '../port';
import { applyCellWrites, restoreCellSnapshots, type FileCellSnapshot } from './cellWrites';
import { readStoreSheet, writeStoreSheet } from './storeSheet';
import { entryToUndo, newEntry, parseJournal, serializeJournal, summaries, WRITE_JOURNAL_KEY } from '../writeJournal';
import { applyMarks } from './applyMarks';
import { repairDefinedNames } from './repairDefinedNames';
import { fileHostMessages } from './fileHostMessages';
import { findWorksheet } from './findWorksheet';
import { loadXlsx } from './loadXlsx';
import { MARK_BACKUP_SHEET, readMarkBackups, STORE_SHEET, writeMarkBackups, type MarkBackup } from './markBackupSheet';
import { storeFormulaResults } from './formulaResults';
import { SessionEdits } from './sessionEdits';
import { sessionPackage } from './sessionPackage';
import { parseA1 } from '../../core/model/address';
import { openingSheetName, setOpeningSheet } from './openingSheet';
import { restoreMarks } from './restoreMarks';
import { writeReportWorksheet } from './reportWorksheet';
import { workbookModel } from './workbookModel';

export interface CellSelection {
  sheet: string;
  cell: string;
}

export class FileWorkbookHost implements WorkbookHost {
  readonly kind = 'file' as const;

  /** Parses the file once; throws WorkbookReadError (Swedish message) when it cannot be read. */
  static async open(data: ArrayBuffer | Uint8Array, name: string): Promise<FileWorkbookHost> {
    const loaded = await loadXlsx(data, name);
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const host = new FileWorkbookHost(name, loaded.excel, loaded.definedNames, loaded.lostDrawings, bytes);
    // Converting every sheet now makes opening fail the way reading the file would (e.g. too many
    // cells), and later reads only hand out the converted sheets.
    host.model();
    return host;
  }

  private cache = new WeakMap<ExcelJS.Worksheet, Sheet>();
  private readonly listeners = new Set<(selection: CellSelection) => void>();
  private readonly backups: Map<string, MarkBackup>;
  private readonly store: Map<string, string>;
  /** The sheet the file opened on, to keep it so when sheets are added or removed. */
  private readonly openingSheet: string | undefined;
  /** Set by the preview, a selected cell or a written report; undefined until then. */
  private activated: string | undefined;
  /** What this session wrote, for patching the original package. */
  private readonly edits: SessionEdits;
  /** The last copy could not patch the package and was written with ExcelJS. */
  private patchFailed = false;

  private constructor(
    readonly name: string,
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

  /** True when the last copy from toBuffer() lacks the file's pictures, charts or shapes (written with ExcelJS). */
  get lostDrawings(): boolean {
    return this.hasDrawings && this.patchFailed;
  }

  async readWorkbook(options: ReadOptions = {}): Promise<Workbook> {
    return this.model(options);
  }

  async activeSheetName(): Promise<string> {
    const activated = this.activated && findWorksheet(this.excel, this.activated);
    if (activated) return activated.name;
    const visible = this.excel.worksheets.find((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden');
    return (visible ?? this.excel.worksheets[0]).name;
  }

  /** The preview shows this sheet; false (nothing changes) when the workbook has no such sheet. */
  setActiveSheet(name: string): boolean {
    const ws = findWorksheet(this.excel, name);
    if (ws) this.activated = ws.name;
    return ws !== undefined;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    if (!this.setActiveSheet(sheet)) return;
    const selection = { sheet: this.activated!, cell };
    for (const listener of [...this.listeners]) listener(selection);
  }

  /** Called with every selectCell, so the preview can scroll to the cell; returns an unsubscribe. */
  onSelect(listener: (selection: CellSelection) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  async writeMarks(marks: CellMark[]): Promise<MarkResult> {
    this.touchCells(marks);
    const result = applyMarks(this.excel, this.backups, marks);
    if (result.marked > 0) this.storeBackups();
    return result;
  }

  async clearMarks(): Promise<ClearResult> {
    if (this.backups.size === 0) return { restored: 0 };
    this.touchCells(this.backups.values());
    const restored = restoreMarks(this.excel, this.backups);
    this.storeBackups();
    return { restored };
  }

  async hasMarks(): Promise<boolean> {
    return this.backups.size > 0;
  }

  async writeCells(writes: CellWrite[], label: string): Promise<WriteReceipt> {
    this.touchCells(writes);
    const cells = applyCellWrites(this.excel, writes);
    this.forgetModel();
    const journal = parseJournal<FileCellSnapshot>(this.store.get(WRITE_JOURNAL_KEY));
    const entry = newEntry(journal, label, cells);
    this.setStore(WRITE_JOURNAL_KEY, serializeJournal([...journal, entry]));
    return { id: entry.id, written: cells.length };
  }

  async undoWrite(id?: string): Promise<number> {
    const journal = parseJournal<FileCellSnapshot>(this.store.get(WRITE_JOURNAL_KEY));
    const entry = entryToUndo(journal, id);
    if (!entry) return 0;
    this.touchCells(entry.cells);
    const restored = restoreCellSnapshots(this.excel, entry.cells);
    this.forgetModel();
    this.setStore(WRITE_JOURNAL_KEY, serializeJournal(journal.filter((e) => e !== entry)));
    return restored;
  }

  async listWrites(): Promise<WriteSummary[]> {
    return summaries(parseJournal<FileCellSnapshot>(this.store.get(WRITE_JOURNAL_KEY)));
  }

  async readStore(key: string): Promise<string | undefined> {
    return this.store.get(key);
  }

  async writeStore(key: string, value: string | undefined): Promise<void> {
    this.setStore(key, value);
  }

  async sheetExists(name: string): Promise<boolean> {
    return findWorksheet(this.excel, name) !== undefined;
  }

  async writeReportSheet(sheet: ReportSheet, options: { replace: boolean }): Promise<void> {
    if (findWorksheet(this.excel, sheet.name) && !options.replace) {
      throw new HostError('sheet-exists', fileHostMessages.sheetExists(sheet.name));
    }
    const ws = writeReportWorksheet(this.excel, sheet);
    this.activated = ws.name;
    this.edits.touchSheet(ws.name);
    storeFormulaResults(ws, this.model());
    // The model read for the results has the sheet without them.
    this.forgetModel();
  }

  /**
   * The workbook with everything written so far, as .xlsx bytes ("Ladda ner markerad kopia"):
   * the original package with this session's writes patched in, keeping everything ExcelJS would
   * drop (charts, pictures, links, …). A package this writer cannot follow gets a copy written
   * with ExcelJS, and lostDrawings tells the page.
   */
  async toBuffer(): Promise<Uint8Array> {
    const opening = this.activated ? { name: this.activated, select: true } : undefined;
    try {
      const patched = await sessionPackage(this.original, this.excel, this.edits, opening);
      this.patchFailed = false;
      return patched;
    } catch {
      this.patchFailed = true;
    }
    const openingName = this.activated ?? this.openingSheet;
    if (openingName) setOpeningSheet(this.excel, openingName, { select: this.activated !== undefined });
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

  private model(options: ReadOptions = {}): Workbook {
    return workbookModel({ excel: this.excel, definedNames: this.definedNames }, this.name, {
      ...options,
      cache: this.cache,
    });
  }
}
