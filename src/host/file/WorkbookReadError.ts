/**
 * Why a file could not be turned into a Workbook. The code is for programs (CLI exit codes,
 * the browser mode's UI); the message is Swedish and tells the controller what to do about it.
 */
export type WorkbookReadErrorCode =
  | 'not-found'
  | 'unsupported-format'
  | 'encrypted'
  | 'unreadable'
  | 'too-large'
  | 'empty';

export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;

  constructor(code: WorkbookReadErrorCode, message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = 'WorkbookReadError';
    this.code = code;
    // Kept for debugging (e.g. the ExcelJS stack behind an "unreadable"); never shown to users.
    if (options && 'cause' in options) (this as { cause?: unknown }).cause = options.cause;
  }
}

export function isWorkbookReadError(e: unknown): e is WorkbookReadError {
  return e instanceof WorkbookReadError;
}
