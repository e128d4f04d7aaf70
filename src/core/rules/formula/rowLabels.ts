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
 * Rows grouped by a label column: every row in the group shows the same text in some label
 * column (a programme, a code) and a candidate shows another text there. Then a SUM over the
 * group totals that group, and the candidate belongs to the next one. The group keeps only, per
 * label column, the text all its rows share (not every row's labels: a SUM may cover 100 000 rows).
 */
export class LabelGroup {
  private size = 0;
  /** Per label column: the non-empty text every row of the group shows there, else undefined. */
  private shared: Array<string | undefined> = [];

  add(labels: string[]): void {
    if (this.size === 0) this.shared = labels.map((text) => (text !== '' ? text : undefined));
    else {
      for (let j = 0; j < this.shared.length; j++) if (this.shared[j] !== undefined && labels[j] !== this.shared[j]) this.shared[j] = undefined;
    }
    this.size++;
  }

  /** True when the candidate row shows another text in a column the whole group (two rows or more) shares. */
  separates(candidate: string[]): boolean {
    if (this.size < 2) return false;
    return candidate.some((text, j) => text !== '' && this.shared[j] !== undefined && this.shared[j] !== text);
  }
}
