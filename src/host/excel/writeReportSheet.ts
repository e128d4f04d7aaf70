/**
 * The Kontrollrapport as a new sheet: all values in one range write, bold header cells,
 * links to the finding cells, column widths, and the sheet activated. Round trips: one to check
 * (structure protection, an existing sheet), one to write; more only for a report too large for
 * one request.
 *
 * Excel reads a string written through `values` the way it reads typing: "=…", "+…", "-…" and
 * "@…" become formulas (a label "+cmd|' /C calc'!A0" would be a DDE call). So every text cell is
 * formatted as text ("@") in the same request, before its value, and stays inert; only the
 * engine's own `{ formula }` cells get a formula, in a cell formatted as a number.
 */
import { HostError, type ReportCell, type ReportSheet } from '../port';
import { batchesBySize, runSteps, type Step } from './batches';
import { messages } from './messages';
import { BYTES_PER_CELL_OPERATION, textBytes } from './payload';
import type { ApiSupport } from './requirements';
import { sheetCellReference } from './sheetReference';

/** Queued Office calls on the report sheet, with their estimated request size. */
interface SheetStep {
  bytes: number;
  queue: (ws: Excel.Worksheet) => void;
}

export async function writeReportSheet(context: Excel.RequestContext, support: ApiSupport, report: ReportSheet, options: { replace: boolean }): Promise<void> {
  const wb = context.workbook;
  const existing = wb.worksheets.getItemOrNullObject(report.name);
  existing.load('name');
  wb.worksheets.load('items/name');
  if (support.workbookInfo) wb.protection.load('protected');
  await context.sync();
  if (support.workbookInfo && wb.protection.protected) throw new HostError('protected', messages.workbookStructureProtected(report.name));
  if (!existing.isNullObject && !options.replace) throw new HostError('sheet-exists', messages.sheetExists(report.name));

  const taken = new Set(wb.worksheets.items.map((ws) => ws.name.toLocaleLowerCase('sv')));
  let ws: Excel.Worksheet | undefined;
  const create: Step = {
    bytes: 1_000,
    queue: () => (ws = existing.isNullObject ? wb.worksheets.add(report.name) : replaceSheet(wb.worksheets, existing, report.name, taken)),
  };
  const steps = reportSteps(report, support).map((s): Step => ({ bytes: s.bytes, queue: () => s.queue(ws!) }));
  await runSteps(context, [create, ...steps], () => {
    if (support.screenUpdating) wb.application.suspendScreenUpdatingUntilNextSync();
  });
}

/**
 * A new sheet under a free temporary name, the old one deleted, the new one renamed: never a
 * moment without a visible sheet, even when the old report is the only one.
 */
function replaceSheet(worksheets: Excel.WorksheetCollection, old: Excel.Worksheet, name: string, taken: Set<string>): Excel.Worksheet {
  let temp = '';
  for (let n = 1; !temp || taken.has(temp.toLocaleLowerCase('sv')); n++) temp = `${name.slice(0, 24)} (${n})`;
  const fresh = worksheets.add(temp);
  old.delete();
  fresh.name = name;
  return fresh;
}

function reportSteps(report: ReportSheet, support: ApiSupport): SheetStep[] {
  const width = Math.max(1, ...report.rows.map((r) => r.length));
  const grid = report.rows.length > 0 ? report.rows : [[]];
  const steps: SheetStep[] = [];
  // Values (and text formats) in row blocks; one block, one range write, unless it is huge.
  // Per cell: the value and its number format ("@", "General" or a figure's own) with separators.
  const rowBytes = (row: ReportCell[]) => 16 + width * 16 + row.reduce<number>((n, c) => n + textBytes(cellText(c)), 0);
  for (const block of batchesBySize(grid.map((row, i) => ({ row, i })), ({ row }) => rowBytes(row))) {
    const top = block[0].i;
    const cells = block.map(({ row }) => padded(row, width));
    const values = cells.map((row) => row.map(cellValue));
    const formats = cells.map((row) => row.map(cellFormat));
    const bytes = BYTES_PER_CELL_OPERATION + block.reduce((n, { row }) => n + rowBytes(row), 0);
    steps.push({
      bytes,
      queue: (ws) => {
        const range = ws.getRangeByIndexes(top, 0, values.length, width);
        // The formats first: a text cell must already be text when its value arrives.
        range.numberFormat = formats;
        range.values = values;
      },
    });
  }
  grid.forEach((row, r) => {
    for (const [start, end] of boldRuns(row)) {
      steps.push({ bytes: BYTES_PER_CELL_OPERATION, queue: (ws) => void (ws.getRangeByIndexes(r, start, 1, end - start).format.font.bold = true) });
    }
    if (!support.workbookInfo) return;
    row.forEach((cell, c) => {
      if (!cell || typeof cell !== 'object' || !('link' in cell)) return;
      const hyperlink: Excel.RangeHyperlink = { documentReference: sheetCellReference(cell.link.sheet, cell.link.cell), textToDisplay: cell.text };
      steps.push({ bytes: BYTES_PER_CELL_OPERATION + 2 * textBytes(cell.text) + textBytes(hyperlink.documentReference ?? ''), queue: (ws) => void (ws.getRangeByIndexes(r, c, 1, 1).hyperlink = hyperlink) });
    });
  });
  report.widths.forEach((chars, c) => {
    if (!(chars > 0)) return;
    steps.push({ bytes: BYTES_PER_CELL_OPERATION, queue: (ws) => void (ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = columnWidthPoints(chars)) });
  });
  steps.push({ bytes: BYTES_PER_CELL_OPERATION, queue: (ws) => ws.activate() });
  return steps;
}

/** Excel widths are in characters of the default font (7 px at 96 dpi, plus 5 px padding); the API takes points. */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function padded(row: ReportCell[], width: number): ReportCell[] {
  return row.length >= width ? row : [...row, ...Array<ReportCell>(width - row.length).fill(null)];
}

function cellText(cell: ReportCell): string {
  if (cell === null) return '';
  if (typeof cell !== 'object') return String(cell);
  if ('formula' in cell) return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  if ('value' in cell) return String(cell.value);
  return cell.text;
}

/** Excel holds at most 32 767 characters in a cell. A formula goes in as typed: Excel makes it one. */
function cellValue(cell: ReportCell): string | number {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  if (cell && typeof cell === 'object' && 'value' in cell) return Number.isFinite(cell.value) ? cell.value : '';
  return cellText(cell).slice(0, 32767);
}

/** Text ("@") for every text cell, so nothing the user typed can turn into a formula. */
function cellFormat(cell: ReportCell): string {
  if (cell !== null && typeof cell === 'object' && ('formula' in cell || 'value' in cell)) return cell.numberFormat ?? 'General';
  return typeof cell === 'number' || cellText(cell) === '' ? 'General' : '@';
}

/** [start, end) column runs of bold cells in a row. */
function boldRuns(row: ReportCell[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  row.forEach((cell, c) => {
    if (!cell || typeof cell !== 'object' || !('bold' in cell) || !cell.bold) return;
    const last = runs[runs.length - 1];
    if (last && last[1] === c) last[1] = c + 1;
    else runs.push([c, c + 1]);
  });
  return runs;
}
