/**
 * Opening a ledger as the file host, whatever the export: an .xlsx as it is, a CSV or SIE file
 * read into a one-sheet workbook. Anything else is refused with a Swedish message. The limits are
 * the streaming reader's: a million-row huvudbok opens, and writing to it is refused if ExcelJS
 * cannot hold it (fileHost.ts).
 */
import { readTextLedger, sniffLedgerFile } from '../../core/ledger';
import { FileWorkbookHost } from './fileHost';
import { READ_ONLY_LIMITS } from './limits';
import { modelXlsxBytes } from './modelXlsx';
import { readErrors } from './readErrors';
import { WorkbookReadError } from './WorkbookReadError';

export async function openLedgerHost(data: ArrayBuffer | Uint8Array, name: string): Promise<FileWorkbookHost> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > READ_ONLY_LIMITS.fileBytes) throw readErrors.fileTooLarge(bytes.length, READ_ONLY_LIMITS.fileBytes);
  const kind = sniffLedgerFile(bytes);
  // Workbooks, and the empty file, get the workbook reader's own messages.
  if (kind === 'workbook' || kind === 'empty') return FileWorkbookHost.open(bytes, name);
  // Read straight into the model; the .xlsx is made only if something is written.
  const read = readTextLedger(bytes, name);
  if (!read.ok) throw new WorkbookReadError('unsupported-format', read.message);
  const workbook = read.workbook;
  return FileWorkbookHost.fromModel(workbook, () => modelXlsxBytes(workbook));
}
