/**
 * "Rensa markeringar": every cell that still carries its mark gets back exactly the fill and note
 * the backup holds, also after a mark or a clear that failed half-way. A cell the user has
 * re-coloured since is left as it is (and its backup dropped); cells on a protected sheet, and
 * cells whose note this Excel cannot reach, are left marked and keep their backup, so clearing
 * again (without the protection, in an Excel with notes) finishes the job. Round trips:
 *   1 – sheets and the backup parts (the only one when there are no marks);
 *   2 – the backup XML and each sheet's protection;
 *   3 – the current fill and note of each backed-up cell (chunked when large);
 *   4 – the restores, then the remaining backup (chunked when large; the backup is saved last,
 *       so a failure half-way leaves every unrestored cell still backed up).
 */
import type { ClearResult } from '../port';
import { runSteps, type Step } from './batches';
import { carriesMark, fillLoadProperties, isNoFill, readFill, restoreFill, untintedColor, type FillState } from './fill';
import { noteFingerprint, type MarkBackup } from './markLedger';
import { parseMarkParts, queueListMarkParts, readMarkPartSteps, saveLedgerSteps } from './markStore';
import { messages } from './messages';
import { BYTES_PER_CELL_OPERATION, textBytes } from './payload';
import { canUse, type ApiSupport } from './requirements';
import { sheetLookup } from './sheetLookup';

export interface ClearOutcome extends ClearResult {
  /** Cells re-coloured by the user since they were marked: left alone. */
  changedByUser: number;
  /** Cells on protected sheets: still marked, still backed up. */
  onProtectedSheets: number;
}

interface Restore {
  backup: MarkBackup;
  ws: Excel.Worksheet;
  range: Excel.Range;
  /** This Excel and the loaded office.js reach the sheet's notes. */
  withNotes: boolean;
  note?: Excel.Note;
}

export async function clearMarks(context: Excel.RequestContext, support: ApiSupport): Promise<ClearOutcome> {
  const outcome: ClearOutcome = { restored: 0, changedByUser: 0, onProtectedSheets: 0 };
  if (!support.customXml) return outcome;
  const wb = context.workbook;
  wb.worksheets.load('items/name');
  const parts = queueListMarkParts(context);
  await context.sync();
  if (parts.items.length === 0) return outcome;

  const reads = readMarkPartSteps(parts);
  const protection = wb.worksheets.items.map((ws) => ({ bytes: BYTES_PER_CELL_OPERATION, queue: () => void ws.protection.load('protected') }));
  await runSteps(context, [...reads.steps, ...protection]);
  const ledger = parseMarkParts(reads);

  const findSheet = sheetLookup(wb.worksheets.items);
  const remaining: MarkBackup[] = [];
  const candidates: Restore[] = [];
  for (const backup of ledger.marks) {
    const ws = findSheet(backup.sheet);
    // A deleted or renamed sheet took its cells along; nothing is left to restore.
    if (!ws) continue;
    if (ws.protection.protected) {
      remaining.push(backup);
      outcome.onProtectedSheets++;
      continue;
    }
    candidates.push({ backup, ws, range: ws.getRange(backup.cell), withNotes: canUse(support, 'notes', ws) });
  }

  const props = fillLoadProperties(support.fillPattern);
  await runSteps(
    context,
    candidates.map((c) => ({
      // The note the mark wrote is as long as its fingerprint says.
      bytes: 2 * BYTES_PER_CELL_OPERATION + Math.ceil(1.2 * (parseInt(c.backup.applied.noteHash ?? '0', 10) || 0)),
      queue: () => {
        c.range.format.fill.load(props);
        if (!c.withNotes || c.backup.applied.noteHash === undefined) return;
        c.note = c.ws.notes.getItemOrNullObject(c.backup.cell);
        c.note.load('content');
      },
    })),
  );

  const ours = candidates.filter((c) => stillOurs(readFill(c.range.format.fill, support.fillPattern), c.backup));
  outcome.changedByUser = candidates.length - ours.length;
  // A cell whose mark wrote a note stays marked where notes are out of reach. With only its fill
  // restored, a later mark would take that fill for the cell's own and replace the backup, losing
  // the note to restore; still marked, it is found and fully restored by a clear with notes.
  const noteOutOfReach = (c: Restore) => c.backup.applied.noteHash !== undefined && !c.withNotes;
  const restores = ours.filter((c) => !noteOutOfReach(c));
  const left = ours.filter(noteOutOfReach);
  remaining.push(...left.map((c) => c.backup));
  if (left.length > 0) outcome.notice = messages.notesLeftMarked(left.length);
  const steps: Step[] = restores.map((r) => ({
    bytes: 3 * BYTES_PER_CELL_OPERATION + (typeof r.backup.note === 'string' ? textBytes(r.backup.note) : 0),
    // The note before the fill: a restore cut off after the note still shows the mark's fill,
    // so clearing again finds the cell and finishes it.
    queue: () => {
      restoreNote(r);
      restoreFill(r.range.format.fill, r.backup.fill);
    },
  }));
  // The backup is saved last: a failure half-way leaves every unrestored cell still backed up.
  steps.push(...saveLedgerSteps(context, parts.items, { version: 1, marks: remaining }));
  await runSteps(context, steps, () => {
    if (support.screenUpdating) wb.application.suspendScreenUpdatingUntilNextSync();
  });
  outcome.restored = restores.length;
  return outcome;
}

/**
 * Whether the cell's fill is still Periodkoll's to restore: it shows the mark, or what a mark or
 * a restore that failed half-way leaves — no fill (the old one cleared, the new one not yet set)
 * or the original colour, tinted or not yet, without the rest of the original fill. Restoring is
 * idempotent, so doing it again there is safe; any other colour is the user's and is left alone.
 */
function stillOurs(current: FillState, backup: MarkBackup): boolean {
  if (carriesMark(current, backup.applied.color) || isNoFill(current)) return true;
  const color = current.color?.toUpperCase();
  return color !== undefined && [backup.fill.color, untintedColor(backup.fill)].some((c) => c?.toUpperCase() === color);
}

/** Only a note that is still exactly the one the mark wrote is touched. */
function restoreNote(r: Restore): void {
  const { note, backup } = r;
  if (!note || note.isNullObject || noteFingerprint(note.content) !== backup.applied.noteHash) return;
  if (backup.note === null) note.delete();
  else if (typeof backup.note === 'string') note.content = backup.note;
}
