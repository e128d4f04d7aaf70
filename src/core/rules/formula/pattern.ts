/**
 * What "the same formula" means for the consistency rules: two cells hold the same formula when
 * their R1C1 forms agree after cosmetic differences are removed (spacing, letter case outside
 * strings, a leading "=+" that old Lotus habits leave behind, the order of the terms of a plain
 * sum or product: =D9+E9 and =E9+D9 compute the same).
 */
import { tokenize, type Token } from '../../formula/tokenize';
import { refToR1C1, toR1C1 } from '../../formula/translate';
import type { Cell } from '../../model/workbook';

/** The cell's formula in R1C1 form, as a pattern key (never shown): the host's own when it gave one, else derived. */
export function r1c1Of(cell: Cell, row: number, col: number): string | undefined {
  if (cell.formulaR1C1) return cell.formulaR1C1;
  return cell.formula ? toR1C1(cell.formula, row, col) : undefined;
}

const OPERAND_KINDS = new Set(['ref', 'number', 'name', 'error', 'bool', 'string']);
const CHAIN_OPERATORS = new Set(['+', '-', '*']);

/**
 * Sorts the operands of a plain chain: the signed terms of =a+b-c, or the factors of =a*b*c.
 * Anything with parentheses, functions or mixed operators keeps its written order.
 */
function canonicalChain(texts: string[], kinds: string[]): string[] {
  const operands: string[] = [];
  const ops = new Set<string>();
  let sign = '+';
  let expectOperand = true;
  for (let i = 1; i < texts.length; i++) {
    if (expectOperand) {
      if (i === 1 && (texts[i] === '+' || texts[i] === '-')) {
        sign = texts[i];
        continue;
      }
      if (!OPERAND_KINDS.has(kinds[i])) return texts;
      operands.push(sign + texts[i]);
      expectOperand = false;
    } else {
      if (!CHAIN_OPERATORS.has(texts[i])) return texts;
      ops.add(texts[i] === '-' ? '+' : texts[i]);
      sign = texts[i] === '*' ? '*' : texts[i];
      expectOperand = true;
    }
  }
  // Only one kind of chain: all additive, or all multiplicative (with at most a leading sign).
  if (expectOperand || operands.length < 2 || ops.size !== 1) return texts;
  if (ops.has('*')) {
    const lead = operands[0][0] === '-' ? '-' : '';
    const factors = operands.map((o) => o.slice(1)).sort();
    return ['=', lead, factors.join('*')];
  }
  return ['=', ...operands.sort()];
}

/**
 * Normalised text of an A1 formula with each reference rewritten by `refText`. The tokens are
 * A1 tokens, so the normalisation never has to parse R1C1 text.
 */
function normalise(formula: string, refText: (t: Token) => string): string {
  const texts: string[] = [];
  const kinds: string[] = [];
  for (const t of tokenize(formula)) {
    if (t.kind === 'space') continue;
    if (t.kind === 'ref' || (t.kind === 'error' && /#REF!$/i.test(t.text))) texts.push(refText(t));
    else texts.push(t.kind === 'string' ? t.text : t.text.toUpperCase());
    kinds.push(t.kind);
  }
  if (texts[0] === '=' && texts[1] === '+') {
    texts.splice(1, 1);
    kinds.splice(1, 1);
  }
  return (texts[0] === '=' ? canonicalChain(texts, kinds) : texts).join('');
}

/**
 * Normalised R1C1 text: the key under which the cells of one copied formula fall together.
 * Derived from the A1 formula reference by reference (the same R1C1 text the host would give).
 */
export function patternKey(cell: Cell, row: number, col: number): string | undefined {
  if (!cell.formula) return undefined;
  // A reference token carries its parsed reference: no need to tokenize its text again.
  return normalise(cell.formula, (t) => (t.kind === 'ref' && t.ref ? refToR1C1(t.ref, row, col) : toR1C1(t.text, row, col)).toUpperCase());
}

/**
 * The formula with every reference replaced by a placeholder: two formulas of the same shape
 * do the same computation on possibly different cells — the signature of a slipped reference.
 * A #REF! counts as a reference that was lost, not as a different operation.
 */
export function shapeKey(formula: string): string {
  return normalise(formula, (t) => {
    // A reference keeps the sheet it points into: a link to another sheet is a different
    // computation from a reference on the own sheet, not the same one slipped.
    const prefix = t.kind === 'ref' ? (t.ref?.sheetText !== undefined ? `${t.ref.sheetText}!` : '') : t.text.slice(0, -'#REF!'.length);
    return `${prefix.toUpperCase()}§`;
  });
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

/**
 * patternKey with a memo for one pass over one sheet: every formula is looked at along its
 * row and along its column, so each key would otherwise be derived several times.
 */
export function memoPatternKey(): (cell: Cell, row: number, col: number) => string | undefined {
  // One array per column (few, long) rather than per row (a tall table has 100 000 rows), null
  // for "no key"; and each distinct key kept once: a column filled with one formula has one
  // pattern, and its 100 000 equal copies need not live through the pass.
  const memo: Array<Array<string | null> | undefined> = [];
  const distinct = new Map<string, string>();
  return (cell, row, col) => {
    const rows = (memo[col] ??= []);
    let key: string | null | undefined = rows[row];
    if (key === undefined) {
      const fresh = patternKey(cell, row, col);
      if (fresh === undefined) key = null;
      else {
        key = distinct.get(fresh);
        if (key === undefined) distinct.set(fresh, (key = fresh));
      }
      rows[row] = key;
    }
    return key ?? undefined;
  };
}
