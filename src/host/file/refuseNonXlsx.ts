/**
 * Refuses, before any unpacking, what is not a ZIP package, each with its own Swedish message
 * decided by the bytes (the name only picks the most helpful one). Shared by both readers.
 */
import { readErrors } from './readErrors';
import { sniffFormat } from './sniffFormat';

/** Everything that is not a ZIP package gets its own message, decided by the bytes. */
export function refuseNonXlsx(bytes: Uint8Array, name: string): void {
  switch (sniffFormat(bytes)) {
    case 'zip':
      return;
    case 'empty':
      throw readErrors.emptyFile();
    case 'ole-encrypted':
      throw readErrors.encrypted();
    case 'ole-xls':
      throw readErrors.legacyXls();
    case 'ole-other':
      throw readErrors.notAWorkbook();
    case 'text':
      // A .csv (or any text) saved under an Excel name: Excel can open and convert it.
      throw readErrors.csv();
    case 'unknown': {
      // No container at all. The name only chooses the most helpful message: a ".xlsx" that is
      // not a ZIP is damaged (or truncated), a ".csv" is text that Excel can convert.
      const ext = extension(name);
      if (ext === 'xlsx' || ext === 'xlsm') throw readErrors.unreadable();
      if (ext === 'csv' || ext === 'txt') throw readErrors.csv();
      throw readErrors.notAWorkbook();
    }
  }
}

function extension(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}
