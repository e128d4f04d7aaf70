/**
 * Streams one unpacked part through the byte scanner (xmlScanner.ts): each chunk is scanned as
 * it comes out of the unpacker, so the part's XML is never held whole, nor decoded to text.
 */
import { unpackPart, type UnpackBudget } from './unpackPart';
import { XmlScanner, type ScanHandler } from './xmlScanner';
import type { ZipEntry } from './zipDirectory';

export async function scanXmlPart(bytes: Uint8Array, entry: ZipEntry, budgets: UnpackBudget[], handler: ScanHandler): Promise<void> {
  const scanner = new XmlScanner(handler);
  await unpackPart(bytes, entry, budgets, (chunk) => scanner.write(chunk));
  scanner.end();
}
