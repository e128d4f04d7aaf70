import { makeFinding } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import { readNumberText, type NumberTextReading } from '../../numbers/numberNotation';
import { formatSwedishNumber } from '../../numbers/swedishNumber';
import { cellAt, forEachCell, type Sheet } from '../../model/workbook';

const REACH = 3;

/**
 * number-text.stored-as-text: a text that reads as a number ("1 234,5", "−2,4") among figures.
 * SUMMA skips it silently, so the sum is wrong without anything showing. A text counts as
 * "among figures" when at least two of its nearest neighbours (up, down, left, right) are numbers.
 */
export function checkNumbersStoredAsText(sheet: Sheet): Finding[] {
  const out: Finding[] = [];
  forEachCell(sheet, (r, c, cell) => {
    if (cell.type !== 'text') return;
    const text = String(cell.value).trim();
    const reading = figureText(text);
    if (!reading) return;
    if (numericNeighbours(sheet, r, c) < 2) return;
    out.push(numberTextFinding(sheet.name, r, c, text, reading));
  });
  return out;
}

/** What a text cell stands for when it is a figure typed as text; a year heading is not one. */
function figureText(text: string): NumberTextReading | undefined {
  if (/^(19|20)\d\d$/.test(text)) return undefined;
  return readNumberText(text);
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

export function numberTextFinding(sheet: string, row: number, col: number, text: string, reading?: NumberTextReading): Finding {
  // Another notation ("(8,8)", "86,6-", "1.234,5") says which figure was meant: name it, so the fix is plain.
  const meant = reading && reading.notation !== 'swedish'
    ? ` Det betyder troligen ${formatSwedishNumber(reading.value, reading.decimals, reading.unit)}; skriv in det som ett tal.`
    : ' Skriv in det som ett tal.';
  return makeFinding('number-text.stored-as-text', sheet, row, col,
    `${a1(row, col)} innehåller "${text}" som text, inte som tal; det räknas inte med i summor och formler.${meant}`);
}

/** Inside a recognised table every figure column counts, even in a one-row table. */
export function checkNumberTextInTable(sheet: Sheet, rows: number[], cols: number[]): Finding[] {
  const out: Finding[] = [];
  for (const r of rows) {
    for (const c of cols) {
      const cell = cellAt(sheet, r, c);
      if (cell.type !== 'text' || cell.formula !== undefined) continue;
      const text = String(cell.value).trim();
      const reading = figureText(text);
      if (reading) out.push(numberTextFinding(sheet.name, r, c, text, reading));
    }
  }
  return out;
}
