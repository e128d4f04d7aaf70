/**
 * Opens the ZIP container of an .xlsx with JSZip (the library ExcelJS itself uses) so the reader
 * can look at the package before ExcelJS parses it: is it really a workbook, is it too big once
 * unpacked, which parts does it hold. Works on bytes only, so the browser mode can use it too.
 */
import JSZip from 'jszip';
import { MAX_WORKSHEET_XML_BYTES } from './limits';
import { readErrors } from './readErrors';

export async function openXlsxPackage(bytes: Uint8Array): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw readErrors.unreadable(e);
  }
  if (!packageFile(zip, 'xl/workbook.xml')) {
    if (packageFile(zip, 'xl/workbook.bin')) throw readErrors.binaryXlsb();
    const mimetype = packageFile(zip, 'mimetype');
    if (mimetype && (await mimetype.async('string')).includes('opendocument')) throw readErrors.openDocument();
    throw readErrors.notAWorkbook();
  }
  if (worksheetXmlBytes(zip) > MAX_WORKSHEET_XML_BYTES) throw readErrors.tooManyCells();
  return zip;
}

/** A part by its package path; some writers store names with a leading "/", ExcelJS accepts both. */
export function packageFile(zip: JSZip, path: string): JSZip.JSZipObject | null {
  return zip.file(path) ?? zip.file(`/${path}`);
}

/** Package paths without the optional leading "/", as ExcelJS matches them. */
export function partName(entryName: string): string {
  return entryName.startsWith('/') ? entryName.slice(1) : entryName;
}

/**
 * Unpacked size of all worksheet XML, from the ZIP directory (no decompression). JSZip keeps it
 * on a private field; when a future JSZip hides it, the check is skipped and the cell count after
 * parsing still guards the limit.
 */
function worksheetXmlBytes(zip: JSZip): number {
  let total = 0;
  zip.forEach((path, entry) => {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(partName(path))) return;
    const size = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
    if (typeof size === 'number' && size > 0) total += size;
  });
  return total;
}
