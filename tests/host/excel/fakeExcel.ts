/**
 * A small fake of the Office.js Excel object model, enough for the Excel adapter, with the
 * semantics that matter: proxies queue loads, writes and method calls; nothing reaches the
 * document before context.sync(); loaded properties (and isNullObject, ClientResult.value) are
 * readable only after the sync that loaded them, else it throws like PropertyNotLoaded; a failing
 * operation rejects the sync and drops the rest of the batch. It records every call and every
 * sync with its request and response size, and can refuse a batch above Excel on the web's
 * payload limit. APIs newer than the configured ExcelApi version fail with ApiNotFound; members
 * newer than the loaded office.js library are missing from the objects (see `library`).
 */
import type { FakeState } from './fakeState';
import { FakeWorkbook } from './fakeProxies';

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface CallRecord {
  /** 1-based number of the sync this call is sent with. */
  sync: number;
  object: string;
  kind: 'load' | 'set' | 'call';
  name: string;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  failed?: string;
}

/** Calls that change the document or what the user sees. */
const MUTATING_CALLS = new Set(['add', 'delete', 'clear', 'setXml', 'activate', 'select', 'suspendScreenUpdatingUntilNextSync']);

export function isWrite(call: CallRecord): boolean {
  return call.kind === 'set' || (call.kind === 'call' && MUTATING_CALLS.has(call.name));
}

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set, e.g. "1.18" (default). */
  api?: string;
  /** Request/response limit in bytes, like Excel on the web (about 5 MB); none by default. */
  payloadLimit?: number;
  /**
   * Highest ExcelApi the loaded office.js library defines, or "preview" for the beta library
   * (default: `api`). isSetSupported answers for Excel; a library has only the APIs of its release
   * ("each version of the NPM package for Office.js contains only the Office.js APIs that were
   * available at the point in time when that version of the NPM package was created", README of
   * @microsoft/office-js 1.1.48 on unpkg.com), so a self-hosted copy lags Excel: the Excel files of
   * the 1.1.110 package define neither Worksheet.notes nor Range.valuesAsJson.
   */
  library?: string;
  /**
   * What Excel on the web answers a request above `payloadLimit` with. Documented:
   * RequestPayloadSizeLimitExceeded (learn.microsoft.com, "Resource limits and performance
   * optimization for Office Add-ins"); reported as well: GeneralException "An internal error has
   * occurred" for large writes on the web (OfficeDev/office-js#1012, #1314;
   * office-js-docs-reference#354).
   */
  payloadError?: 'RequestPayloadSizeLimitExceeded' | 'GeneralException';
  /**
   * Characters all of Workbook.settings may hold together; 2 MB by default, the limit Microsoft
   * gives for add-in settings (Office.Settings reference; OfficeDev/office-js#621). Above it
   * SettingCollection.add fails with InvalidArgument.
   */
  settingsLimit?: number;
  /**
   * The error a write on a protected sheet gets. Excel answers AccessDenied ("You cannot perform
   * the requested operation", OfficeDev/office-js#6784) on current builds and InvalidOperation on
   * others, so the adapter may rely on neither.
   */
  protectionError?: 'AccessDenied' | 'InvalidOperation';
  /**
   * UTF-8 bytes one custom XML part may hold, as on the web, where a part above 1 MB is refused
   * while desktop takes 7 MB and more (OfficeDev/office-js#2408; #6216 shows the web failing with
   * GeneralException); none by default, like desktop.
   */
  customXmlLimit?: number;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export class FakeExcel {
  readonly calls: CallRecord[] = [];
  readonly syncs: SyncRecord[] = [];
  readonly apiMinor: number;
  readonly payloadLimit?: number;
  readonly libraryLevel: number;
  readonly payloadError: NonNullable<FakeExcelOptions['payloadError']>;
  readonly settingsLimit: number;
  readonly protectionError: NonNullable<FakeExcelOptions['protectionError']>;
  readonly customXmlLimit?: number;
  /** The user is typing in a cell (Excel's cell edit mode); see `run`. */
  cellEditMode = false;
  /** Runs that waited for the user to leave cell edit mode. */
  delayedRuns = 0;
  /** Called before each sync runs (1-based), so a test can act as the user between two requests. */
  beforeSync?: (sync: number) => void;

  constructor(
    readonly state: FakeState,
    options: FakeExcelOptions = {},
  ) {
    this.apiMinor = minorOf(options.api ?? '1.18');
    this.payloadLimit = options.payloadLimit;
    this.libraryLevel = levelOf(options.library ?? options.api ?? '1.18');
    this.payloadError = options.payloadError ?? 'RequestPayloadSizeLimitExceeded';
    this.settingsLimit = options.settingsLimit ?? 2 * 1024 * 1024;
    this.protectionError = options.protectionError ?? 'AccessDenied';
    this.customXmlLimit = options.customXmlLimit;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /**
   * Excel.run(batch) or Excel.run(options, batch). In cell edit mode a batch fails with
   * InvalidOperationInCellEditMode unless `delayForCellEdit` is set; then it waits until the user
   * leaves the cell (Excel.RunOptions reference), which the fake does at once.
   */
  readonly run = <T>(...args: [Batch<T>] | [Excel.RunOptions, Batch<T>]): Promise<T> => {
    const [options, batch] = args.length === 1 ? [{} as Excel.RunOptions, args[0]] : args;
    const context = new FakeContext(this);
    if (this.cellEditMode && options.delayForCellEdit) {
      this.delayedRuns++;
      this.cellEditMode = false;
    }
    return batch(context as unknown as Excel.RequestContext);
  };

  readonly isSetSupported = (version: string): boolean => minorOf(version) <= this.apiMinor;

  writes(): CallRecord[] {
    return this.calls.filter(isWrite);
  }

  resetCounters(): void {
    this.calls.length = 0;
    this.syncs.length = 0;
  }

  requireApi(version: string, what: string): void {
    if (minorOf(version) > this.apiMinor) throw new FakeOfficeError('ApiNotFound', `${what} needs ExcelApi ${version}`);
  }

  /** Whether the loaded library has an API added in `version` ("1.13", or "preview"). */
  libraryDefines(version: string): boolean {
    return levelOf(version) <= this.libraryLevel;
  }
}

function minorOf(version: string): number {
  return Number(version.split('.')[1] ?? 0);
}

function levelOf(version: string): number {
  return version === 'preview' ? Infinity : minorOf(version);
}

/** What one queued operation does when the batch runs; a load returns its response size and a commit. */
export interface Operation {
  requestBytes: number;
  run: () => { bytes: number; commit?: () => void } | void;
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  private queue: Operation[] = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  get state(): FakeState {
    return this.excel.state;
  }

  record(object: string, kind: CallRecord['kind'], name: string): void {
    this.excel.calls.push({ sync: this.excel.syncs.length + 1, object, kind, name });
  }

  enqueue(op: Operation): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const record: SyncRecord = { requestBytes: ops.reduce((n, o) => n + o.requestBytes, 0), responseBytes: 0, operations: ops.length };
    this.excel.syncs.push(record);
    this.excel.beforeSync?.(this.excel.syncs.length);
    const limit = this.excel.payloadLimit;
    try {
      if (this.excel.cellEditMode) throw new FakeOfficeError('InvalidOperationInCellEditMode');
      if (limit !== undefined && record.requestBytes > limit) throw new FakeOfficeError(this.excel.payloadError);
      const commits: Array<() => void> = [];
      for (const op of ops) {
        const result = op.run();
        if (!result) continue;
        record.responseBytes += result.bytes;
        if (result.commit) commits.push(result.commit);
      }
      if (limit !== undefined && record.responseBytes > limit) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded');
      for (const commit of commits) commit();
    } catch (e) {
      record.failed = (e as { code?: string }).code ?? String(e);
      throw e;
    }
    await Promise.resolve();
  }
}
