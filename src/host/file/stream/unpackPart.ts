/**
 * Unpacks one part of the package in chunks (fflate's streaming inflate), handing each chunk on
 * and keeping none, so a sheet's XML is never held whole. Every chunk is counted against the
 * caller's budget: the sizes in the directory may lie (a "zip bomb").
 */
import { Inflate } from 'fflate';
import { readErrors } from '../readErrors';
import { entryData, type ZipEntry } from './zipDirectory';

/** Compressed bytes pushed per step: about 1 MB of XML comes out of each. */
const STEP = 64 * 1024;

export interface UnpackBudget {
  /** Unpacked bytes still allowed; the error is thrown as soon as it goes below zero. */
  bytes: number;
  tooLarge: () => Error;
}

export function unpackPart(bytes: Uint8Array, entry: ZipEntry, budgets: UnpackBudget[], onChunk: (chunk: Uint8Array) => void): void {
  const data = entryData(bytes, entry);
  if (!data) throw readErrors.unreadable();
  const take = (chunk: Uint8Array) => {
    for (const budget of budgets) {
      budget.bytes -= chunk.length;
      if (budget.bytes < 0) throw budget.tooLarge();
    }
    onChunk(chunk);
  };
  if (entry.method === 0) {
    for (let p = 0; p < data.length; p += STEP) take(data.subarray(p, Math.min(p + STEP, data.length)));
    return;
  }
  if (entry.method !== 8) throw readErrors.unreadable();
  const inflate = new Inflate((chunk) => take(chunk));
  try {
    for (let p = 0; p < data.length; p += STEP) {
      const stop = Math.min(p + STEP, data.length);
      inflate.push(data.subarray(p, stop), stop === data.length);
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof Error && e.name === 'WorkbookReadError') throw e;
    throw readErrors.unreadable(e);
  }
}
