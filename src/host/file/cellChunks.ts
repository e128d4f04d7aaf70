/**
 * Long JSON kept in worksheet cells (mark backups, Periodkoll's settings store): a cell holds at
 * most 32,767 characters and ExcelJS decodes "_xHHHH_" in every string it reads.
 */

/** Below Excel's 32,767-character cell limit. */
const CHUNK = 30_000;

/**
 * JSON that reads back unchanged from a cell. ExcelJS decodes "_xHHHH_" in every string it reads
 * (the OOXML escape) but does not escape it when writing, and U+FFFE/U+FFFF are not allowed in XML;
 * all of these occur only inside JSON strings here, where a \u escape means the same.
 */
export function cellSafeJson(value: unknown): string {
  return cellSafeJsonText(JSON.stringify(value));
}

/** The same for JSON that is already text. */
export function cellSafeJsonText(json: string): string {
  return json
    .replace(/_x/g, '\\u005fx')
    .replace(/[\uFFFE\uFFFF]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16)}`);
}

/** Splits between characters, never inside a surrogate pair (which no cell could store). */
export function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + CHUNK, text.length);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/** The text split by `chunks`, from a row's values starting at column `from` (1-based). */
export function joinChunks(values: unknown[], from: number): string {
  let text = '';
  for (let c = from; c < values.length && typeof values[c] === 'string'; c++) text += values[c] as string;
  return text;
}
