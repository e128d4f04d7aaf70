/**
 * Unpacking a part: with the platform's inflate (DecompressionStream, which Node has) and with
 * fflate where there is none, the same bytes come out, damaged data is refused as unreadable
 * and a budget stops the unpacking as soon as it is spent.
 */
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'fs';
import { join } from 'path';
import { readErrors } from '../../../src/host/file/readErrors';
import { readXlsxStream } from '../../../src/host/file/readXlsxStream';
import { unpackPart, type UnpackBudget } from '../../../src/host/file/stream/unpackPart';
import { readZipDirectory, type ZipEntry } from '../../../src/host/file/stream/zipDirectory';

const ways = [
  ['the platform inflate', false],
  ['fflate', true],
] as const;

/** Runs work with DecompressionStream hidden when asked, as on a platform without it. */
async function inflating<T>(withoutNative: boolean, work: () => Promise<T>): Promise<T> {
  const native = globalThis.DecompressionStream;
  if (withoutNative) delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
  try {
    return await work();
  } finally {
    globalThis.DecompressionStream = native;
  }
}

/** About 3 MB of sheet-like XML, deflated in a package, with its directory entry. */
function packed(): { bytes: Uint8Array; entry: ZipEntry; text: Uint8Array } {
  const rows = Array.from({ length: 40_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 100_003}</v></c></row>`);
  const text = strToU8(`<sheetData>${rows.join('')}</sheetData>`);
  const bytes = zipSync({ 'xl/worksheets/sheet1.xml': text });
  return { bytes, entry: readZipDirectory(bytes)![0], text };
}

async function unpacked(bytes: Uint8Array, entry: ZipEntry, budgets: UnpackBudget[] = []): Promise<{ out: Uint8Array; chunks: number }> {
  const parts: Uint8Array[] = [];
  await unpackPart(bytes, entry, budgets, (chunk) => parts.push(chunk.slice()));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return { out, chunks: parts.length };
}

describe('unpackPart', () => {
  expect(typeof globalThis.DecompressionStream).toBe('function');

  it.each(ways)('gives back the bytes packed, in chunks, with %s', async (_name, withoutNative) => {
    const { bytes, entry, text } = packed();
    const { out, chunks } = await inflating(withoutNative, () => unpacked(bytes, entry));
    // (Buffer.compare: jest's deep equality walks 3 MB byte by byte.)
    expect(out.length).toBe(text.length);
    expect(Buffer.compare(out, text)).toBe(0);
    expect(chunks).toBeGreaterThan(1);
  });

  it.each(ways)('refuses damaged deflate data as unreadable with %s', async (_name, withoutNative) => {
    const { bytes, entry } = packed();
    const damaged = bytes.slice();
    // Overwrite the start of the compressed data (after the 30-byte local header and the name).
    const start = entry.headerOffset + 30 + entry.name.length;
    damaged.fill(0xff, start, start + 64);
    await expect(inflating(withoutNative, () => unpacked(damaged, entry))).rejects.toMatchObject({ code: 'unreadable' });
  });

  it.each(ways)('stops as soon as the budget is spent, with %s', async (_name, withoutNative) => {
    const { bytes, entry, text } = packed();
    let handed = 0;
    const budget: UnpackBudget = { bytes: 100_000, tooLarge: () => readErrors.unpackedTooLarge(100_000) };
    const run = () => unpackPart(bytes, entry, [budget], (chunk) => (handed += chunk.length));
    await expect(inflating(withoutNative, run)).rejects.toMatchObject({ code: 'too-large' });
    expect(handed).toBeLessThanOrEqual(100_000);
    expect(text.length).toBeGreaterThan(1_000_000);
  });

  it('reads a workbook into the same model either way', async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '..', '..', 'fixtures', 'ledger', 'huvudbok-2025.xlsx')));
    const native = await inflating(false, () => readXlsxStream(bytes, 'huvudbok.xlsx'));
    const fflate = await inflating(true, () => readXlsxStream(bytes, 'huvudbok.xlsx'));
    expect(fflate).toEqual(native);
    expect(native.sheets[0].rowCount).toBeGreaterThan(1000);
  });
});
