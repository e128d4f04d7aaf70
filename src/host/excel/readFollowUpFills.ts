/**
 * The fills a genomförandeplan is read by: an Uppföljning cell may be Rött or Grönt by its colour
 * alone. Office.js gives a range one fill (or null when its cells differ), so the cells' own fills
 * come from Range.getCellProperties (ExcelApi 1.9), asked only for the cells fillWanted names, after
 * the values are in: one more round trip when a sheet holds a plan, none otherwise (and one more
 * when marks show there, see fillsBeforeMarks.ts).
 *
 * The model is the file adapter's: `fill` is a solid fill's RRGGBB; an empty cell with a fill is
 * kept for it, with its number format; a merge's covered cells carry none of their own.
 */
import { fillWanted } from '../../core/implementationPlan/fillWanted';
import { a1 } from '../../core/model/address';
import type { CellRange, Sheet } from '../../core/model/workbook';
import { runSteps } from './batches';
import { numberFormatOf } from './convertCells';
import { modelFill } from './fill';
import { restoreFillsBeforeMarks, type ReadFill } from './fillsBeforeMarks';
import { queueListMarkParts } from './markStore';
import { BYTES_PER_FILL_CELL, BYTES_PER_RANGE, PAYLOAD_LIMIT_BYTES } from './payload';
import type { ApiSupport } from './requirements';

const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true } } };

/** Rows of one column that fit a request on their own. */
const MAX_ROWS_PER_READ = Math.floor((PAYLOAD_LIMIT_BYTES - BYTES_PER_RANGE) / BYTES_PER_FILL_CELL);

interface AreaRead {
  sheet: number;
  area: CellRange;
  range?: Excel.Range;
  properties?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

interface CellFill extends ReadFill {
  sheetIndex: number;
  row: number;
  col: number;
  numberFormat: unknown;
}

export async function readFollowUpFills(context: Excel.RequestContext, support: ApiSupport, worksheets: Excel.Worksheet[], sheets: Sheet[]): Promise<void> {
  const reads: AreaRead[] = sheets.flatMap((sheet, i) => fillWanted(sheet).flatMap(piecesOf).map((area) => ({ sheet: i, area })));
  if (reads.length === 0) return;
  let parts: Excel.CustomXmlPartScopedCollection | undefined;
  const steps = reads.map((read) => ({
    bytes: BYTES_PER_RANGE + cellCount(read.area) * BYTES_PER_FILL_CELL,
    queue: () => {
      const { top, left, bottom, right } = read.area;
      read.range = worksheets[read.sheet].getRangeByIndexes(top - 1, left - 1, bottom - top + 1, right - left + 1);
      read.range.load('numberFormat');
      read.properties = read.range.getCellProperties(FILL_PROPERTIES);
    },
  }));
  // The marks' backup is listed alongside, in case a plan cell shows a mark.
  await runSteps(context, steps, () => {
    if (support.customXml) parts = queueListMarkParts(context);
  });
  const fills = reads.flatMap((read) => cellFills(sheets[read.sheet], read));
  if (parts) await restoreFillsBeforeMarks(context, parts, fills);
  for (const f of fills) placeFill(sheets[f.sheetIndex], f);
}

/** The solid fills of one read area, leaving out a merge's covered cells. */
function cellFills(sheet: Sheet, { sheet: sheetIndex, area, range, properties }: AreaRead): CellFill[] {
  const out: CellFill[] = [];
  properties!.value.forEach((cells, i) =>
    cells.forEach((props, j) => {
      const rgb = props.format?.fill ? modelFill({ color: props.format.fill.color ?? null, pattern: props.format.fill.pattern ?? null }) : undefined;
      const row = area.top + i;
      const col = area.left + j;
      if (rgb === undefined || isCovered(sheet, row, col)) return;
      out.push({ sheet: sheet.name, address: a1(row, col), rgb, sheetIndex, row, col, numberFormat: range!.numberFormat[i]?.[j] });
    }),
  );
  return out;
}

function placeFill(sheet: Sheet, { rgb, row, col, numberFormat }: CellFill): void {
  if (rgb === undefined) return;
  const cells = (sheet.rows[row - 1] ??= []);
  const cell = cells[col - 1];
  if (cell) cell.fill = rgb;
  else cells[col - 1] = { value: null, type: 'empty', numberFormat: numberFormatOf(numberFormat), fill: rgb };
}

function isCovered(sheet: Sheet, row: number, col: number): boolean {
  return sheet.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
}

/** A very long column in pieces that each fit a request; a plan's rarely needs more than one. */
function piecesOf(area: CellRange): CellRange[] {
  const pieces: CellRange[] = [];
  for (let top = area.top; top <= area.bottom; top += MAX_ROWS_PER_READ) {
    pieces.push({ ...area, top, bottom: Math.min(area.bottom, top + MAX_ROWS_PER_READ - 1) });
  }
  return pieces;
}

function cellCount(area: CellRange): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}
