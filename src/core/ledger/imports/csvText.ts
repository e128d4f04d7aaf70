/**
 * CSV text -> rows of fields. The separator (";" as Swedish Excel writes, "," or tab) is detected
 * from the first lines; quoted fields may hold separators, line breaks and doubled quotes ("").
 */

export type CsvSeparator = ';' | ',' | '\t';

const CANDIDATES: CsvSeparator[] = [';', ',', '\t'];
/** Lines looked at to choose the separator: a title or a filter line above the header is fine. */
const SAMPLE_LINES = 50;

/**
 * The separator that splits most sample lines into the same number of fields. Counting alone
 * would fail on ";" files with decimal commas, whose comma count varies from line to line.
 */
export function detectSeparator(text: string): CsvSeparator {
  const lines = text.split(/\r\n|\n|\r/, SAMPLE_LINES).filter((l) => l.trim() !== '');
  let best: CsvSeparator = ';';
  let bestScore = -1;
  for (const sep of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, sep);
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    // Lines agreeing on the most common count; a wider split wins a tie.
    let score = 0;
    let width = 0;
    for (const [n, lineCount] of counts) {
      if (lineCount > score || (lineCount === score && n > width)) [score, width] = [lineCount, n];
    }
    if (score > bestScore) [best, bestScore] = [sep, score];
  }
  return best;
}

function countOutsideQuotes(line: string, sep: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) n++;
  }
  return n;
}

/** Every record of the text, blank lines included (as empty records), so row numbers stay the file's. */
export function splitCsv(text: string, separator: CsvSeparator = detectSeparator(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    row.push(field);
    rows.push(row.length === 1 && row[0] === '' ? [] : row);
    row = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === '') quoted = true; // a quote inside a bare field is a character
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  // The last line needs no line break; a final line break ends no extra record.
  if (field !== '' || row.length > 0 || quoted) endRow();
  return rows;
}
