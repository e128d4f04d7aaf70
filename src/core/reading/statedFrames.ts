import { cellText } from '../recognize/cellKinds';
import { compactLabel, normalizeLabel, yearsIn } from '../text/normalize';
import { forEachCell, type Workbook } from '../model/workbook';
import { numericValue } from '../check/figures';
import { a1 } from '../model/address';
import { displayedDecimals } from '../numbers/displayPrecision';
import { scopeName } from './scope';

export interface StatedFrame {
  value: number;
  decimals: number;
  year?: number;
  /** "Blad1!B2" where it was stated. */
  source: string;
  sheet: string;
  row: number;
  bottom: number;
  /** The nämnd the label names ("Budgetram kulturnämnd"), compact; undefined for "Nämndens budgetram". */
  name?: string;
}

/**
 * Every budgetram the user stated: a cell labelled "Budgetram" (or "Nämndens budgetram 2024",
 * "Budgetram kulturnämnd") with its value to the right or just below. A workbook with several
 * nämnder states one per nämnd; which resultatbudget each belongs to is decided by scope.
 */
export function findStatedFrames(workbook: Workbook): StatedFrame[] {
  const out: StatedFrame[] = [];
  for (const sheet of workbook.sheets) {
    forEachCell(sheet, (r, c, cell) => {
      // Most cells are no label of a ram: test the raw text before normalising it.
      if (cell.type !== 'text' || !/budgetram/i.test(String(cell.value))) return;
      const label = cellText(cell);
      const compact = compactLabel(label);
      const name = scopeName(label);
      const bare = name ? withoutName(label, name) : compact;
      if (!/^(nämndens)?budgetram(en)?(\d{4})?(mnkr)?$/.test(bare) && !/^budgetram(en)?(från|enligt)regionfullmäktige/.test(bare)) return;
      for (const [dr, dc] of [[0, 1], [0, 2], [1, 0]]) {
        const next = sheet.rows[r - 1 + dr]?.[c - 1 + dc];
        const v = next ? numericValue(next) : undefined;
        if (v && next!.type !== 'empty') {
          const shown = v.decimals ?? displayedDecimals(next!.numberFormat, v.value).decimals;
          out.push({ value: v.value, decimals: shown, year: yearsIn(label)[0], source: `${sheet.name}!${a1(r + dr, c + dc)}`, sheet: sheet.name, row: r, bottom: r, ...(name ? { name } : {}) });
          return;
        }
      }
    });
  }
  return out;
}

/**
 * The label without the nämnd it names ("Kulturnämndens budgetram", "Budgetram regional
 * tillväxtnämnd (mnkr)", "Budgetram för kulturnämnden"), compact: the name and the word before
 * it (an adjective or "för") are not part of the label's form.
 */
function withoutName(label: string, name: string): string {
  const words = normalizeLabel(label).split(' ');
  const at = words.findIndex((w) => compactLabel(w).includes(name));
  if (at < 0) return compactLabel(label);
  const from = at > 0 && !compactLabel(words[at - 1]).includes('budgetram') ? at - 1 : at;
  return compactLabel([...words.slice(0, from), ...words.slice(at + 1)].join(' '));
}
