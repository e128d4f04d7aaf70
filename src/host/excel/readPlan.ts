/**
 * How the used ranges of a workbook are read: as few batches as possible, each one's estimated
 * response under the payload limit. Small sheets share a batch; a large sheet is cut into row
 * slices. Pure, so the plan can be tested without Excel.
 */
import { BYTES_PER_CELL, BYTES_PER_RANGE, BYTES_PER_ROW, PAYLOAD_LIMIT_BYTES, mergedAreasBytes } from './payload';

/** The used range of one sheet, 1-based. */
export interface UsedArea {
  /** Index into the list of sheets being read. */
  sheet: number;
  name: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** Rows [top, top + rows) of one used range; `merges` on the slice that reads the sheet's merges. */
export interface Slice extends UsedArea {
  merges: boolean;
}

export interface Chunk {
  slices: Slice[];
  estimatedBytes: number;
}

export function rowBytes(cols: number): number {
  return cols * BYTES_PER_CELL + BYTES_PER_ROW;
}

export function sliceBytes(slice: Slice): number {
  return BYTES_PER_RANGE + slice.rows * rowBytes(slice.cols) + (slice.merges ? mergedAreasBytes(slice.name) : 0);
}

export function chunkBytes(slices: Slice[]): number {
  return slices.reduce((sum, s) => sum + sliceBytes(s), 0);
}

export function planChunks(areas: UsedArea[], withMerges: boolean, limit = PAYLOAD_LIMIT_BYTES): Chunk[] {
  const chunks: Chunk[] = [];
  let slices: Slice[] = [];
  let size = 0;
  const close = () => {
    if (slices.length > 0) chunks.push({ slices, estimatedBytes: size });
    slices = [];
    size = 0;
  };
  for (const area of areas) {
    let top = area.top;
    const end = area.top + area.rows;
    const perRow = rowBytes(area.cols);
    while (top < end) {
      const merges = withMerges && top === area.top;
      const fixed = BYTES_PER_RANGE + (merges ? mergedAreasBytes(area.name) : 0);
      let fit = Math.floor((limit - size - fixed) / perRow);
      if (fit < 1 && slices.length > 0) {
        close();
        continue;
      }
      // A single row always goes, even alone over the limit: it cannot be cut further.
      fit = Math.max(1, Math.min(fit, end - top));
      const slice: Slice = { sheet: area.sheet, name: area.name, top, left: area.left, rows: fit, cols: area.cols, merges };
      slices.push(slice);
      size += sliceBytes(slice);
      top += fit;
    }
  }
  close();
  return chunks;
}

/**
 * Halves a chunk that Excel refused as too large: by slices when it has several, else by rows.
 * Undefined when it is a single row, which cannot be split.
 */
export function splitChunk(chunk: Chunk): [Chunk, Chunk] | undefined {
  const { slices } = chunk;
  if (slices.length > 1) {
    const mid = Math.ceil(slices.length / 2);
    return [toChunk(slices.slice(0, mid)), toChunk(slices.slice(mid))];
  }
  const s = slices[0];
  if (!s || s.rows < 2) return undefined;
  const half = Math.ceil(s.rows / 2);
  return [toChunk([{ ...s, rows: half }]), toChunk([{ ...s, top: s.top + half, rows: s.rows - half, merges: false }])];
}

export function toChunk(slices: Slice[]): Chunk {
  return { slices, estimatedBytes: chunkBytes(slices) };
}
