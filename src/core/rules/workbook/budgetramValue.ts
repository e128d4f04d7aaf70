import { cellText } from '../../recognize/cellKinds';
import { compactLabel, yearsIn } from '../../text/normalize';
import { forEachCell, type Workbook } from '../../model/workbook';
import { numericValue } from '../../check/figures';
import { a1 } from '../../model/address';
import { displayedDecimals } from '../../numbers/displayPrecision';

export interface StatedFrame {
  value: number;
  decimals: number;
  year?: number;
  /** "Blad1!B2" where it was stated, or "inställningar". */
  source: string;
}

/**
 * The nämnd's budgetram as the user stated it: a cell labelled "Budgetram" (or "Nämndens
 * budgetram 2024") with its value to the right or just below.
 */
export function findStatedFrame(workbook: Workbook): StatedFrame | undefined {
  let found: StatedFrame | undefined;
  for (const sheet of workbook.sheets) {
    forEachCell(sheet, (r, c, cell) => {
      if (cell.type !== 'text') return false;
      const label = cellText(cell);
      const compact = compactLabel(label);
      if (!/^(nämndens)?budgetram(en)?(\d{4})?(mnkr)?$/.test(compact) && !/^budgetram(från|enligt)regionfullmäktige/.test(compact)) return false;
      for (const [dr, dc] of [[0, 1], [0, 2], [1, 0]]) {
        const next = sheet.rows[r - 1 + dr]?.[c - 1 + dc];
        const v = next ? numericValue(next) : undefined;
        if (v && next!.type !== 'empty') {
          const shown = v.decimals ?? displayedDecimals(next!.numberFormat, v.value).decimals;
          found = { value: v.value, decimals: shown, year: yearsIn(label)[0], source: `${sheet.name}!${a1(r + dr, c + dc)}` };
          return true;
        }
      }
      return false;
    });
    if (found) return found;
  }
  return undefined;
}
