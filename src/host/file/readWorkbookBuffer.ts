/**
 * .xlsx bytes -> the plain Workbook model. No file system here, so the stand-alone browser mode
 * can hand in the bytes of a dropped file; readWorkbook.ts adds reading from a path for Node.
 * Read-only callers (the CLI's check, scenario and index commands) get the streaming reader,
 * which builds the model straight from the package without ExcelJS. The file host, which writes
 * marks back, still loads the workbook with ExcelJS (loadXlsx); both give the same model
 * (tests/host/file/streamReader.test.ts).
 */
import type { Workbook } from '../../core/model/workbook';
import { READ_ONLY_LIMITS } from './limits';
import { readXlsxStream } from './readXlsxStream';

export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, name: string): Promise<Workbook> {
  return readXlsxStream(data, name, READ_ONLY_LIMITS);
}
