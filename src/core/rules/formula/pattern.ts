/**
 * What "the same formula" means for the consistency rules: two cells hold the same formula when
 * their R1C1 forms agree after cosmetic differences are removed (spacing, letter case outside
 * strings, a leading "=+", which old Lotus habits leave behind).
 */
import { tokenize } from '../../formula/tokenize';
import { toR1C1 } from '../../formula/translate';
import type { Cell } from '../../model/workbook';

/** The cell's formula in R1C1 form: the host's own when it gave one, else derived here. */
export function r1c1Of(cell: Cell, row: number, col: number): string | undefined {
  if (cell.formulaR1C1) return cell.formulaR1C1;
  return cell.formula ? toR1C1(cell.formula, row, col) : undefined;
}

/** Normalised R1C1 text: the key under which cells of one copied formula fall together. */
export function patternKey(cell: Cell, row: number, col: number): string | undefined {
  const r1c1 = r1c1Of(cell, row, col);
  if (r1c1 === undefined) return undefined;
  const tokens = tokenize(r1c1).filter((t) => t.kind !== 'space');
  const texts = tokens.map((t) => (t.kind === 'string' ? t.text : t.text.toUpperCase()));
  if (texts[0] === '=' && texts[1] === '+') texts.splice(1, 1);
  return texts.join('');
}

/**
 * The formula with every reference replaced by a placeholder: two formulas of the same shape
 * do the same computation on possibly different cells — the signature of a slipped reference.
 * Works on A1 text; a #REF! counts as a reference that was lost, not as a different operation.
 */
export function shapeKey(formula: string): string {
  const tokens = tokenize(formula).filter((t) => t.kind !== 'space');
  const texts = tokens.map((t) => {
    if (t.kind === 'ref' || (t.kind === 'error' && /#REF!$/i.test(t.text))) return '§';
    return t.kind === 'string' ? t.text : t.text.toUpperCase();
  });
  if (texts[0] === '=' && texts[1] === '+') texts.splice(1, 1);
  return texts.join('');
}

export function isFormulaCell(cell: Cell): boolean {
  return typeof cell.formula === 'string' && cell.formula.length > 1;
}

/** A typed number (not a formula): what the hard-coding rule looks for. */
export function isNumericConstant(cell: Cell): boolean {
  return !isFormulaCell(cell) && cell.type === 'number' && typeof cell.value === 'number';
}
