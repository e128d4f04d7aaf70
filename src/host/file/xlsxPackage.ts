/**
 * Opens the ZIP container of an .xlsx with JSZip (the library ExcelJS itself uses) so the reader
 * can look at the package before ExcelJS parses it: is it really a workbook, is it too big once
 * unpacked, which parts does it hold. Works on bytes only, so the browser mode can use it too.
 *
 * A small zip can unpack to gigabytes (a "zip bomb"), and the sizes in its directory may lie.
 * ExcelJS unpacks every part into memory and builds an object per cell, so the package is
 * measured first: the declared sizes (free), then every part unpacked as a stream and thrown away
 * chunk by chunk, counting bytes and worksheet cells, stopping at the first limit passed.
 */
import JSZip from 'jszip';
import { MAX_CELLS, MAX_UNPACKED_BYTES, MAX_WORKSHEET_XML_BYTES } from './limits';
import { CellTagCounter } from './cellTagCounter';
import { readErrors } from './readErrors';

export { CellTagCounter } from './cellTagCounter';

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
  const declared = declaredSizes(zip);
  if (declared.worksheets > MAX_WORKSHEET_XML_BYTES) throw readErrors.tooManyCells();
  if (declared.all > MAX_UNPACKED_BYTES) throw readErrors.unpackedTooLarge();
  await measureUnpacked(zip);
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

function isWorksheet(path: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/.test(partName(path));
}

/**
 * Unpacked sizes as the ZIP directory states them (no decompression). JSZip keeps them on a
 * private field; when a future JSZip hides it, this check finds nothing and the streamed
 * measurement below still guards the limits.
 */
function declaredSizes(zip: JSZip): { worksheets: number; all: number } {
  const sizes = { worksheets: 0, all: 0 };
  zip.forEach((path, entry) => {
    const size = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
    if (typeof size !== 'number' || !(size > 0)) return;
    sizes.all += size;
    if (isWorksheet(path)) sizes.worksheets += size;
  });
  return sizes;
}

/** JSZip's streaming reader (public on every entry, though its typings leave it out). */
interface ChunkStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'end', listener: () => void): ChunkStream;
  on(event: 'error', listener: (e: unknown) => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

/** Unpacks every part once, keeping nothing: throws the Swedish "too large" as soon as a limit is passed. */
async function measureUnpacked(zip: JSZip): Promise<void> {
  const budget = { bytes: MAX_UNPACKED_BYTES, worksheetBytes: MAX_WORKSHEET_XML_BYTES, cells: MAX_CELLS };
  const entries: Array<[string, JSZip.JSZipObject]> = [];
  zip.forEach((path, entry) => {
    if (!entry.dir) entries.push([path, entry]);
  });
  for (const [path, entry] of entries) {
    const counter = isWorksheet(path) ? new CellTagCounter() : undefined;
    await new Promise<void>((resolve, reject) => {
      const stream = (entry as unknown as { internalStream(type: 'uint8array'): ChunkStream }).internalStream('uint8array');
      const stop = (error: Error) => {
        stream.pause();
        reject(error);
      };
      stream
        .on('data', (chunk) => {
          budget.bytes -= chunk.length;
          if (budget.bytes < 0) return stop(readErrors.unpackedTooLarge());
          if (!counter) return;
          budget.worksheetBytes -= chunk.length;
          budget.cells -= counter.count(chunk);
          if (budget.cells < 0 || budget.worksheetBytes < 0) stop(readErrors.tooManyCells());
        })
        .on('error', (e) => reject(readErrors.unreadable(e)))
        .on('end', () => resolve())
        .resume();
    });
  }
}
