/**
 * Reading a workbook from disk (Node only). The work is done on bytes by readWorkbookBuffer,
 * which the browser mode imports directly so it never pulls in `fs`.
 */
import { readFile, stat } from 'fs/promises';
import { basename } from 'path';
import type { Workbook } from '../../core/model/workbook';
import { READ_ONLY_LIMITS } from './limits';
import { readErrors } from './readErrors';
import { readWorkbookBuffer } from './readWorkbookBuffer';

export { readWorkbookBuffer } from './readWorkbookBuffer';
export { WorkbookReadError, isWorkbookReadError, type WorkbookReadErrorCode } from './WorkbookReadError';

export async function readWorkbookFile(path: string): Promise<Workbook> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw readErrors.notAWorkbook();
    size = info.size;
  } catch (e) {
    throw fileSystemError(e);
  }
  // Checked before reading, so a huge file is refused without loading it into memory.
  if (size > READ_ONLY_LIMITS.fileBytes) throw readErrors.fileTooLarge(size, READ_ONLY_LIMITS.fileBytes);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw fileSystemError(e);
  }
  return readWorkbookBuffer(bytes, basename(path));
}

function fileSystemError(e: unknown): Error {
  const code = (e as { code?: unknown })?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return readErrors.notFound();
  if (e instanceof Error && e.name === 'WorkbookReadError') return e;
  return readErrors.unreadable(e);
}
