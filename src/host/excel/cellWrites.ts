/**
 * Confirmed cell writes in Excel (avvikelser as live formulas, status columns) and their undo.
 * A write is fully recorded or not sent: round trips
 *   1 – the target sheets (id, protection) and the undo journal;
 *   2 – what each target cell holds now (chunked when large);
 *   3 – the journal entry first, then the cells (chunked, and split again when Excel on the web
 *       refuses a request as too large).
 * Excel runs a request's operations in order and stops at the first that fails, so a journal
 * that cannot be stored leaves every cell untouched. A cell Excel refuses half-way (part of an
 * array, a sheet protected meanwhile) gets the cells already written restored from that entry.
 * The journal keeps a size budget in Workbook.settings; the oldest steps make room.
 *
 * Text is entered under the text format, so a label such as "+cmd|…" from the user's own cells,
 * or "2024" as a header, stays the text it is (see cellContent).
 */
import { HostError, type CellWrite, type WriteReceipt, type WriteSummary } from '../port';
import {
  appendWithinBudget,
  entryToUndo,
  newEntry,
  parseJournal,
  serializeJournal,
  summaries,
  WRITE_JOURNAL_KEY,
  type JournalEntry,
} from '../writeJournal';
import { runSteps, type Step } from './batches';
import { CONTENT_PROPERTIES, contentBytes, contentToWrite, queueContent, TEXT_FORMAT } from './cellContent';
import { queueNoteRestore, queueRestore, queueSnapshotLoad, snapshotOf, touchedParts, type ExcelCellSnapshot, type SnapshotTarget } from './cellSnapshot';
import { writeMarkFill } from './fill';
import { messages } from './messages';
import { explainFailedWrite } from './failedWrite';
import { BYTES_PER_CELL_OPERATION, textBytes } from './payload';
import { canUse, type ApiSupport } from './requirements';
import { queueReadStore, queueWriteStore, storeValue, type StoreRead } from './settingsStore';
import { protectionSteps, queueSheetList, resolveSheets, type SheetRef } from './targetSheets';

type Journal = Array<JournalEntry<ExcelCellSnapshot>>;

export async function writeCells(context: Excel.RequestContext, support: ApiSupport, requested: CellWrite[], label: string): Promise<WriteReceipt> {
  const list = queueSheetList(context);
  const journalRead = queueReadStore(context, WRITE_JOURNAL_KEY);
  await context.sync();
  let writes = requested;
  const sheets = resolveSheets(
    list,
    writes.map((w) => w.sheet),
  );
  for (const ref of sheets.values()) if (!ref.ws) throw new HostError('not-found', messages.sheetMissing(ref.key));
  // Notes need ExcelApi 1.18 and a library that defines them; without, the cells are written without.
  const notesDropped = writes.some((w) => w.note !== undefined) && ![...sheets.values()].every((r) => canUse(support, 'notes', r.ws!));
  if (notesDropped) writes = writes.map(({ note: _dropped, ...w }) => w);

  const targets = snapshotTargets(writes, sheets);
  await runSteps(context, [
    ...protectionSteps(sheets.values()),
    ...targets.map((t) => ({ bytes: 2 * BYTES_PER_CELL_OPERATION, queue: () => queueSnapshotLoad(t, support.fillPattern) })),
  ]);
  for (const ref of sheets.values()) if (ref.protected) throw new HostError('protected', messages.sheetProtectedForWrite(ref.name));
  const snapshots = targets.map((t) => snapshotOf(t, support.fillPattern));

  const journal = parseJournal<ExcelCellSnapshot>(storeValue(journalRead));
  const entry = newEntry(journal, label, snapshots);
  const appended = appendWithinBudget(journal, entry);
  if (!appended) throw new HostError('not-supported', messages.tooManyCellsToUndo(snapshots.length));

  const before = new Map(snapshots.map((s) => [cellKey(s.sheet, s.cell), s]));
  const steps: Step[] = [
    journalStep(context, appended.entries, journalRead),
    ...writes.map((w) => writeStep(sheets.get(w.sheet)!.ws!, w, before.get(cellKey(sheets.get(w.sheet)!.name, w.cell)))),
  ];
  try {
    await runSteps(context, steps);
  } catch (error) {
    throw await takeBack(context, error, entry, journal, [...sheets.values()]);
  }
  const receipt: WriteReceipt = { id: entry.id, written: snapshots.length };
  const notices = [
    ...(appended.dropped > 0 ? [messages.oldestUndoStepsDropped(appended.entries.length)] : []),
    ...(notesDropped ? [messages.writtenWithoutNote] : []),
  ];
  if (notices.length > 0) receipt.notice = notices.join(' ');
  return receipt;
}

export async function undoWrite(context: Excel.RequestContext, id?: string): Promise<number> {
  const list = queueSheetList(context);
  const journalRead = queueReadStore(context, WRITE_JOURNAL_KEY);
  await context.sync();
  const journal = parseJournal<ExcelCellSnapshot>(storeValue(journalRead));
  const entry = entryToUndo(journal, id);
  if (!entry) return 0;

  const sheets = resolveSheets(list, entry.cells.map(sheetKeyOf));
  for (const s of entry.cells) if (!sheets.get(sheetKeyOf(s))!.ws) throw new HostError('not-found', messages.sheetGoneForUndo(s.sheet));
  const notesNow = noteLoads(entry.cells, sheets);
  await runSteps(context, [...protectionSteps(sheets.values()), ...notesNow.steps]);
  for (const ref of sheets.values()) if (ref.protected) throw new HostError('protected', messages.sheetProtectedForUndo(ref.name));
  // The journal goes last: a restore cut off half-way leaves the entry for another try.
  await runSteps(context, [
    ...restoreSteps(entry.cells, sheets, undefined, notesNow.notes),
    journalStep(
      context,
      journal.filter((e) => e !== entry),
      journalRead,
    ),
  ]);
  return entry.cells.length;
}

export async function listWrites(context: Excel.RequestContext): Promise<WriteSummary[]> {
  const journalRead = queueReadStore(context, WRITE_JOURNAL_KEY);
  await context.sync();
  return summaries(parseJournal<ExcelCellSnapshot>(storeValue(journalRead)));
}

/**
 * After a write failed: if its entry was stored, the cells go back to the snapshot and the journal
 * to what it was; then the error the user is shown, saying that nothing changed.
 */
async function takeBack(context: Excel.RequestContext, error: unknown, entry: JournalEntry<ExcelCellSnapshot>, journal: Journal, refs: SheetRef[]): Promise<unknown> {
  try {
    const read = queueReadStore(context, WRITE_JOURNAL_KEY);
    const list = queueSheetList(context);
    await context.sync();
    const sheets = resolveSheets(
      list,
      refs.map((r) => r.id),
    );
    const stored = parseJournal<ExcelCellSnapshot>(storeValue(read)).some((e) => e.id === entry.id);
    const cells = stored ? entry.cells.filter((s) => sheets.get(sheetKeyOf(s))?.ws) : [];
    const now = cells.map((s) => sheets.get(sheetKeyOf(s))!.ws!.getRange(s.cell));
    const notesNow = noteLoads(cells, sheets);
    await runSteps(context, [
      ...protectionSteps(sheets.values()),
      ...now.map((range) => ({ bytes: 2 * BYTES_PER_CELL_OPERATION, queue: () => void range.load(CONTENT_PROPERTIES) })),
      ...notesNow.steps,
    ]);
    const nowProtected = [...sheets.values()].find((r) => r.protected)?.name;
    if (stored) {
      if (nowProtected) return new HostError('protected', messages.writeCutOff(entry.label));
      // The journal as it was before this write, with any entries the budget had dropped.
      await runSteps(context, [...restoreSteps(cells, sheets, now, notesNow.notes), journalStep(context, journal, read)]);
    }
    return explainFailedWrite(error, { journalStored: stored, protectedSheet: nowProtected });
  } catch {
    return new HostError('not-supported', messages.writeCutOff(entry.label));
  }
}

function snapshotTargets(writes: CellWrite[], sheets: Map<string, SheetRef>): SnapshotTarget[] {
  const byCell = new Map<string, CellWrite[]>();
  for (const w of writes) {
    const key = cellKey(sheets.get(w.sheet)!.name, w.cell);
    byCell.set(key, [...(byCell.get(key) ?? []), w]);
  }
  return [...byCell.values()].map((cellWrites) => {
    const ref = sheets.get(cellWrites[0].sheet)!;
    const { note, ...parts } = touchedParts(cellWrites);
    const cell = cellWrites[0].cell;
    return { sheet: ref.name, sheetId: ref.id, cell, range: ref.ws!.getRange(cell), ...parts, ...(note ? { note: ref.ws!.notes.getItemOrNullObject(cell) } : {}) };
  });
}

function writeStep(ws: Excel.Worksheet, w: CellWrite, before: ExcelCellSnapshot | undefined): Step {
  const currentFormat = before?.numberFormat ?? 'General';
  const content = contentToWrite(w);
  // A formula or number in a cell formatted as text would stay text; text keeps the text format.
  const format = w.numberFormat ?? ('text' in content ? TEXT_FORMAT : currentFormat === TEXT_FORMAT ? 'General' : currentFormat);
  return {
    bytes: 3 * BYTES_PER_CELL_OPERATION + contentBytes(content),
    queue: () => {
      const range = ws.getRange(w.cell);
      queueContent(range, content, format);
      if (w.fill) writeMarkFill(range.format.fill, `#${w.fill}`);
      if (w.fontColor) range.format.font.color = `#${w.fontColor}`;
      if (w.bold) range.format.font.bold = true;
      if (w.note !== undefined) {
        if (before?.note === null || before?.note === undefined) ws.notes.add(w.cell, w.note);
        else ws.notes.getItem(w.cell).content = w.note;
      }
    },
  };
}

/** The current note of every snapshot cell whose note a write set, loaded before it is restored. */
function noteLoads(cells: ExcelCellSnapshot[], sheets: Map<string, SheetRef>): { steps: Step[]; notes: Map<ExcelCellSnapshot, Excel.Note> } {
  const notes = new Map<ExcelCellSnapshot, Excel.Note>();
  const steps = cells
    .filter((s) => s.note !== undefined)
    .map((s) => ({
      bytes: BYTES_PER_CELL_OPERATION,
      queue: () => {
        const note = sheets.get(sheetKeyOf(s))!.ws!.notes.getItemOrNullObject(s.cell);
        note.load('content');
        notes.set(s, note);
      },
    }));
  return { steps, notes };
}

/** `now`: the cells loaded again, in the same order, when a cut-off write is taken back; `notes`: their notes as loaded. */
function restoreSteps(cells: ExcelCellSnapshot[], sheets: Map<string, SheetRef>, now?: Excel.Range[], notes?: Map<ExcelCellSnapshot, Excel.Note>): Step[] {
  return cells.map((s, i) => ({
    bytes: 4 * BYTES_PER_CELL_OPERATION + (s.note ? textBytes(s.note) : 0),
    queue: () => {
      const ws = sheets.get(sheetKeyOf(s))!.ws!;
      queueRestore(ws.getRange(s.cell), s, now?.[i]);
      const note = notes?.get(s);
      if (s.note !== undefined && note) queueNoteRestore(ws.notes, s.cell, s.note, note);
    },
  }));
}

function journalStep(context: Excel.RequestContext, entries: Journal, read: StoreRead): Step {
  const text = serializeJournal(entries);
  return { bytes: BYTES_PER_CELL_OPERATION + (text ? textBytes(text) : 0), queue: () => queueWriteStore(context, WRITE_JOURNAL_KEY, text, read) };
}

function sheetKeyOf(s: ExcelCellSnapshot): string {
  return s.sheetId ?? s.sheet;
}

function cellKey(sheet: string, cell: string): string {
  return `${sheet}!${cell.toUpperCase()}`;
}
