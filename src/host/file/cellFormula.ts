/**
 * The A1 formula of an ExcelJS cell, with a leading "=", as Office.js would report it.
 *
 * Shared formulas: a file stores a block of copied formulas once, in its first ("master") cell,
 * and the other cells only point at it (`{sharedFormula: "D2"}`). Formula-consistency rules need
 * every cell's own formula, so each is rebuilt by translating the master's formula by the cell's
 * offset from the master, with the core's translateFormula (one translator for every host).
 * ExcelJS's own `cell.formula` translation is not used: it misses references such as whole
 * columns and rewrites text inside string literals.
 *
 * Array formulas (`t="array"`) are kept on their anchor cell only; the other cells of the range
 * hold results, as with a spilled dynamic array, which a file does not tell apart.
 */
import type ExcelJS from 'exceljs';
import { translateFormula } from '../../core/formula/translate';
import { parseA1 } from '../../core/model/address';

interface FormulaModel {
  formula?: string;
  sharedFormula?: string;
}

export function cellFormula(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value as FormulaModel | null;
  if (!v || typeof v !== 'object') return undefined;
  if (typeof v.formula === 'string' && v.formula !== '') return withEquals(v.formula);
  if (typeof v.sharedFormula === 'string') {
    const masterPos = parseA1(v.sharedFormula);
    if (!masterPos) return undefined;
    const master = cell.worksheet.findCell(masterPos.row, masterPos.col);
    const masterFormula = (master?.value as FormulaModel | null)?.formula;
    if (typeof masterFormula !== 'string' || masterFormula === '') return undefined;
    return sharedFormulaText(masterFormula, Number(cell.row) - masterPos.row, Number(cell.col) - masterPos.col);
  }
  return undefined;
}

/**
 * A formula cell's cached result. ExcelJS's `cell.value` copies only truthy fields, so a result of
 * 0, FALSE or "" is missing there; `cell.result` has it.
 */
export function formulaResult(cell: ExcelJS.Cell): unknown {
  // Undefined for a constant: only ExcelJS's formula values have a result.
  return (cell as { result?: unknown }).result;
}

/** A shared formula's master text moved to a cell dRow rows and dCol columns away, as the cell's own formula. */
export function sharedFormulaText(masterFormula: string, dRow: number, dCol: number): string {
  return withEquals(translateFormula(stripPrefix(masterFormula), dRow, dCol));
}

/** A formula as stored in the file -> the model's "=…" text without future-function prefixes. */
export function withEquals(formula: string): string {
  const body = stripPrefix(formula);
  return `=${stripFutureFunctionPrefixes(body)}`;
}

function stripPrefix(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

/**
 * Files store functions newer than Excel 2007 as "_xlfn.IFS(…)", "_xlfn._xlws.FILTER(…)" and LAMBDA
 * parameters as "_xlpm.x"; Excel and Office.js show them without the prefix. Removing it outside
 * string literals (text between double quotes; "" inside a literal keeps the parity) makes a
 * formula read the same from a file as from Excel.
 */
function stripFutureFunctionPrefixes(formula: string): string {
  if (!formula.includes('_xl')) return formula;
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 0 ? part.replace(/_xl(?:fn|ws|pm)\./g, '') : part))
    .join('"');
}
