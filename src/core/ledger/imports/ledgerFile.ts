/**
 * Which kind of ledger file the bytes are — a workbook (ZIP or OLE container, left to the
 * workbook reader and its messages), a CSV export or an SIE file — and the text kinds as a
 * workbook model with one sheet. Decided by content, not by the file's name.
 */
import type { Workbook } from '../../model/workbook';
import { decodeCp437 } from './cp437';
import { csvSheet } from './csvSheet';
import { decodeExportText, type TextEncodingName } from './exportText';
import { parseSie } from './sieParse';
import { sieSheet } from './sieLedger';

export type LedgerFileKind = 'workbook' | 'csv' | 'sie' | 'empty' | 'unknown';

/** The sheet a CSV or SIE ledger becomes, so --sheet, messages and a marked copy have a name. */
export const TEXT_LEDGER_SHEET = 'Huvudbok';

export const NOT_A_LEDGER_FILE =
  'Filen är varken en Excel-arbetsbok (.xlsx), en CSV-fil eller en SIE-fil (typ 4). Exportera huvudboken i något av de formaten och försök igen.';

const SNIFF_BYTES = 4096;

export function sniffLedgerFile(bytes: Uint8Array): LedgerFileKind {
  if (bytes.length === 0) return 'empty';
  // PK\x03\x04 / PK\x05\x06 (ZIP: .xlsx) and D0 CF 11 E0 (OLE: .xls, encrypted .xlsx).
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) return 'workbook';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'workbook';
  const head = bytes.subarray(0, SNIFF_BYTES);
  for (const b of head) {
    // Text has no control bytes but tab, line breaks and the DOS end-of-file mark old SIE files end with.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x1a) return 'unknown';
  }
  // ASCII is the same in every encoding considered, and SIE labels are ASCII.
  const start = decodeCp437(head).replace(/^\uFEFF|^\u2229\u2557\u2510/, '');
  const first = start.split(/\r\n|\n|\r/).find((l) => l.trim() !== '')?.trim() ?? '';
  if (first.startsWith('#') && /^#(?:FLAGGA|FORMAT|SIETYP|PROGRAM|GEN|VER|KONTO)\b/im.test(start)) return 'sie';
  return 'csv';
}

export type TextLedgerResult =
  | { ok: true; workbook: Workbook; kind: 'csv' | 'sie'; encoding: TextEncodingName | 'cp437' }
  | { ok: false; message: string };

/** A CSV or SIE ledger as a workbook with one sheet, TEXT_LEDGER_SHEET. */
export function readTextLedger(bytes: Uint8Array, fileName: string): TextLedgerResult {
  const kind = sniffLedgerFile(bytes);
  if (kind === 'empty') return { ok: false, message: 'Filen är tom (0 byte).' };
  if (kind === 'workbook' || kind === 'unknown') return { ok: false, message: NOT_A_LEDGER_FILE };
  if (kind === 'sie') {
    // The standard's code page (#FORMAT PC8); SIE files are 7-bit outside åäö and the like.
    const sheet = sieSheet(TEXT_LEDGER_SHEET, parseSie(decodeCp437(withoutEofMark(bytes))));
    return { ok: true, kind, encoding: 'cp437', workbook: { name: fileName, sheets: [sheet] } };
  }
  const { text, encoding } = decodeExportText(bytes);
  return { ok: true, kind, encoding, workbook: { name: fileName, sheets: [csvSheet(TEXT_LEDGER_SHEET, text)] } };
}

/** Old DOS programs end SIE files with Ctrl-Z (0x1A). */
function withoutEofMark(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x1a || bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end--;
  return bytes.subarray(0, end);
}
