/**
 * Unpacks one part of the package in chunks, handing each chunk on and keeping none, so a
 * sheet's XML is never held whole. Every chunk is counted against the caller's budget: the
 * sizes in the directory may lie (a "zip bomb").
 *
 * Deflated parts go through the platform's own inflate (DecompressionStream: Node, current
 * browsers) where there is one: it is native and runs beside the JavaScript that reads the
 * chunks, so unpacking a large sheet costs little of the reading time. Elsewhere fflate's
 * streaming inflate unpacks them.
 */
import { Inflate } from 'fflate';
import { readErrors } from '../readErrors';
import { isWorkbookReadError } from '../WorkbookReadError';
import { entryData, type ZipEntry } from './zipDirectory';

/** Compressed bytes pushed per step into fflate: about 1 MB of XML comes out of each. */
const STEP = 64 * 1024;
/** Compressed bytes written per step into the platform's inflater (measured: 64 kB steps leave it idle). */
const NATIVE_STEP = 4 * 1024 * 1024;

export interface UnpackBudget {
  /** Unpacked bytes still allowed; the error is thrown as soon as it goes below zero. */
  bytes: number;
  tooLarge: () => Error;
}

export async function unpackPart(bytes: Uint8Array, entry: ZipEntry, budgets: UnpackBudget[], onChunk: (chunk: Uint8Array) => void): Promise<void> {
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
  try {
    const native = nativeInflate();
    if (native) await inflateNative(native, data, take);
    else inflateFflate(data, take);
  } catch (e) {
    if (isWorkbookReadError(e)) throw e;
    throw readErrors.unreadable(e);
  }
}

/** A raw-deflate DecompressionStream, if the platform has one. */
function nativeInflate(): DecompressionStream | undefined {
  if (typeof DecompressionStream !== 'function') return undefined;
  try {
    return new DecompressionStream('deflate-raw');
  } catch {
    return undefined; // a platform without "deflate-raw"
  }
}

async function inflateNative(stream: DecompressionStream, data: Uint8Array, take: (chunk: Uint8Array) => void): Promise<void> {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Fed in large steps, so the inflater always has compressed bytes to work ahead on while the
  // chunks are read; each step is one copy for the stream, never the whole part. (The DOM
  // typings want an ArrayBuffer-backed view.)
  const feeding = (async () => {
    for (let p = 0; p < data.length; p += NATIVE_STEP) await writer.write(data.subarray(p, Math.min(p + NATIVE_STEP, data.length)) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })();
  // A failure of the compressed data shows in the reading too; only a stop by the reader is not.
  feeding.catch(() => undefined);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      take(value);
    }
    await feeding;
  } catch (e) {
    // Stops the inflater (over budget, damaged XML) instead of letting it unpack the rest.
    await reader.cancel().catch(() => undefined);
    throw e;
  }
}

function inflateFflate(data: Uint8Array, take: (chunk: Uint8Array) => void): void {
  const inflate = new Inflate((chunk) => take(chunk));
  for (let p = 0; p < data.length; p += STEP) {
    const stop = Math.min(p + STEP, data.length);
    inflate.push(data.subarray(p, stop), stop === data.length);
  }
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
}
