import type { Finding, Report } from '../core/findings/finding';
import type { Workbook } from '../core/model/workbook';
import type { ReportSheet } from '../core/report/reportSheet';
import type { CellWrite } from '../core/model/cellWrite';

export type { CellWrite } from '../core/model/cellWrite';

export type { ReportSheet, ReportCell } from '../core/report/reportSheet';

/**
 * The one port every host implements (Excel through Office.js, an .xlsx file through ExcelJS).
 * The task pane talks only to this; the engine never sees a host.
 * Reads are free; every write is explicit, reversible and refused on protected sheets.
 */
export interface WorkbookHost {
  readonly kind: 'excel' | 'file';
  /** Name shown to the user (file name or workbook name). */
  readonly name: string;

  /** Reads the whole workbook, or only the named sheets, in as few round trips as the host allows. */
  readWorkbook(options?: ReadOptions): Promise<Workbook>;
  /** The sheet the user is looking at ("Validera markerat blad"). */
  activeSheetName(): Promise<string>;
  /** The cell the user has selected, where the host has one (Excel); absent where it has none (a file). */
  activeCell?(): Promise<{ sheet: string; cell: string }>;
  /** Shows a finding's cell to the user (selects it in Excel, scrolls the preview in the browser). */
  selectCell(sheet: string, cell: string): Promise<void>;

  /** Colours the finding cells and adds a note with the message, remembering what each cell had. */
  writeMarks(marks: CellMark[]): Promise<MarkResult>;
  /** Restores every marked cell's previous fill and note exactly; says how many cells. */
  clearMarks(): Promise<ClearResult>;
  /** True when marks written earlier (also in an earlier session) are still in the workbook. */
  hasMarks(): Promise<boolean>;

  /**
   * Writes cells the user confirmed in a preview (live formulas, values, number formats, fills),
   * remembering each cell's previous content and look so that `undoWrite` restores it exactly.
   * Refused as a whole (HostError 'protected') when a target sheet is protected.
   */
  writeCells(writes: CellWrite[], label: string): Promise<WriteReceipt>;
  /** Undoes one earlier `writeCells` (the newest by default); returns how many cells were restored. */
  undoWrite(id?: string): Promise<number>;
  /** Writes not yet undone, newest first (also from an earlier session). */
  listWrites(): Promise<WriteSummary[]>;

  /** Periodkoll's own settings stored in the workbook (scenarios, risk scales), JSON text by key. */
  readStore(key: string): Promise<string | undefined>;
  /** Stores (or with undefined removes) a value; never touches the user's sheets. */
  writeStore(key: string, value: string | undefined): Promise<void>;

  sheetExists(name: string): Promise<boolean>;
  /** Writes the control report as a new sheet; `replace` only after the user confirmed. */
  writeReportSheet(sheet: ReportSheet, options: { replace: boolean }): Promise<void>;
}

export interface ReadOptions {
  sheets?: string[];
  onProgress?: (progress: ReadProgress) => void;
}

export interface ReadProgress {
  /** Sheets (or chunks) read so far, and in all. */
  done: number;
  total: number;
}

export interface CellMark {
  sheet: string;
  /** A1 address without "$". */
  cell: string;
  severity: 'error' | 'warning';
  /** Swedish text of the note. */
  note: string;
}

export interface WriteReceipt {
  id: string;
  written: number;
  /** A Swedish remark, e.g. that the oldest undo steps made room for this one. */
  notice?: string;
}

export interface WriteSummary {
  id: string;
  /** Swedish description of what was written ("Avvikelser i Resultatrapport"); the pane adds the count from `cells`. */
  label: string;
  cells: number;
  /** ISO time of the write. */
  at: string;
}

export interface MarkResult {
  marked: number;
  /** Marks not written, with the Swedish reason (e.g. a protected sheet). */
  skipped: Array<{ sheet: string; cell: string; reason: string }>;
  /** A Swedish remark about the whole write (e.g. "notes need a newer Excel; only colours were set"). */
  notice?: string;
}

export interface ClearResult {
  /** Cells given back the fill and note they had before marking. */
  restored: number;
  /** A Swedish remark about the whole clear (e.g. marks this Excel had to leave in place). */
  notice?: string;
}

/** A host refused a write, with a Swedish message for the user; nothing was changed. */
export class HostError extends Error {
  constructor(
    /** 'refused': Excel would not change the cells for a reason other than protection. */
    readonly code: 'protected' | 'sheet-exists' | 'not-supported' | 'not-found' | 'busy' | 'no-workbook' | 'refused',
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

export function marksFor(findings: Finding[]): CellMark[] {
  return findings
    .filter((f): f is Finding & { severity: 'error' | 'warning' } => f.severity !== 'info')
    .map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, note: `Periodkoll (${f.rule}): ${f.message}` }));
}

export type { Report };
