import { makeFinding } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import { parseSwedishNumber } from '../../numbers/swedishNumber';
import { cellAt, eachCell, type Sheet } from '../../model/workbook';

const REACH = 3;

/**
 * number-text.stored-as-text: a text that reads as a number ("1 234,5", "−2,4") among figures.
 * SUMMA skips it silently, so the sum is wrong without anything showing. A text counts as
 * "among figures" when at least two of its nearest neighbours (up, down, left, right) are numbers.
 */
export function checkNumbersStoredAsText(sheet: Sheet): Finding[] {
  const out: Finding[] = [];
  for (const { row: r, col: c, cell } of eachCell(sheet)) {
    if (cell.type !== 'text') continue;
    const text = String(cell.value).trim();
    const parsed = parseSwedishNumber(text);
    if (!parsed || /^(19|20)\d\d$/.test(text)) continue;
    if (numericNeighbours(sheet, r, c) < 2) continue;
    out.push(
      makeFinding('number-text.stored-as-text', sheet.name, r, c,
        `${a1(r, c)} innehåller "${text}" som text, inte som tal; det räknas inte med i summor och formler. Skriv in det som ett tal.`),
    );
  }
  return out;
}

function numericNeighbours(sheet: Sheet, row: number, col: number): number {
  let count = 0;
  for (const [dr, dc] of [[-1, 0], [1, 0], [0, -1], [0, 1]]) {
    for (let k = 1; k <= REACH; k++) {
      const r = row + dr * k;
      const c = col + dc * k;
      if (r < 1 || c < 1) break;
      const n = cellAt(sheet, r, c);
      if (n.type === 'empty') continue;
      if (n.type === 'number') count++;
      break;
    }
  }
  return count;
}

export function numberTextFinding(sheet: string, row: number, col: number, text: string): Finding {
  return makeFinding('number-text.stored-as-text', sheet, row, col,
    `${a1(row, col)} innehåller "${text}" som text, inte som tal; det räknas inte med i summor och formler. Skriv in det som ett tal.`);
}

/** Inside a recognised table every figure column counts, even in a one-row table. */
export function checkNumberTextInTable(sheet: Sheet, rows: number[], cols: number[]): Finding[] {
  const out: Finding[] = [];
  for (const r of rows) {
    for (const c of cols) {
      const cell = cellAt(sheet, r, c);
      if (cell.type !== 'text' || cell.formula !== undefined) continue;
      const text = String(cell.value).trim();
      if (parseSwedishNumber(text) && !/^(19|20)\d\d$/.test(text)) out.push(numberTextFinding(sheet.name, r, c, text));
    }
  }
  return out;
}
