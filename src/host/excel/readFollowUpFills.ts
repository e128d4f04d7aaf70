/**
 * The fills a genomförandeplan is read by: an Uppföljning cell may be Rött or Grönt by its colour
 * alone. Office.js gives a range one fill (or null when its cells differ), so the cells' own fills
 * come from Range.getCellProperties (ExcelApi 1.9), asked only for the cells fillWanted names, after
 * the values are in: one more round trip when a sheet holds a plan, none otherwise.
 *
 * The model is the file adapter's: `fill` is a solid fill's RRGGBB; an empty cell with a fill is
 * kept for it, with its number format; a merge's covered cells carry none of their own.
 */
import { fillWanted } from '../../core/implementationPlan/fillWanted';
import type { CellRange, Sheet } from '../../core/model/workbook';
import { runSteps } from './batches';
import { numberFormatOf } from './convertCells';
import { BYTES_PER_FILL_CELL, BYTES_PER_RANGE, PAYLOAD_LIMIT_BYTES } from './payload';

const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true } } };

/** Rows of one column that fit a request on their own. */
const MAX_ROWS_PER_READ = Math.floor((PAYLOAD_LIMIT_BYTES - BYTES_PER_RANGE) / BYTES_PER_FILL_CELL);

interface FillRead {
  sheet: number;
  area: CellRange;
  range?: Excel.Range;
  properties?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

export async function readFollowUpFills(context: Excel.RequestContext, worksheets: Excel.Worksheet[], sheets: Sheet[]): Promise<void> {
  const reads: FillRead[] = sheets.flatMap((sheet, i) => fillWanted(sheet).flatMap(piecesOf).map((area) => ({ sheet: i, area })));
  const steps = reads.map((read) => ({
    bytes: BYTES_PER_RANGE + cellCount(read.area) * BYTES_PER_FILL_CELL,
    queue: () => {
      const { top, left } = read.area;
      read.range = worksheets[read.sheet].getRangeByIndexes(top - 1, left - 1, read.area.bottom - top + 1, read.area.right - left + 1);
      read.range.load('numberFormat');
      read.properties = read.range.getCellProperties(FILL_PROPERTIES);
    },
  }));
  await runSteps(context, steps);
  for (const read of reads) placeFills(sheets[read.sheet], read);
}

function placeFills(sheet: Sheet, { area, range, properties }: FillRead): void {
  properties!.value.forEach((cells, i) =>
    cells.forEach((props, j) => {
      const fill = solidFill(props);
      const row = area.top + i;
      const col = area.left + j;
      if (fill === undefined || isCovered(sheet, row, col)) return;
      const cells = (sheet.rows[row - 1] ??= []);
      const cell = cells[col - 1];
      if (cell) cell.fill = fill;
      else cells[col - 1] = { value: null, type: 'empty', numberFormat: numberFormatOf(range!.numberFormat[i]?.[j]), fill };
    }),
  );
}

/**
 * A solid fill's colour as RRGGBB. Excel reports a cell without fill as white with pattern "None"
 * (and a RangeFill's may come with a null pattern, see fill.ts), so white counts as no fill.
 */
function solidFill(props: Excel.CellProperties): string | undefined {
  const fill = props.format?.fill;
  if (!fill || (fill.pattern !== 'Solid' && fill.pattern !== null)) return undefined;
  const rgb = (fill.color ?? '').replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{6}$/.test(rgb) && rgb !== 'FFFFFF' ? rgb : undefined;
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
