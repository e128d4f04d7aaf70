/**
 * How much one request to Excel may carry. Excel on the web refuses a request or a response above
 * about 5 MB (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded); every batch this
 * adapter sends is planned to stay under PAYLOAD_LIMIT_BYTES, leaving room for the envelope.
 */
export const PAYLOAD_LIMIT_BYTES = 4_500_000;

/**
 * Response bytes one cell adds per loaded range property: the JSON text of the entry and its
 * separator. Generous for a periodrapport (numbers of up to 17 digits, labels of a few words,
 * formulas of a few references; constants repeat their value in both formula properties), so a
 * planned chunk is rarely near the limit. A chunk that still overflows (long texts everywhere) is
 * split and read again, see readChunks.
 */
export const CELL_BYTES = {
  values: 18,
  valueTypes: 10,
  formulas: 34,
  formulasR1C1: 34,
  numberFormat: 14,
} as const;

export const BYTES_PER_CELL = Object.values(CELL_BYTES).reduce((a, b) => a + b, 0);

/** Brackets and separators of one row in each of the five 2-D arrays. */
export const BYTES_PER_ROW = 5 * 3;

/** The request side of one loaded range and the response envelope around its properties. */
export const BYTES_PER_RANGE = 400;

/** getMergedAreasOrNullObject answers at most 512 areas, each "Sheet!A1:B2, " in the address. */
export const MAX_MERGED_AREAS = 512;

export function mergedAreasBytes(sheetName: string): number {
  return BYTES_PER_RANGE + MAX_MERGED_AREAS * (2 * sheetName.length + 24);
}

/**
 * One cell of a fill read: its getCellProperties entry
 * ({"format":{"fill":{"color":"#FFFFFF","pattern":"None"}}}) and its number format.
 */
export const BYTES_PER_FILL_CELL = 80;

/** One valuesAsJson entry for a single error cell, with its request. */
export const BYTES_PER_ERROR_LOOKUP = 600;

/** Request (and response) bytes of one queued per-cell operation, excluding its text. */
export const BYTES_PER_CELL_OPERATION = 300;

/** JSON length of a text as sent over the wire: quotes, escapes and multi-byte characters. */
export function textBytes(text: string): number {
  let n = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x20 || c === 0x22 || c === 0x5c ? 6 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

/**
 * Cells a read may cover at most, like the file adapter's MAX_CELLS: a stray value far outside the
 * tables stretches a used range to millions of empty cells, which would take thousands of round
 * trips; refusing with the address lets the user clean it up.
 */
export const MAX_READ_CELLS = 5_000_000;
