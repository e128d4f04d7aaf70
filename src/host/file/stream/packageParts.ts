/**
 * The package as the streaming reader sees it: its directory checked against the limits, and
 * each part looked up by path. Refuses what is not an .xlsx package (.xlsb, .ods, other ZIPs)
 * with the same messages as the ExcelJS path (xlsxPackage.ts).
 */
import type { ReadLimits } from '../limits';
import { readErrors } from '../readErrors';
import type { UnpackBudget } from './unpackPart';
import { unpackPart } from './unpackPart';
import { readZipDirectory, type ZipEntry } from './zipDirectory';

export interface PackageParts {
  bytes: Uint8Array;
  part(path: string): ZipEntry | undefined;
  /** Every part unpacked so far counts here (a lying directory is caught while unpacking). */
  unpacked: UnpackBudget;
  /** Worksheet XML unpacked so far (the sheets only: the size the cell limit stands for). */
  worksheetXml: UnpackBudget;
}

export async function openPackage(bytes: Uint8Array, limits: ReadLimits): Promise<PackageParts> {
  const entries = readZipDirectory(bytes);
  if (!entries) throw readErrors.unreadable();
  const byPath = new Map(entries.map((e) => [e.name, e]));
  const part = (path: string) => byPath.get(path);
  if (!part('xl/workbook.xml')) {
    if (part('xl/workbook.bin')) throw readErrors.binaryXlsb();
    const mimetype = part('mimetype');
    if (mimetype && (await partText(bytes, mimetype)).includes('opendocument')) throw readErrors.openDocument();
    throw readErrors.notAWorkbook();
  }
  // The directory's sizes cost nothing to check; only parts this reader unpacks count, since
  // the others (pictures, printer settings) are never unpacked at all.
  let worksheets = 0;
  for (const e of entries) if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) worksheets += e.declaredSize;
  if (worksheets > limits.worksheetXmlBytes) throw readErrors.tooManyCells(limits.cells);
  return {
    bytes,
    part,
    unpacked: { bytes: limits.unpackedBytes, tooLarge: () => readErrors.unpackedTooLarge(limits.unpackedBytes) },
    worksheetXml: { bytes: limits.worksheetXmlBytes, tooLarge: () => readErrors.tooManyCells(limits.cells) },
  };
}

/** A small part (a few bytes of mimetype) as text. */
async function partText(bytes: Uint8Array, entry: ZipEntry): Promise<string> {
  if (entry.declaredSize > 1024) return '';
  const decoder = new TextDecoder();
  let text = '';
  await unpackPart(bytes, entry, [{ bytes: 1024, tooLarge: readErrors.unpackedTooLarge }], (chunk) => {
    text += decoder.decode(chunk, { stream: true });
  });
  return text + decoder.decode();
}
