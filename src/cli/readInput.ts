/** The bytes of an input workbook, with the reader's Swedish errors for a missing or unreadable path. */
import { readFile, stat } from 'fs/promises';
import type { Workbook } from '../core/model/workbook';
import { isWorkbookReadError, readWorkbookFile } from '../host/file/readWorkbook';
import { readErrors } from '../host/file/readErrors';

export async function readInputBytes(path: string): Promise<Uint8Array> {
  try {
    if (!(await stat(path)).isFile()) throw readErrors.notAWorkbook();
    return await readFile(path);
  } catch (e) {
    if (isWorkbookReadError(e)) throw e;
    const code = (e as { code?: unknown })?.code;
    throw code === 'ENOENT' || code === 'ENOTDIR' ? readErrors.notFound() : readErrors.unreadable(e);
  }
}

/** The workbook at `file`, or undefined after saying on stderr why it could not be read. */
export async function readWorkbookOrSay(file: string, stderr: (text: string) => void): Promise<Workbook | undefined> {
  try {
    return await readWorkbookFile(file);
  } catch (e) {
    if (!isWorkbookReadError(e)) throw e;
    stderr(`periodkoll: ${file}: ${e.message}\n`);
    return undefined;
  }
}
