/**
 * Confirmed cell writes in Excel (avvikelser as live formulas, status columns) and their undo.
 * One round trip reads what each target cell holds now (and the journal), one writes the cells
 * together with the journal entry that restores them: a write is either fully recorded or not
 * sent at all. A protected target sheet refuses the whole write before anything changes.
 *
 * Text values are written into cells formatted as text first, so a string such as "=…" or
 * "+cmd|…" from the user's own cells stays inert (see writeReportSheet).
 */
import { HostError, type CellWrite, type WriteReceipt, type WriteSummary } from '../port';
import { entryToUndo, newEntry, parseJournal, serializeJournal, summaries, WRITE_JOURNAL_KEY } from '../writeJournal';
import { fillLoadProperties, readFill, restoreFill, type FillState } from './fill';
import { messages } from './messages';
import type { ApiSupport } from './requirements';
import { queueReadStore, queueWriteStore, storeValue } from './settingsStore';

export interface ExcelCellSnapshot {
  sheet: string;
  cell: string;
  /** Formula or constant as Range.formulas reports it. */
  formula: unknown;
  numberFormat: string;
  fill: FillState;
  fontColor: string | null;
  bold: boolean | null;
}

const FORMULA_LIKE = /^[=+\-@]/;

export async function writeCells(context: Excel.RequestContext, support: ApiSupport, writes: CellWrite[], label: string): Promise<WriteReceipt> {
  const sheets = new Map<string, Excel.Worksheet>();
  for (const w of writes) {
    if (!sheets.has(w.sheet)) {
      const ws = context.workbook.worksheets.getItemOrNullObject(w.sheet);
      ws.load('name');
      ws.protection.load('protected');
      sheets.set(w.sheet, ws);
    }
  }
  const targets = uniqueTargets(writes).map((w) => {
    const range = sheets.get(w.sheet)!.getRange(w.cell);
    range.load(['formulas', 'numberFormat']);
    range.format.fill.load(fillLoadProperties(support.fillPattern));
    range.format.font.load(['color', 'bold']);
    return { sheet: w.sheet, cell: w.cell, range };
  });
  const journalRead = queueReadStore(context, WRITE_JOURNAL_KEY);
  await context.sync();

  for (const [name, ws] of sheets) {
    if (ws.isNullObject) throw new HostError('not-found', messages.sheetMissing(name));
    if (ws.protection.protected) throw new HostError('protected', messages.sheetProtectedForWrite(ws.name));
  }
  const snapshots: ExcelCellSnapshot[] = targets.map((t) => ({
    sheet: t.sheet,
    cell: t.cell,
    formula: t.range.formulas[0][0],
    numberFormat: String(t.range.numberFormat[0][0]),
    fill: readFill(t.range.format.fill, support.fillPattern),
    fontColor: t.range.format.font.color ?? null,
    bold: t.range.format.font.bold ?? null,
  }));

  for (const w of writes) applyWrite(sheets.get(w.sheet)!.getRange(w.cell), w);
  const journal = parseJournal<ExcelCellSnapshot>(storeValue(journalRead));
  const entry = newEntry(journal, label, snapshots);
  queueWriteStore(context, WRITE_JOURNAL_KEY, serializeJournal([...journal, entry]), journalRead);
  await context.sync();
  return { id: entry.id, written: snapshots.length };
}

export async function undoWrite(context: Excel.RequestContext, id?: string): Promise<number> {
  const journalRead = queueReadStore(context, WRITE_JOURNAL_KEY);
  await context.sync();
  const journal = parseJournal<ExcelCellSnapshot>(storeValue(journalRead));
  const entry = entryToUndo(journal, id);
  if (!entry) return 0;
  for (const s of [...entry.cells].reverse()) {
    const range = context.workbook.worksheets.getItem(s.sheet).getRange(s.cell);
    restoreCell(range, s);
  }
  queueWriteStore(context, WRITE_JOURNAL_KEY, serializeJournal(journal.filter((e) => e !== entry)), journalRead);
  await context.sync();
  return entry.cells.length;
}

export async function listWrites(context: Excel.RequestContext): Promise<WriteSummary[]> {
  const journalRead = queueReadStore(context, WRITE_JOURNAL_KEY);
  await context.sync();
  return summaries(parseJournal<ExcelCellSnapshot>(storeValue(journalRead)));
}

function uniqueTargets(writes: CellWrite[]): CellWrite[] {
  const seen = new Set<string>();
  return writes.filter((w) => {
    const key = `${w.sheet}!${w.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function applyWrite(range: Excel.Range, w: CellWrite): void {
  if (w.formula !== undefined) {
    if (w.numberFormat) range.numberFormat = [[w.numberFormat]];
    range.formulas = [[w.formula]];
  } else if (w.value !== undefined) {
    const text = typeof w.value === 'string';
    // A text cell is formatted as text before its value arrives, so it can never become a formula.
    if (text && FORMULA_LIKE.test(w.value as string)) range.numberFormat = [['@']];
    else if (w.numberFormat) range.numberFormat = [[w.numberFormat]];
    range.values = [[w.value ?? '']];
  }
  if (w.fill) range.format.fill.color = `#${w.fill}`;
  if (w.fontColor) range.format.font.color = `#${w.fontColor}`;
  if (w.bold) range.format.font.bold = true;
}

function restoreCell(range: Excel.Range, s: ExcelCellSnapshot): void {
  const isFormula = typeof s.formula === 'string' && s.formula.startsWith('=');
  // Text that looks like a formula goes back as text, exactly as it was.
  range.numberFormat = [[!isFormula && typeof s.formula === 'string' && FORMULA_LIKE.test(s.formula) ? '@' : s.numberFormat]];
  range.formulas = [[s.formula as string]];
  range.numberFormat = [[s.numberFormat]];
  restoreFill(range.format.fill, s.fill);
  if (s.fontColor) range.format.font.color = s.fontColor;
  if (s.bold !== null) range.format.font.bold = s.bold;
}
