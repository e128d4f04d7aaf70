/**
 * The undo journal of cell writes, the same for every host: each confirmed write is one entry
 * with what its cells held before, kept in the workbook's own settings store (so "Ångra" still
 * works after the pane or the file was closed and opened again). Hosts supply the snapshots.
 */
import type { WriteSummary } from './port';

export const WRITE_JOURNAL_KEY = 'writes';

/**
 * Characters the stored journal may take. Excel keeps it in Workbook.settings, which holds about
 * 2 MB for everything stored there (Office.Settings reference; OfficeDev/office-js#621): a
 * quarter of that leaves room for Periodkoll's other settings and for other add-ins, and still
 * holds one write of about 3 500 cells.
 */
export const JOURNAL_BUDGET_CHARS = 512_000;
const FORMAT = 1;

export interface JournalEntry<Snapshot> {
  id: string;
  label: string;
  at: string;
  cells: Snapshot[];
}

interface JournalDocument<Snapshot> {
  format: number;
  entries: Array<JournalEntry<Snapshot>>;
}

/** An unreadable journal (edited by hand, from a newer version) is treated as empty, never fatal. */
export function parseJournal<Snapshot>(json: string | undefined): Array<JournalEntry<Snapshot>> {
  if (!json) return [];
  try {
    const doc = JSON.parse(json) as JournalDocument<Snapshot>;
    return doc.format === FORMAT && Array.isArray(doc.entries) ? doc.entries : [];
  } catch {
    return [];
  }
}

export function serializeJournal<Snapshot>(entries: Array<JournalEntry<Snapshot>>): string | undefined {
  return entries.length === 0 ? undefined : JSON.stringify({ format: FORMAT, entries } satisfies JournalDocument<Snapshot>);
}

/** Ids sort by time and stay unique within a workbook. */
export function newEntry<Snapshot>(entries: Array<JournalEntry<Snapshot>>, label: string, cells: Snapshot[], now = new Date()): JournalEntry<Snapshot> {
  let id = `w${now.getTime().toString(36)}`;
  while (entries.some((e) => e.id === id)) id += 'x';
  return { id, label, at: now.toISOString(), cells };
}

export interface Appended<Snapshot> {
  /** The journal to store, newest last. */
  entries: Array<JournalEntry<Snapshot>>;
  /** Oldest entries dropped to make room. */
  dropped: number;
}

/**
 * The journal with `entry` added, dropping the oldest entries until the stored text fits the
 * budget; undefined when the entry alone does not fit (the write must then not be sent).
 */
export function appendWithinBudget<Snapshot>(
  journal: Array<JournalEntry<Snapshot>>,
  entry: JournalEntry<Snapshot>,
  budget = JOURNAL_BUDGET_CHARS,
): Appended<Snapshot> | undefined {
  const entries = [...journal, entry];
  // The envelope plus each entry's text and its separating comma.
  let size = JSON.stringify({ format: FORMAT, entries: [] } satisfies JournalDocument<Snapshot>).length;
  const sizes = entries.map((e) => JSON.stringify(e).length + 1);
  size += sizes.reduce((a, b) => a + b, 0);
  let dropped = 0;
  while (size > budget && dropped < journal.length) size -= sizes[dropped++];
  return size > budget ? undefined : { entries: entries.slice(dropped), dropped };
}

export function summaries<Snapshot>(entries: Array<JournalEntry<Snapshot>>): WriteSummary[] {
  return [...entries].reverse().map((e) => ({ id: e.id, label: e.label, cells: e.cells.length, at: e.at }));
}

/** The entry to undo: the named one, or the newest. */
export function entryToUndo<Snapshot>(entries: Array<JournalEntry<Snapshot>>, id?: string): JournalEntry<Snapshot> | undefined {
  return id === undefined ? entries[entries.length - 1] : entries.find((e) => e.id === id);
}
