/**
 * The undo journal of cell writes, the same for every host: each confirmed write is one entry
 * with what its cells held before, kept in the workbook's own settings store (so "Ångra" still
 * works after the pane or the file was closed and opened again). Hosts supply the snapshots.
 */
import type { WriteSummary } from './port';

export const WRITE_JOURNAL_KEY = 'writes';
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

export function summaries<Snapshot>(entries: Array<JournalEntry<Snapshot>>): WriteSummary[] {
  return [...entries].reverse().map((e) => ({ id: e.id, label: e.label, cells: e.cells.length, at: e.at }));
}

/** The entry to undo: the named one, or the newest. */
export function entryToUndo<Snapshot>(entries: Array<JournalEntry<Snapshot>>, id?: string): JournalEntry<Snapshot> | undefined {
  return id === undefined ? entries[entries.length - 1] : entries.find((e) => e.id === id);
}
