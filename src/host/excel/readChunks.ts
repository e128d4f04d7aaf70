/**
 * Reads the planned chunks, one context.sync() each, into the sheets' rows. A chunk Excel refuses
 * as too large is halved and read again; a chunk whose merged-area lookup fails (Excel answers at
 * most 512 areas per call) is read again without it, and that sheet keeps no merges.
 */
import type { Sheet } from '../../core/model/workbook';
import type { ReadProgress } from '../port';
import { placeCells, type RangeData, type UnknownError } from './convertCells';
import { isBusy, isPayloadTooLarge } from './officeErrors';
import { splitChunk, type Chunk, type Slice } from './readPlan';
import { parseAreaList } from './sheetReference';

export const RANGE_PROPERTIES = ['values', 'valueTypes', 'formulas', 'formulasR1C1', 'numberFormat'];

export interface SheetUnknownError extends UnknownError {
  sheet: number;
}

interface SliceLoad {
  slice: Slice;
  range: Excel.Range;
  merged?: Excel.RangeAreas;
}

export async function readChunks(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  sheets: Sheet[],
  plan: Chunk[],
  onProgress?: (progress: ReadProgress) => void,
): Promise<SheetUnknownError[]> {
  const queue = [...plan];
  const mergesFailed = new Set<number>();
  const unknown: SheetUnknownError[] = [];
  let done = 0;
  onProgress?.({ done, total: queue.length });
  while (queue.length > 0) {
    const chunk = queue[0];
    const loads = chunk.slices.map((slice) => queueSlice(worksheets[slice.sheet], slice, !mergesFailed.has(slice.sheet)));
    try {
      await context.sync();
    } catch (e) {
      if (isPayloadTooLarge(e)) {
        const halves = splitChunk(chunk);
        if (!halves) throw e;
        queue.splice(0, 1, ...halves);
        continue;
      }
      const withMerges = loads.filter((l) => l.merged);
      if (withMerges.length > 0 && !isBusy(e)) {
        for (const l of withMerges) mergesFailed.add(l.slice.sheet);
        continue;
      }
      throw e;
    }
    queue.shift();
    for (const { slice, range, merged } of loads) {
      const sheet = sheets[slice.sheet];
      for (const u of placeCells(sheet.rows, slice.top, slice.left, rangeData(range))) unknown.push({ ...u, sheet: slice.sheet });
      if (merged && !merged.isNullObject) sheet.merges = sortRanges(parseAreaList(merged.address));
    }
    done++;
    onProgress?.({ done, total: done + queue.length });
  }
  return unknown;
}

function queueSlice(ws: Excel.Worksheet, slice: Slice, mergesAllowed: boolean): SliceLoad {
  const range = ws.getRangeByIndexes(slice.top - 1, slice.left - 1, slice.rows, slice.cols);
  range.load(RANGE_PROPERTIES);
  if (!slice.merges || !mergesAllowed) return { slice, range };
  // The whole sheet, like a file's list of merges; never a null object itself, unlike a used range.
  const merged = ws.getRange().getMergedAreasOrNullObject();
  merged.load('address');
  return { slice, range, merged };
}

function rangeData(range: Excel.Range): RangeData {
  return {
    values: range.values,
    valueTypes: range.valueTypes as string[][],
    formulas: range.formulas,
    formulasR1C1: range.formulasR1C1,
    numberFormat: range.numberFormat,
  };
}

function sortRanges<T extends { top: number; left: number }>(ranges: T[]): T[] {
  return ranges.sort((a, b) => a.top - b.top || a.left - b.left);
}
