/**
 * What "the same formula" means for the consistency rules: two cells hold the same formula when
 * their R1C1 forms agree after cosmetic differences are removed (spacing, letter case outside
 * strings, a leading "=+" that old Lotus habits leave behind, the order of the terms of a plain
 * sum: =D9+E9 and =E9+D9 compute the same).
 */
import { tokenize, type Token } from '../../formula/tokenize';
import { toR1C1 } from '../../formula/translate';
import type { Cell } from '../../model/workbook';

/** The cell's formula in R1C1 form, for messages: the host's own when it gave one, else derived. */
export function r1c1Of(cell: Cell, row: number, col: number): string | undefined {
  if (cell.formulaR1C1) return cell.formulaR1C1;
  return cell.formula ? toR1C1(cell.formula, row, col) : undefined;
}

const OPERAND_KINDS = new Set(['ref', 'number', 'name', 'error', 'bool', 'string']);

/** Sorts the signed terms of =a+b-c; returns the texts unchanged for anything else. */
function canonicalSum(texts: string[], kinds: string[]): string[] {
  const terms: string[] = [];
  let sign = '+';
  let expectOperand = true;
  for (let i = 1; i < texts.length; i++) {
    if (expectOperand) {
      if (i === 1 && (texts[i] === '+' || texts[i] === '-')) {
        sign = texts[i];
        continue;
      }
      if (!OPERAND_KINDS.has(kinds[i])) return texts;
      terms.push(sign + texts[i]);
      expectOperand = false;
    } else {
      if (texts[i] !== '+' && texts[i] !== '-') return texts;
      sign = texts[i];
      expectOperand = true;
    }
  }
  if (expectOperand || terms.length < 2) return texts;
  return ['=', ...terms.sort()];
}

/**
 * Normalised text of an A1 formula with each reference rewritten by `refText`. The tokens are
 * A1 tokens, so the normalisation never has to parse R1C1 text.
 */
function normalise(formula: string, refText: (t: Token) => string): string {
  const tokens = tokenize(formula).filter((t) => t.kind !== 'space');
  const texts = tokens.map((t) => {
    if (t.kind === 'ref' || (t.kind === 'error' && /#REF!$/i.test(t.text))) return refText(t);
    return t.kind === 'string' ? t.text : t.text.toUpperCase();
  });
  const kinds = tokens.map((t) => t.kind as string);
  if (texts[0] === '=' && texts[1] === '+') {
    texts.splice(1, 1);
    kinds.splice(1, 1);
  }
  return (texts[0] === '=' ? canonicalSum(texts, kinds) : texts).join('');
}

/**
 * Normalised R1C1 text: the key under which the cells of one copied formula fall together.
 * Derived from the A1 formula reference by reference (the same R1C1 text the host would give).
 */
export function patternKey(cell: Cell, row: number, col: number): string | undefined {
  if (!cell.formula) return undefined;
  return normalise(cell.formula, (t) => toR1C1(t.text, row, col).toUpperCase());
}

/**
 * The formula with every reference replaced by a placeholder: two formulas of the same shape
 * do the same computation on possibly different cells — the signature of a slipped reference.
 * A #REF! counts as a reference that was lost, not as a different operation.
 */
export function shapeKey(formula: string): string {
  return normalise(formula, () => '§');
}

export function isFormulaCell(cell: Cell): boolean {
  return typeof cell.formula === 'string' && cell.formula.length > 1;
}

/** A typed number (not a formula): what the hard-coding rule looks for. */
export function isNumericConstant(cell: Cell): boolean {
  return !isFormulaCell(cell) && cell.type === 'number' && typeof cell.value === 'number';
}

/**
 * Shapes that differ by one term of a sum (=A+B+C against =A+B): the typical result of a
 * reference lost or added by hand, still recognisably the neighbours' computation.
 */
export function shapesOneTermApart(a: string, b: string): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 2) return false;
  const strip = (s: string): string => s.replace(/^=\+/, '=');
  for (let i = 0; i + 1 < long.length; i++) {
    const pair = long.slice(i, i + 2);
    if (pair === '+§' || pair === '-§' || pair === '§+' || pair === '§-') {
      if (strip(long.slice(0, i) + long.slice(i + 2)) === strip(short)) return true;
    }
  }
  return false;
}
