/**
 * Row labels as the SUM check reads them: the texts left of a figure say whether a row is a
 * total ("Summa", "Totalt", "Subtotal") and which group (programme, code) it belongs to.
 */
import { cellAt, type Sheet } from '../../model/workbook';
import { rowKindOf } from '../../recognize/rowRoles';
import { compactLabel } from '../../text/normalize';
import { isBlank } from './figures';
import { isFormulaCell } from './pattern';

/** The texts left of `col` in a row, one entry per column ("" where there is no text). */
export function rowLabels(sheet: Sheet, row: number, col: number): string[] {
  const out: string[] = [];
  for (let c = 1; c < col; c++) {
    const cell = cellAt(sheet, row, c);
    out.push(isFormulaCell(cell) || cell.type === 'number' || isBlank(cell) ? '' : String(cell.value).trim());
  }
  return out;
}

/** rowLabels(sheet, row, col).some(isTotalLabel), without building the list: asked for every row a SUM walks. */
export function hasTotalLabel(sheet: Sheet, row: number, col: number): boolean {
  for (let c = 1; c < col; c++) {
    const cell = cellAt(sheet, row, c);
    if (isFormulaCell(cell) || cell.type === 'number' || isBlank(cell)) continue;
    if (isTotalLabel(String(cell.value).trim())) return true;
  }
  return false;
}

const TOTAL_WORD = /summa|total|resultat|nettokostnad/;

/** A label that names a total or subtotal, in Swedish or English. */
export function isTotalLabel(text: string): boolean {
  if (text === '') return false;
  const compact = compactLabel(text);
  // Every total or subtotal label rowKindOf knows contains one of these words.
  if (!TOTAL_WORD.test(compact)) return false;
  const kind = rowKindOf(compact, true);
  return kind === 'total' || kind === 'subtotal';
}

/**
 * Rows grouped by a label column: every row in `group` shows the same text in some label
 * column (a programme, a code) and `candidate` shows another text there. Then a SUM over the
 * group totals that group, and the candidate belongs to the next one.
 */
export function inOtherGroup(candidate: string[], group: string[][]): boolean {
  if (group.length < 2) return false;
  return candidate.some((text, j) => text !== ''
    && group.every((labels) => labels[j] !== '' && labels[j] === group[0][j])
    && group[0][j] !== text);
}
