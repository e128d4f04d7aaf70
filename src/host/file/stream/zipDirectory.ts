/**
 * The ZIP central directory of an .xlsx: every part's name, method, sizes and where its data
 * starts. Read from the directory (not the local headers) so parts can be opened in any order,
 * and so entries written with a data descriptor (sizes only after the data) still have sizes.
 * Bytes only, so the browser mode can use it too.
 */

export interface ZipEntry {
  /** Package path without an optional leading "/" (some writers store one; ExcelJS accepts both). */
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  compressedSize: number;
  /** As the directory states it: may lie, so the reader counts again while unpacking. */
  declaredSize: number;
  /** Offset of the local file header. */
  headerOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Undefined when the bytes hold no readable directory (damaged or cut short). */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return undefined;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.push({
      name: name.startsWith('/') ? name.slice(1) : name,
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      declaredSize: view.getUint32(p + 24, true),
      headerOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's (compressed) data lies, from its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = entry.headerOffset;
  if (h + 30 > bytes.length || view.getUint32(h, true) !== LOCAL) return undefined;
  const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
  const stop = start + entry.compressedSize;
  return stop <= bytes.length ? bytes.subarray(start, stop) : undefined;
}

/** The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 kB. */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let p = last; p >= 0 && p >= last - 0xffff; p--) {
    if (view.getUint32(p, true) === EOCD) return p;
  }
  return -1;
}
