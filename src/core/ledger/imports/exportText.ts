/**
 * The text of a CSV export: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else
 * Windows-1252 — a Swedish "ä" in Windows-1252 (0xE4) is never valid UTF-8 on its own, so the
 * test is safe in that direction.
 */
import { decodeWindows1252 } from './windows1252';

export type TextEncodingName = 'utf-8' | 'windows-1252';

const BOM = [0xef, 0xbb, 0xbf];

export function decodeExportText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const body = BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch (e) {
    // Only invalid UTF-8 (a TypeError, by name: it may come from another realm) means Windows-1252.
    if ((e as Error | undefined)?.name !== 'TypeError') throw e;
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}
