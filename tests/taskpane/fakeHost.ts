/**
 * A WorkbookHost over an in-memory Workbook (built from the real domain tables) that records
 * every call, so pane tests can assert what was read, selected and written.
 */
import type { Cell, Workbook } from '../../src/core/model/workbook';
import { parseA1 } from '../../src/core/model/address';
import {
  HostError,
  type CellWrite,
  type WriteReceipt,
  type WriteSummary,
  type CellMark,
  type ClearResult,
  type MarkResult,
  type ReadOptions,
  type ReportSheet,
  type WorkbookHost,
} from '../../src/host/port';

export type HostMethod =
  | 'readWorkbook'
  | 'activeSheetName'
  | 'selectCell'
  | 'writeMarks'
  | 'clearMarks'
  | 'hasMarks'
  | 'sheetExists'
  | 'writeReportSheet'
  | 'writeCells'
  | 'undoWrite'
  | 'listWrites'
  | 'readStore'
  | 'writeStore';

export interface HostCall {
  method: HostMethod;
  args: unknown[];
}

export const WRITE_METHODS: HostMethod[] = ['writeMarks', 'clearMarks', 'writeReportSheet', 'writeCells', 'undoWrite', 'writeStore'];

export class FakeHost implements WorkbookHost {
  /** 'excel' for tests of what only Excel does (keeping figures in the workbook's settings). */
  kind: 'excel' | 'file' = 'file';
  readonly calls: HostCall[] = [];
  /** Marks currently in the workbook. */
  marks: CellMark[] = [];
  /** Report sheets written, in order. */
  readonly reportSheets: Array<{ sheet: ReportSheet; replace: boolean }> = [];
  /** Sheets where marks are refused, as a protected sheet in Excel. */
  readonly protectedSheets = new Set<string>();
  activeSheet: string;
  private readonly extraSheets = new Set<string>();
  /** Undo journal: what each write replaced. */
  readonly journal: Array<{ id: string; label: string; before: Array<{ sheet: string; cell: string; was: Cell | null | undefined }> }> = [];
  readonly store = new Map<string, string>();
  private readonly failures = new Map<HostMethod, unknown>();
  private pause: { afterSheets: number; promise: Promise<void>; release: () => void } | undefined;

  constructor(
    readonly workbook: Workbook,
    readonly name = 'Periodrapport juli 2025.xlsx',
  ) {
    this.activeSheet = workbook.sheets[0]?.name ?? '';
  }

  /** Every later call of `method` rejects with `error` until `succeed(method)`. */
  fail(method: HostMethod, error: unknown): this {
    this.failures.set(method, error);
    return this;
  }

  succeed(method: HostMethod): this {
    this.failures.delete(method);
    return this;
  }

  /** A sheet that exists besides the model's sheets (e.g. an earlier Kontrollrapport). */
  addSheet(name: string): this {
    this.extraSheets.add(name);
    return this;
  }

  /** The next read stops after reporting `afterSheets` sheets read, until the returned release is called. */
  pauseRead(afterSheets: number): () => void {
    let release = () => {};
    const promise = new Promise<void>((resolve) => (release = resolve));
    this.pause = { afterSheets, promise, release };
    return release;
  }

  callsOf(method: HostMethod): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  writes(): HostCall[] {
    return this.calls.filter((c) => WRITE_METHODS.includes(c.method));
  }

  private enter(method: HostMethod, args: unknown[]): void {
    this.calls.push({ method, args });
    if (this.failures.has(method)) throw this.failures.get(method);
  }

  async readWorkbook(options: ReadOptions = {}): Promise<Workbook> {
    this.enter('readWorkbook', [options.sheets]);
    const wanted = options.sheets;
    const sheets = wanted ? this.workbook.sheets.filter((s) => wanted.includes(s.name)) : this.workbook.sheets;
    for (let done = 0; done <= sheets.length; done++) {
      options.onProgress?.({ done, total: sheets.length });
      const pause = this.pause;
      if (pause && pause.afterSheets === done) {
        this.pause = undefined;
        await pause.promise;
      }
    }
    return { ...this.workbook, sheets };
  }

  async activeSheetName(): Promise<string> {
    this.enter('activeSheetName', []);
    return this.activeSheet;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.enter('selectCell', [sheet, cell]);
  }

  async writeMarks(marks: CellMark[]): Promise<MarkResult> {
    this.enter('writeMarks', [marks]);
    const written = marks.filter((m) => !this.protectedSheets.has(m.sheet));
    this.marks.push(...written);
    return {
      marked: written.length,
      skipped: marks
        .filter((m) => this.protectedSheets.has(m.sheet))
        .map((m) => ({ sheet: m.sheet, cell: m.cell, reason: `Bladet ${m.sheet} är skyddat.` })),
    };
  }

  async clearMarks(): Promise<ClearResult> {
    this.enter('clearMarks', []);
    const restored = this.marks.length;
    this.marks = [];
    return { restored };
  }

  async hasMarks(): Promise<boolean> {
    this.enter('hasMarks', []);
    return this.marks.length > 0;
  }

  async sheetExists(name: string): Promise<boolean> {
    this.enter('sheetExists', [name]);
    return this.sheetNames().includes(name);
  }

  async writeReportSheet(sheet: ReportSheet, options: { replace: boolean }): Promise<void> {
    this.enter('writeReportSheet', [sheet, options]);
    if (this.sheetNames().includes(sheet.name) && !options.replace) {
      throw new HostError('sheet-exists', `Bladet ${sheet.name} finns redan.`);
    }
    this.reportSheets.push({ sheet, replace: options.replace });
    this.extraSheets.add(sheet.name);
  }

  /** What the host says with each receipt (the Excel host: the oldest undo steps made room). */
  writeNotice?: string;

  async writeCells(writes: CellWrite[], label: string): Promise<WriteReceipt> {
    this.enter('writeCells', [writes, label]);
    const locked = writes.find((w) => this.protectedSheets.has(w.sheet));
    if (locked) throw new HostError('protected', `Bladet ${locked.sheet} är skyddat, så inget skrevs.`);
    const before = writes.map((w) => {
      const { row, col } = parseA1(w.cell)!;
      const sheet = this.workbook.sheets.find((x) => x.name === w.sheet)!;
      const was = sheet.rows[row - 1]?.[col - 1];
      const cell: Cell = w.formula !== undefined
        ? { value: w.result ?? null, type: typeof w.result === 'number' ? 'number' : w.result === undefined ? 'empty' : 'text', formula: w.formula, numberFormat: w.numberFormat }
        : { value: w.value ?? null, type: typeof w.value === 'number' ? 'number' : w.value ? 'text' : 'empty', numberFormat: w.numberFormat };
      (sheet.rows[row - 1] ??= [])[col - 1] = cell;
      sheet.rowCount = Math.max(sheet.rowCount, row);
      sheet.colCount = Math.max(sheet.colCount, col);
      return { sheet: w.sheet, cell: w.cell, was };
    });
    const id = `w${this.journal.length + 1}`;
    this.journal.push({ id, label, before });
    return { id, written: writes.length, ...(this.writeNotice ? { notice: this.writeNotice } : {}) };
  }

  async undoWrite(id?: string): Promise<number> {
    this.enter('undoWrite', [id]);
    const i = id === undefined ? this.journal.length - 1 : this.journal.findIndex((e) => e.id === id);
    if (i < 0) return 0;
    const [entry] = this.journal.splice(i, 1);
    for (const b of [...entry.before].reverse()) {
      const { row, col } = parseA1(b.cell)!;
      this.workbook.sheets.find((x) => x.name === b.sheet)!.rows[row - 1]![col - 1] = b.was;
    }
    return entry.before.length;
  }

  async listWrites(): Promise<WriteSummary[]> {
    this.enter('listWrites', []);
    return [...this.journal].reverse().map((e) => ({ id: e.id, label: e.label, cells: e.before.length, at: '2025-08-15T10:00:00.000Z' }));
  }

  async readStore(key: string): Promise<string | undefined> {
    this.enter('readStore', [key]);
    return this.store.get(key);
  }

  async writeStore(key: string, value: string | undefined): Promise<void> {
    this.enter('writeStore', [key, value]);
    if (value === undefined) this.store.delete(key);
    else this.store.set(key, value);
  }

  private sheetNames(): string[] {
    return [...this.workbook.sheets.map((s) => s.name), ...this.extraSheets];
  }
}
