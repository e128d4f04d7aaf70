/**
 * The backup of everything marking changed, kept in the workbook so "Rensa markeringar" works
 * in a later session too: per marked cell, the fill and note it had before its first mark, and
 * what the mark wrote (its colour, and a fingerprint of its note) to tell whether the cell still
 * carries it.
 *
 * Stored as custom XML parts in their own namespace: one root element whose text is the ledger
 * (or a share of it: a large ledger is spread over several parts, each well under the request
 * limit) as JSON, escaped to plain ASCII, so no XML round trip (Excel may re-serialise a part)
 * can change a character of a note.
 */
import { decodeXmlEntities } from '../../core/text/xmlEntities';
import type { FillState } from './fill';

export const MARKS_NAMESPACE = 'urn:periodkoll:marks:1';
const ROOT = 'periodkollMarks';

export interface MarkBackup {
  sheet: string;
  /** A1, without "$". */
  cell: string;
  /** The fill before the first mark. */
  fill: FillState;
  /** The note before the first mark: its text, null for none, undefined when notes were not touched. */
  note?: string | null;
  /** What the latest mark wrote: its fill colour and the fingerprint of its note, if it wrote one. */
  applied: { color: string; noteHash?: string };
}

export interface MarkLedger {
  version: 1;
  marks: MarkBackup[];
}

export function markKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell.toUpperCase()}`;
}

export function ledgerToXml(ledger: MarkLedger): string {
  const json = asciiJson(ledger);
  return `<${ROOT} xmlns="${MARKS_NAMESPACE}">${escapeText(json)}</${ROOT}>`;
}

/** The ledger as XML documents of at most about `maxChars` characters each (one per part). */
export function ledgerToXmlParts(ledger: MarkLedger, maxChars: number): string[] {
  const docs: string[] = [];
  let marks: MarkBackup[] = [];
  let size = 0;
  for (const mark of ledger.marks) {
    const chars = escapeText(asciiJson(mark)).length + 1;
    if (marks.length > 0 && size + chars > maxChars) {
      docs.push(ledgerToXml({ version: 1, marks }));
      marks = [];
      size = 0;
    }
    marks.push(mark);
    size += chars;
  }
  if (marks.length > 0) docs.push(ledgerToXml({ version: 1, marks }));
  return docs;
}

/**
 * Fingerprint of a note's text (line endings normalised, as Excel may store them as CR LF):
 * enough to tell "still the note the mark wrote" without storing that text a second time.
 */
export function noteFingerprint(text: string): string {
  const s = text.replace(/\r\n?/g, '\n');
  // FNV-1a and djb2 side by side, multiplications written as shifts and adds.
  let fnv = 0x811c9dc5;
  let djb = 5381;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    fnv ^= ch;
    fnv = (fnv + (fnv << 1) + (fnv << 4) + (fnv << 7) + (fnv << 8) + (fnv << 24)) >>> 0;
    djb = ((djb << 5) + djb + ch) >>> 0;
  }
  return `${s.length}:${fnv.toString(16).padStart(8, '0')}${djb.toString(16).padStart(8, '0')}`;
}

function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Throws when the part is not a ledger this version can restore from. */
export function ledgerFromXml(xml: string): MarkLedger {
  const parsed: unknown = JSON.parse(rootText(xml));
  if (!isLedger(parsed)) throw new Error('Not a Periodkoll mark ledger');
  return parsed;
}

/** Ledgers from several parts (two sessions that marked at once): the first backup of a cell wins. */
export function mergeLedgers(ledgers: MarkLedger[]): MarkLedger {
  const seen = new Map<string, MarkBackup>();
  for (const ledger of ledgers) {
    for (const mark of ledger.marks) {
      const key = markKey(mark.sheet, mark.cell);
      if (!seen.has(key)) seen.set(key, mark);
    }
  }
  return { version: 1, marks: [...seen.values()] };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The character data of the document element: text and CDATA, entities decoded. */
function rootText(xml: string): string {
  const body = xml.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const open = /<([A-Za-z_][\w.:-]*)\b[^>]*?(\/?)>/.exec(body);
  if (!open) throw new Error('No document element');
  if (open[2] === '/') return '';
  const start = open.index + open[0].length;
  const end = body.lastIndexOf(`</${open[1]}`);
  if (end < start) throw new Error('Unclosed document element');
  const inner = body.slice(start, end);
  let text = '';
  const cdata = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let last = 0;
  for (let m = cdata.exec(inner); m; m = cdata.exec(inner)) {
    text += decodeXmlEntities(inner.slice(last, m.index)) + m[1];
    last = m.index + m[0].length;
  }
  return text + decodeXmlEntities(inner.slice(last));
}

function isLedger(v: unknown): v is MarkLedger {
  if (!v || typeof v !== 'object') return false;
  const o = v as { version?: unknown; marks?: unknown };
  return o.version === 1 && Array.isArray(o.marks) && o.marks.every(isBackup);
}

function isBackup(v: unknown): v is MarkBackup {
  if (!v || typeof v !== 'object') return false;
  const m = v as Record<string, unknown>;
  const fill = m.fill as Record<string, unknown> | null | undefined;
  const applied = m.applied as Record<string, unknown> | null | undefined;
  return (
    typeof m.sheet === 'string' &&
    typeof m.cell === 'string' &&
    !!fill && typeof fill === 'object' && (fill.color === null || typeof fill.color === 'string') &&
    (m.note === undefined || m.note === null || typeof m.note === 'string') &&
    !!applied && typeof applied.color === 'string' &&
    (applied.noteHash === undefined || typeof applied.noteHash === 'string')
  );
}
