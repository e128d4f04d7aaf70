/** One value cell of an index table: a number, a missing mark, or text that is not a number. */
import type { Cell } from '../../model/workbook';
import { displayedDecimals, isPercentFormat } from '../../numbers/displayPrecision';
import { parseSwedishNumber } from '../../numbers/swedishNumber';
import { cellText } from '../../recognize/cellKinds';

export type IndexCellValue =
  | { kind: 'value'; value: number; decimals: number; percentFormat: boolean }
  | { kind: 'missing' }
  | { kind: 'not-a-number'; text: string };

/** SCB writes ".." for a figure not available; a dash in an index table is never a 0 % change. */
const MISSING_MARK = /^(\.\.|…|-|–|—|x|n\/a|saknas)?$/i;

export function indexCellValue(cell: Cell): IndexCellValue {
  if (cell.type === 'number' && typeof cell.value === 'number' && Number.isFinite(cell.value)) {
    const percentFormat = isPercentFormat(cell.numberFormat);
    const shown = displayedDecimals(cell.numberFormat, cell.value).decimals;
    // A cell formatted as percent holds 0.035 for 3,5 %.
    return percentFormat
      ? { kind: 'value', value: roundNoise(cell.value * 100), decimals: Math.max(0, shown - 2), percentFormat }
      : { kind: 'value', value: roundNoise(cell.value), decimals: shown, percentFormat };
  }
  const text = cellText(cell).trim();
  if (cell.type === 'empty' || MISSING_MARK.test(text)) return { kind: 'missing' };
  const parsed = parseSwedishNumber(text);
  if (parsed && (parsed.unit === undefined || parsed.unit === '%')) {
    return { kind: 'value', value: roundNoise(parsed.value), decimals: /[,.](\d+)/.exec(text)?.[1].length ?? 0, percentFormat: parsed.unit === '%' };
  }
  return { kind: 'not-a-number', text };
}

/** 0.035 × 100 is 3.5000000000000004 in binary: keep what the cell shows. */
function roundNoise(v: number): number {
  return Math.round(v * 1e9) / 1e9;
}
