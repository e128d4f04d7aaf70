/**
 * The WorkbookHost over an .xlsx held in memory: the stand-alone browser mode (and the CLI) open
 * a file, validate it, mark it and download a marked copy with toBuffer().
 *
 * Opening reads the file with the streaming reader (readXlsxStream): fast, and a 1 000 000-row
 * huvudbok fits. ExcelJS is loaded only when something is written (fileSession.ts); a file too
 * large for it can be read and checked, and a write gets a Swedish message instead. The copy
 * patches the original package with what the session wrote (sessionPackage.ts).
 * There is no window to select in, so selectCell tells listeners (the preview scrolls to the
 * cell) and the active sheet is whatever the preview last showed.
 */
import type { Workbook } from '../../core/model/workbook';
import {
  HostError,
  type CellMark,
  type CellWrite,
  type ClearResult,
  type MarkResult,
  type ReadOptions,
  type ReportSheet,
  type WorkbookHost,
  type WriteReceipt,
  type WriteSummary,
} from '../port';
import { parseJournal, summaries, WRITE_JOURNAL_KEY } from '../writeJournal';
import type { FileCellSnapshot } from './cellWrites';
import { fileHostMessages } from './fileHostMessages';
import { FileSession } from './fileSession';
import type { MarkedCell } from './markedCells';
import { READ_ONLY_LIMITS } from './limits';
import { readXlsxPackage } from './readXlsxStream';
import { SessionEdits } from './sessionEdits';
import { sessionPackage } from './sessionPackage';
import { isWorkbookReadError } from './WorkbookReadError';

export interface CellSelection {
  sheet: string;
  cell: string;
}

export class FileWorkbookHost implements WorkbookHost {
  readonly kind = 'file' as const;

  /** Reads the file; throws WorkbookReadError (Swedish message) when it cannot be read. */
  static async open(data: ArrayBuffer | Uint8Array, name: string): Promise<FileWorkbookHost> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const { workbook, marks } = await readXlsxPackage(bytes, name, READ_ONLY_LIMITS);
    return new FileWorkbookHost(name, workbook, async () => bytes, marks);
  }

  /** A workbook read from another format (a CSV or SIE ledger): its .xlsx is made only when something is written. */
  static fromModel(workbook: Workbook, xlsx: () => Promise<Uint8Array>): FileWorkbookHost {
    let made: Promise<Uint8Array> | undefined;
    return new FileWorkbookHost(workbook.name, workbook, () => (made ??= xlsx()), []);
  }

  private readonly listeners = new Set<(selection: CellSelection) => void>();
  /** Set by the preview, a selected cell or a written report; undefined until then. */
  private activated: string | undefined;
  /** Loaded at the first write. */
  private session: FileSession | undefined;
  /** Writes and copies run one at a time, in call order: a copy asked for while marking waits for the marks. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly name: string,
    /** The model as read at opening; the session's once something is written. */
    private readonly opened: Workbook,
    /** The file as opened: the copy patches these bytes. */
    private readonly original: () => Promise<Uint8Array>,
    /** The cells the file came with marked by Periodkoll. */
    private readonly marksAtOpen: readonly MarkedCell[],
  ) {}

  /** True when the last copy from toBuffer() lacks the file's pictures, charts or shapes (written with ExcelJS). */
  get lostDrawings(): boolean {
    return this.session?.lostDrawings ?? false;
  }

  async readWorkbook(options: ReadOptions = {}): Promise<Workbook> {
    if (this.session) return this.session.model(options);
    const wanted = options.sheets && new Set(options.sheets);
    const sheets = this.opened.sheets.filter((s) => !wanted || wanted.has(s.name));
    sheets.forEach((_, i) => options.onProgress?.({ done: i + 1, total: sheets.length }));
    return { ...this.opened, sheets };
  }

  async activeSheetName(): Promise<string> {
    const activated = this.activated && this.findSheet(this.activated);
    if (activated) return activated;
    const sheets = this.sheetList();
    return (sheets.find((s) => !s.hidden) ?? sheets[0]).name;
  }

  /** The preview shows this sheet; false (nothing changes) when the workbook has no such sheet. */
  setActiveSheet(name: string): boolean {
    const found = this.findSheet(name);
    if (found) this.activated = found;
    return found !== undefined;
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
    return this.inTurn(async () => (await this.writable()).writeMarks(marks));
  }

  async clearMarks(): Promise<ClearResult> {
    return this.inTurn(async () => ((await this.hasMarks()) ? (await this.writable()).clearMarks() : { restored: 0 }));
  }

  async hasMarks(): Promise<boolean> {
    return this.session ? this.session.hasMarks() : this.marksAtOpen.length > 0;
  }

  /** The marked cells with the fill and note the copy carries, for the page's preview. */
  async markedCells(): Promise<MarkedCell[]> {
    return this.session ? this.session.markedCells() : [...this.marksAtOpen];
  }

  async writeCells(writes: CellWrite[], label: string): Promise<WriteReceipt> {
    return this.inTurn(async () => (await this.writable()).writeCells(writes, label));
  }

  async undoWrite(id?: string): Promise<number> {
    return this.inTurn(async () => ((await this.listWrites()).length === 0 ? 0 : (await this.writable()).undoWrite(id)));
  }

  async listWrites(): Promise<WriteSummary[]> {
    if (this.session) return this.session.listWrites();
    return summaries(parseJournal<FileCellSnapshot>(this.opened.store?.[WRITE_JOURNAL_KEY]));
  }

  async readStore(key: string): Promise<string | undefined> {
    return this.session ? this.session.readStore(key) : this.opened.store?.[key];
  }

  async writeStore(key: string, value: string | undefined): Promise<void> {
    await this.inTurn(async () => (await this.writable()).writeStore(key, value));
  }

  async sheetExists(name: string): Promise<boolean> {
    return this.findSheet(name) !== undefined;
  }

  async writeReportSheet(sheet: ReportSheet, options: { replace: boolean }): Promise<void> {
    await this.inTurn(async () => {
      if (this.findSheet(sheet.name) && !options.replace) throw new HostError('sheet-exists', fileHostMessages.sheetExists(sheet.name));
      this.activated = (await this.writable()).writeReportSheet(sheet, options);
    });
  }

  /**
   * The workbook with everything written so far, as .xlsx bytes ("Ladda ner markerad kopia"):
   * the original package with this session's writes patched in, keeping everything ExcelJS would
   * drop (charts, pictures, links, …). Nothing written: the file as opened, opening on the sheet
   * last shown.
   */
  async toBuffer(): Promise<Uint8Array> {
    return this.inTurn(async () => {
      if (this.session) return this.session.toBuffer(this.activated);
      const original = await this.original();
      if (!this.activated) return original;
      return sessionPackage(original, undefined, new SessionEdits(this.opened.dateSystem ?? 1900), { name: this.activated, select: true });
    });
  }

  /** Runs `work` after every write and copy asked for before it, whether they succeeded or not. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(work, work);
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** The session that writes, loaded once; a file ExcelJS cannot hold is refused with a Swedish message. */
  private async writable(): Promise<FileSession> {
    // Writes run in turn (inTurn), so the session is never loaded twice.
    if (this.session) return this.session;
    try {
      this.session = await FileSession.load(await this.original(), this.name);
      return this.session;
    } catch (e) {
      if (isWorkbookReadError(e) && e.code === 'too-large') throw new HostError('refused', fileHostMessages.tooLargeToWrite(e.message));
      throw e;
    }
  }

  /** The user's sheets in workbook order (the session's once something is written: it may have added some). */
  private sheetList(): Array<{ name: string; hidden?: boolean }> {
    return this.session ? this.session.sheetList() : this.opened.sheets;
  }

  /** A user's sheet by name, ignoring case as Excel does; its name as written. */
  private findSheet(name: string): string | undefined {
    return this.sheetList().find((s) => s.name.toLowerCase() === name.toLowerCase())?.name;
  }
}
