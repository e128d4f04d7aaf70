/**
 * The message for a cell write Excel did not finish, after cellWrites took back what it could.
 * InvalidOperation is not always protection: Excel also answers it for one cell of an array
 * formula, a table's header or a locked range, so the sheet's protection is read again instead
 * of guessed from the code.
 */
import { HostError } from '../port';
import { messages } from './messages';
import { isBusy, isPayloadTooLarge, officeErrorCode, toHostError } from './officeErrors';

export interface FailedWrite {
  /** The journal entry reached the workbook (so the cells were restored from it). */
  journalStored: boolean;
  /** A target sheet that is protected now. */
  protectedSheet?: string;
}

export function explainFailedWrite(error: unknown, failed: FailedWrite): HostError {
  if (error instanceof HostError) return error;
  if (failed.protectedSheet) return new HostError('protected', messages.sheetProtectedForWrite(failed.protectedSheet));
  if (isBusy(error)) return toHostError(error, 'write') as HostError;
  if (!failed.journalStored) return new HostError('not-supported', messages.journalNotStored);
  if (isPayloadTooLarge(error)) return new HostError('not-supported', `${messages.tooLarge} ${messages.nothingChanged}`);
  const code = officeErrorCode(error);
  if (code === 'InvalidOperation' || code === 'AccessDenied') return new HostError('refused', messages.cellsRefused);
  return new HostError('refused', messages.writeFailed(code ?? String(error)));
}
