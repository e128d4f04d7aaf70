/**
 * A growable run of UTF-8 bytes: the text of one element or attribute value as the XML scanner
 * collects it, before (and often instead of) becoming a string. Reused from cell to cell, so
 * reading a sheet allocates no buffer per value.
 */
export class ByteBuffer {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 64) {
    this.bytes = new Uint8Array(capacity);
  }

  reset(): void {
    this.length = 0;
  }

  push(b: number): void {
    if (this.length === this.bytes.length) this.grow(1);
    this.bytes[this.length++] = b;
  }

  /** Appends source[start, end). */
  append(source: Uint8Array, start: number, end: number): void {
    const n = end - start;
    if (this.length + n > this.bytes.length) this.grow(n);
    const bytes = this.bytes;
    let at = this.length;
    if (n > 32) bytes.set(source.subarray(start, end), at);
    else for (let i = start; i < end; i++) bytes[at++] = source[i];
    this.length += n;
  }

  /** Appends a Unicode code point as UTF-8 (from a character reference such as "&#x1F;"). */
  pushCodePoint(cp: number): void {
    if (cp < 0x80) this.push(cp);
    else if (cp < 0x800) {
      this.push(0xc0 | (cp >> 6));
      this.push(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      this.push(0xe0 | (cp >> 12));
      this.push(0x80 | ((cp >> 6) & 0x3f));
      this.push(0x80 | (cp & 0x3f));
    } else {
      this.push(0xf0 | (cp >> 18));
      this.push(0x80 | ((cp >> 12) & 0x3f));
      this.push(0x80 | ((cp >> 6) & 0x3f));
      this.push(0x80 | (cp & 0x3f));
    }
  }

  /** Whether the bytes are exactly the ASCII text `s`. */
  equals(s: string): boolean {
    if (this.length !== s.length) return false;
    for (let i = 0; i < s.length; i++) if (this.bytes[i] !== s.charCodeAt(i)) return false;
    return true;
  }

  text(): string {
    return utf8Text(this.bytes, 0, this.length);
  }

  private grow(extra: number): void {
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
}

const decoder = new TextDecoder('utf-8');

/**
 * bytes[start, end) as a string: ASCII directly (most cell texts), the rest through TextDecoder,
 * which replaces malformed UTF-8 with U+FFFD as the decoder of a whole part would. The string
 * is a fresh one, not a view into a chunk of XML.
 */
export function utf8Text(bytes: Uint8Array, start: number, end: number): string {
  for (let i = start; i < end; i++) if (bytes[i] > 0x7f) return decoder.decode(bytes.subarray(start, end));
  switch (end - start) {
    case 0:
      return '';
    case 1:
      return String.fromCharCode(bytes[start]);
    case 2:
      return String.fromCharCode(bytes[start], bytes[start + 1]);
    case 3:
      return String.fromCharCode(bytes[start], bytes[start + 1], bytes[start + 2]);
    default:
      return end - start > 4096 ? decoder.decode(bytes.subarray(start, end)) : String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  }
}
