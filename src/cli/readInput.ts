/** The bytes of an input workbook, with the reader's Swedish errors for a missing or unreadable path. */
import { readFile, stat } from 'fs/promises';
import { isWorkbookReadError } from '../host/file/readWorkbook';
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
