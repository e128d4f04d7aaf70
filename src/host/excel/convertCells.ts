/**
 * One block of Office.js range data -> the model's cells, with the conventions of the file
 * adapter: 1-based absolute positions, only cells with a value or a formula, `formula` in the
 * invariant language with its "=", `numberFormat` always set ("General" when Excel says nothing),
 * errors as type 'error' with the English literal, dates as the serial numbers Excel stores.
 */
import type { Cell, Sheet } from '../../core/model/workbook';
import { englishErrorLiteral } from './errorValues';

export interface RangeData {
  values: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  formulasR1C1: unknown[][];
  numberFormat: unknown[][];
}

/** A cell whose error literal is in a language this adapter does not know. */
export interface UnknownError {
  row: number;
  col: number;
  cell: Cell;
}

/** Writes the block whose top-left cell is (top, left) into `rows`; returns error cells left to resolve. */
export function placeCells(rows: Sheet['rows'], top: number, left: number, data: RangeData): UnknownError[] {
  const unknown: UnknownError[] = [];
  data.values.forEach((valueRow, i) => {
    for (let j = 0; j < valueRow.length; j++) {
      const cell = toCell(valueRow[j], data.valueTypes[i]?.[j], data.formulas[i]?.[j], data.formulasR1C1[i]?.[j], data.numberFormat[i]?.[j]);
      if (!cell) continue;
      const row = top + i;
      const col = left + j;
      (rows[row - 1] ??= [])[col - 1] = cell;
      if (cell.type === 'error' && englishErrorLiteral(cell.value) === undefined) unknown.push({ row, col, cell });
    }
  });
  return unknown;
}

/** Undefined when the cell holds neither a value nor a formula. */
export function toCell(value: unknown, valueType: string | undefined, formula: unknown, formulaR1C1: unknown, numberFormat: unknown): Cell | undefined {
  const plain = plainValue(value, valueType);
  const a1 = formulaText(formula, value);
  if (!plain && !a1) return undefined;
  const cell: Cell = plain ? { value: plain.value, type: plain.type } : { value: null, type: 'empty' };
  if (a1) {
    cell.formula = a1;
    const r1c1 = formulaText(formulaR1C1, value);
    if (r1c1) cell.formulaR1C1 = r1c1;
  }
  cell.numberFormat = numberFormatOf(numberFormat);
  return cell;
}

/** A cell's Range.numberFormat entry, "General" when Excel says nothing. */
export function numberFormatOf(numberFormat: unknown): string {
  return typeof numberFormat === 'string' && numberFormat !== '' ? numberFormat : 'General';
}

function plainValue(value: unknown, valueType: string | undefined): Pick<Cell, 'value' | 'type'> | undefined {
  if (valueType === 'Error') {
    const literal = String(value ?? '');
    return { value: englishErrorLiteral(literal) ?? literal, type: 'error' };
  }
  if (valueType === 'Empty' || value === null || value === undefined) return undefined;
  // Double, Integer, String, Boolean, and the basic value of a RichValue (data types, images).
  if (typeof value === 'number') return Number.isFinite(value) ? { value, type: 'number' } : undefined;
  if (typeof value === 'boolean') return { value, type: 'boolean' };
  if (typeof value === 'string') return value === '' ? undefined : { value, type: 'text' };
  return undefined;
}

/**
 * Range.formulas holds the formula of a formula cell and the value of a constant. A text constant
 * can itself start with "=" (typed after an apostrophe); then `formulas` equals the value, which
 * a formula's own text never does except for a formula that returns exactly its own text.
 */
function formulaText(formula: unknown, value: unknown): string | undefined {
  if (typeof formula !== 'string' || !formula.startsWith('=') || formula.length < 2) return undefined;
  if (typeof value === 'string' && value === formula) return undefined;
  return formula;
}
