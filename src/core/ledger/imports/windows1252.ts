/**
 * Windows-1252, the code page of Swedish Windows exports that are not UTF-8. It is Latin-1 except
 * 0x80–0x9F, which hold typographic characters (€, curly quotes, dashes) instead of C1 controls.
 */

/** 0x80–0x9F; the five bytes Windows leaves undefined map to the C1 control, as browsers do. */
const HIGH_ROW = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

export function windows1252CodePoint(byte: number): number {
  return byte >= 0x80 && byte <= 0x9f ? HIGH_ROW[byte - 0x80] : byte;
}

export function decodeWindows1252(bytes: Uint8Array): string {
  return decodeSingleByte(bytes, windows1252CodePoint);
}

/** Chunked so a large file does not build one string per byte or overflow fromCharCode's arguments. */
export function decodeSingleByte(bytes: Uint8Array, codePoint: (byte: number) => number): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  const units = new Array<number>(CHUNK);
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    units.length = end - start;
    for (let i = start; i < end; i++) units[i - start] = codePoint(bytes[i]);
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
}
