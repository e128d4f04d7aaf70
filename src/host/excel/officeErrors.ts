/**
 * Office.js errors -> HostError with a Swedish message the pane can show as it is.
 * Errors carry a language-free `code` (OfficeExtension.Error); errors this adapter cannot explain
 * are passed on unchanged.
 */
import { HostError } from '../port';
import { messages } from './messages';

export type OfficeAction = 'read' | 'write';

export function officeErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** True for errors where trying again later can help and nothing about the request is wrong. */
export function isBusy(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === 'InvalidOperationInCellEditMode' || code === 'ActivityLimitReached' || code === 'RequestAborted';
}

export function toHostError(error: unknown, action: OfficeAction): unknown {
  if (error instanceof HostError) return error;
  switch (officeErrorCode(error)) {
    case 'InvalidOperationInCellEditMode':
      return new HostError('busy', messages.busyEditing);
    case 'ActivityLimitReached':
    case 'RequestAborted':
    case 'Conflict':
      return new HostError('busy', messages.busyOther);
    case 'AccessDenied':
      return new HostError('protected', messages.writeRefused);
    case 'InvalidOperation':
      // Protection is one cause among several (an array formula's cell, a table header), so a
      // write says what it may be; on a read it means something else and is passed on.
      return action === 'write' ? new HostError('refused', messages.writeRefusedUnknown) : error;
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return new HostError('not-supported', messages.tooLarge);
    case 'ApiNotFound':
    case 'NotImplemented':
      return new HostError('not-supported', messages.needsNewerExcel);
    case 'InactiveWorkbook':
      return new HostError('no-workbook', messages.inactiveWorkbook);
    default:
      return error;
  }
}

/** Runs an operation and turns what Excel threw into a HostError where one fits. */
export async function mapOfficeErrors<T>(action: OfficeAction, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (e) {
    throw toHostError(e, action);
  }
}
