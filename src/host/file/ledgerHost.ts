/**
 * Opening a ledger as the file host, whatever the export: an .xlsx as it is, a CSV or SIE file
 * read into a one-sheet workbook. Anything else is refused with a Swedish message.
 */
import { readTextLedger, sniffLedgerFile } from '../../core/ledger';
import { FileWorkbookHost } from './fileHost';
import { MAX_FILE_BYTES } from './limits';
import { modelXlsxBytes } from './modelXlsx';
import { readErrors } from './readErrors';
import { WorkbookReadError } from './WorkbookReadError';

export async function openLedgerHost(data: ArrayBuffer | Uint8Array, name: string): Promise<FileWorkbookHost> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > MAX_FILE_BYTES) throw readErrors.fileTooLarge(bytes.length);
  const kind = sniffLedgerFile(bytes);
  // Workbooks, and the empty file, get the workbook reader's own messages.
  if (kind === 'workbook' || kind === 'empty') return FileWorkbookHost.open(bytes, name);
  const read = readTextLedger(bytes, name);
  if (!read.ok) throw new WorkbookReadError('unsupported-format', read.message);
  // Read straight into the model; the .xlsx is made only if something is written.
  return FileWorkbookHost.fromModel(read.workbook, () => modelXlsxBytes(read.workbook));
}
