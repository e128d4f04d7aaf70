/**
 * A marked cell's fill is Periodkoll's mark, not the user's: where the marks' backup (markLedger.ts)
 * says what a cell showed before and the mark is still there, the model gets that fill back, so a
 * genomförandeplan reads the same before and after "Markera", as in a file (file/markedFills.ts).
 * The backup is read, one round trip more, only when a cell shows a mark colour.
 */
import { markKey, type MarkBackup } from './markLedger';
import { parseMarkParts, readMarkPartSteps } from './markStore';
import { runSteps } from './batches';
import { carriesMark, MARK_FILL, modelFill } from './fill';

/** A cell's solid fill as read; `rgb` becomes the fill before the mark, undefined for none. */
export interface ReadFill {
  sheet: string;
  /** A1, without "$". */
  address: string;
  rgb: string | undefined;
}

const MARK_RGB = new Set(Object.values(MARK_FILL).map((c) => c.slice(1)));

/** `parts` listed in an earlier round trip (queueListMarkParts). */
export async function restoreFillsBeforeMarks(context: Excel.RequestContext, parts: Excel.CustomXmlPartScopedCollection, fills: ReadFill[]): Promise<void> {
  const marked = fills.filter((f) => f.rgb !== undefined && MARK_RGB.has(f.rgb));
  if (marked.length === 0 || parts.items.length === 0) return;
  const reads = readMarkPartSteps(parts);
  await runSteps(context, reads.steps);
  let backups: Map<string, MarkBackup>;
  try {
    backups = new Map(parseMarkParts(reads).marks.map((b) => [markKey(b.sheet, b.cell), b]));
  } catch {
    // A backup this version cannot read stops marking and clearing; reading shows the cells as they are.
    return;
  }
  for (const f of marked) {
    const backup = backups.get(markKey(f.sheet, f.address));
    if (backup && carriesMark({ color: `#${f.rgb}`, pattern: 'Solid' }, backup.applied.color)) f.rgb = modelFill(backup.fill);
  }
}

