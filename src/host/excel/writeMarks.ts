/**
 * "Markera": red fill for errors, amber for warnings, and a note with the message, after backing
 * up each cell's fill and note in the workbook (see markLedger). Round trips:
 *   1 – sheets, the backup parts, and the workbook's threaded comments (a cell with one cannot
 *       take a note);
 *   2 – each target sheet's protection, each target cell's fill and note, the backup XML and the
 *       comments' cells (more round trips only when the cells do not fit one request);
 *   3 – the backup first, then fills and notes, with screen updating suspended (again chunked).
 * A protected sheet gets nothing; a cell marked before keeps its first backup while it still
 * carries the mark.
 */
import { a1 } from '../../core/model/address';
import type { CellMark, MarkResult } from '../port';
import { HostError } from '../port';
import { runSteps, type Step } from './batches';
import { MARK_FILL, canRestore, carriesMark, fillLoadProperties, readFill, writeMarkFill } from './fill';
import { markKey, noteFingerprint, type MarkBackup, type MarkLedger } from './markLedger';
import { parseMarkParts, queueListMarkParts, readMarkPartSteps, saveLedgerSteps } from './markStore';
import { messages } from './messages';
import { normalizeMarks } from './normalizeMarks';
import { BYTES_PER_CELL_OPERATION, textBytes } from './payload';
import { canUse, type ApiSupport } from './requirements';
import { parseRangeRef, splitSheetReference } from './sheetReference';
import { sheetLookup } from './sheetLookup';

/** MarkResult with what the user should know although every mark was written. */
export interface ExcelMarkResult extends MarkResult {
  notice?: string;
}

interface Target {
  mark: CellMark;
  ws: Excel.Worksheet;
  range: Excel.Range;
  note?: Excel.Note;
}

interface Planned extends Target {
  backup: MarkBackup;
  noteText?: string;
}

export async function writeMarks(context: Excel.RequestContext, support: ApiSupport, marks: CellMark[]): Promise<ExcelMarkResult> {
  if (!support.customXml) throw new HostError('not-supported', messages.marksNeedNewerExcel);
  const skipped: MarkResult['skipped'] = [];
  const wanted = normalizeMarks(marks, skipped);
  if (wanted.length === 0) return { marked: 0, skipped };

  const wb = context.workbook;
  wb.worksheets.load('items/name');
  const parts = queueListMarkParts(context);
  const comments = support.notes && canUse(support, 'comments', wb) ? wb.comments.load('items/id') : undefined;
  await context.sync();

  // Notes only where the comments can be read too: a note on a commented cell fails the batch.
  const withNotes = !!comments && wb.worksheets.items.every((ws) => canUse(support, 'notes', ws));
  const findSheet = sheetLookup(wb.worksheets.items);
  const targets: Target[] = [];
  for (const mark of wanted) {
    const ws = findSheet(mark.sheet);
    if (!ws) skipped.push({ sheet: mark.sheet, cell: mark.cell, reason: messages.sheetMissing(mark.sheet) });
    else targets.push({ mark: { ...mark, sheet: ws.name }, ws, range: ws.getRange(mark.cell) });
  }
  if (targets.length === 0) return { marked: 0, skipped };
  const sheets = [...new Set(targets.map((t) => t.ws))];
  const reads = readMarkPartSteps(parts);
  const commentCells: Excel.Range[] = [];
  const props = fillLoadProperties(support.fillPattern);
  await runSteps(context, [
    ...reads.steps,
    ...sheets.map((ws) => ({ bytes: BYTES_PER_CELL_OPERATION, queue: () => void ws.protection.load('protected') })),
    ...(withNotes ? comments.items : []).map((c, i) => ({ bytes: BYTES_PER_CELL_OPERATION, queue: () => void (commentCells[i] = c.getLocation().load('address')) })),
    ...targets.map((t) => ({ bytes: 2 * BYTES_PER_CELL_OPERATION, queue: () => loadTarget(t, withNotes, props) })),
  ]);

  const ledger = parseMarkParts(reads);
  const withComment = new Set(commentCells.map((loc) => cellKeyOf(loc.address)));
  const backups = new Map(ledger.marks.map((m) => [markKey(m.sheet, m.cell), m]));
  const planned: Planned[] = [];
  let commentsWithoutNote = 0;
  for (const t of targets) {
    if (t.ws.protection.protected) {
      skipped.push({ sheet: t.mark.sheet, cell: t.mark.cell, reason: messages.sheetProtected(t.mark.sheet) });
      continue;
    }
    const current = readFill(t.range.format.fill, support.fillPattern);
    const earlier = backups.get(markKey(t.mark.sheet, t.mark.cell));
    const keepEarlier = earlier !== undefined && carriesMark(current, earlier.applied.color);
    if (!keepEarlier && !canRestore(current)) {
      skipped.push({ sheet: t.mark.sheet, cell: t.mark.cell, reason: messages.fillCannotBeRestored });
      continue;
    }
    const hasComment = withComment.has(markKey(t.mark.sheet, t.mark.cell));
    if (hasComment) commentsWithoutNote++;
    const currentNote = t.note ? (t.note.isNullObject ? null : t.note.content) : undefined;
    const originalNote = keepEarlier && earlier.note !== undefined ? earlier.note : currentNote;
    const noteText = t.note && !hasComment ? composeNote(t.mark.note, originalNote ?? null) : undefined;
    const applied: MarkBackup['applied'] = { color: MARK_FILL[t.mark.severity] };
    // A note written by an earlier mark and not rewritten now is still the one to restore from.
    const noteHash = noteText !== undefined ? noteFingerprint(noteText) : keepEarlier ? earlier.applied.noteHash : undefined;
    if (noteHash !== undefined) applied.noteHash = noteHash;
    const backup: MarkBackup = keepEarlier
      ? { ...earlier, note: originalNote, applied }
      : { sheet: t.mark.sheet, cell: t.mark.cell, fill: current, note: noteText === undefined ? undefined : currentNote, applied };
    if (backup.note === undefined) delete backup.note;
    backups.set(markKey(t.mark.sheet, t.mark.cell), backup);
    planned.push({ ...t, backup, noteText });
  }
  if (planned.length === 0) return { marked: 0, skipped };

  const next: MarkLedger = { version: 1, marks: [...backups.values()] };
  // The backup goes first, so a mark never exists without it.
  const steps = [...saveLedgerSteps(context, parts.items, next), ...planned.map(markStep)];
  await runSteps(context, steps, () => {
    if (support.screenUpdating) wb.application.suspendScreenUpdatingUntilNextSync();
  });

  const result: ExcelMarkResult = { marked: planned.length, skipped };
  if (!withNotes) result.notice = messages.notesNeedNewerExcel;
  else if (commentsWithoutNote > 0) result.notice = messages.cellsWithComments(commentsWithoutNote);
  return result;
}

/** The mark's message first, then the note the cell had, so the user still sees it. */
export function composeNote(message: string, original: string | null): string {
  return original ? `${message}\n\n${original}` : message;
}

function loadTarget(t: Target, withNotes: boolean, fillProperties: string[]): void {
  t.range.format.fill.load(fillProperties);
  if (!withNotes) return;
  t.note = t.ws.notes.getItemOrNullObject(t.mark.cell);
  t.note.load('content');
}

function markStep(p: Planned): Step {
  return {
    bytes: 2 * BYTES_PER_CELL_OPERATION + (p.noteText ? textBytes(p.noteText) : 0),
    queue: () => {
      writeMarkFill(p.range.format.fill, p.backup.applied.color);
      if (p.noteText === undefined) return;
      if (p.note && !p.note.isNullObject) p.note.content = p.noteText;
      else p.ws.notes.add(p.mark.cell, p.noteText);
    },
  };
}

/** "'Blad 1'!B3" -> the ledger key of that cell. */
function cellKeyOf(address: string): string {
  const { sheet = '', ref } = splitSheetReference(address);
  const range = parseRangeRef(ref);
  return range ? markKey(sheet, a1(range.top, range.left)) : '';
}
