/**
 * Recognises a file by its first bytes, not its name: a renamed .xls or a .csv saved as
 * "rapport.xlsx" must get the message that helps, not a parser's stack trace.
 */

export type SniffedFormat =
  /** ZIP container: .xlsx/.xlsm, but also .xlsb, .ods, .docx — the package decides. */
  | 'zip'
  /** OLE compound file holding an encrypted OOXML package (a password-protected .xlsx). */
  | 'ole-encrypted'
  /** OLE compound file with a Workbook/Book stream: the legacy .xls format. */
  | 'ole-xls'
  /** Any other OLE compound file (.doc, .msg, …). */
  | 'ole-other'
  /** Plain text (UTF-8, no control bytes): a .csv or .txt export, whatever its name. */
  | 'text'
  | 'empty'
  | 'unknown';

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY_ARCHIVE)) return 'zip';
  if (startsWith(bytes, OLE_SIGNATURE)) {
    // Stream names live in the compound file's directory as UTF-16LE; Excel writes an encrypted
    // workbook as an OLE file with an "EncryptedPackage" stream, and .xls keeps its sheets in
    // "Workbook" (BIFF8) or "Book" (BIFF5). Searching the names is enough to tell them apart.
    if (containsUtf16(bytes, 'EncryptedPackage')) return 'ole-encrypted';
    if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) return 'ole-xls';
    return 'ole-other';
  }
  return looksLikeText(bytes.subarray(0, TEXT_SNIFF_BYTES)) ? 'text' : 'unknown';
}

/** Enough of the start of a file to tell text from binary. */
const TEXT_SNIFF_BYTES = 4096;

/** Valid UTF-8 (a character cut at the end of the sample is fine) without control bytes other than tab, CR and LF. */
function looksLikeText(sample: Uint8Array): boolean {
  for (let i = 0; i < sample.length; ) {
    const b = sample[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
    if (b === 0x7f) return false;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (extra < 0) return false;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= sample.length) return true;
      if ((sample[i + k] & 0xc0) !== 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i); // ASCII only
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
