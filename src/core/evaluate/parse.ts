/**
 * Formula text -> syntax tree, on top of the project's lossless tokenizer. Only what the
 * evaluator can compute is accepted; anything else (array constants, unions, structured table
 * references, names that are not a plain reference) is refused with a Swedish reason, so a cell
 * is reported as not recomputable rather than given a wrong number.
 */
import { MAX_COL, MAX_ROW, sheetNameOf } from '../formula/reference';
import { tokenize, type Token } from '../formula/tokenize';

export type BinaryOp = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

export type FormulaNode =
  | { k: 'number'; value: number }
  | { k: 'string'; value: string }
  | { k: 'bool'; value: boolean }
  | { k: 'error'; value: string }
  | { k: 'missing' }
  /** A cell (top = bottom, left = right, single) or an area; sheet absent = the formula's own sheet. */
  | { k: 'ref'; sheet?: string; top: number; left: number; bottom: number; right: number; single: boolean }
  | { k: 'negate'; x: FormulaNode }
  | { k: 'percent'; x: FormulaNode }
  | { k: 'binary'; op: BinaryOp; a: FormulaNode; b: FormulaNode }
  | { k: 'call'; name: string; args: FormulaNode[] };

export class FormulaSyntaxError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'FormulaSyntaxError';
  }
}

/** Resolves a defined name to the reference text it stands for ("Blad1!$B$2"), if any. */
export type NameResolver = (name: string) => string | undefined;

const COMPARISONS = ['=', '<>', '<', '>', '<=', '>='];

export function parseFormula(formula: string, names: NameResolver = () => undefined): FormulaNode {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const tokens = tokenize(body).filter((t) => t.kind !== 'space');
  const parser = new Parser(tokens, names, 0);
  const node = parser.expression();
  parser.end();
  return node;
}

class Parser {
  private pos = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly names: NameResolver,
    private readonly depth: number,
  ) {}

  end(): void {
    const t = this.tokens[this.pos];
    if (t) throw new FormulaSyntaxError(`oväntat "${t.text}" i formeln`);
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t !== undefined && t.kind === 'operator' && t.text === text;
  }

  /** Comparison binds loosest, then &, + −, * /, ^ (all left-associative, as in Excel). */
  expression(): FormulaNode {
    const power = () => this.level(['^'], () => this.percent());
    const multiplicative = () => this.level(['*', '/'], power);
    const additive = () => this.level(['+', '-'], multiplicative);
    const concat = () => this.level(['&'], additive);
    return this.level(COMPARISONS, concat);
  }

  private level(ops: readonly string[], next: () => FormulaNode): FormulaNode {
    let a = next();
    for (let t = this.peek(); t && t.kind === 'operator' && ops.includes(t.text); t = this.peek()) {
      this.pos++;
      a = { k: 'binary', op: t.text as BinaryOp, a, b: next() };
    }
    return a;
  }

  private percent(): FormulaNode {
    let x = this.unary();
    while (this.isOp('%')) {
      this.pos++;
      x = { k: 'percent', x };
    }
    return x;
  }

  /** Excel negates before it raises to a power: =-2^2 is 4. */
  private unary(): FormulaNode {
    if (this.isOp('-')) {
      this.pos++;
      return { k: 'negate', x: this.unary() };
    }
    // Unary plus and the implicit-intersection marker "@" change nothing for a single cell.
    if (this.isOp('+') || this.isOp('@')) {
      this.pos++;
      return this.unary();
    }
    return this.range();
  }

  /** "A1:B3" is one token; "A1:A3:C4" or "Blad1!A1:Blad1!B2" join into their bounding box. */
  private range(): FormulaNode {
    let a = this.primary();
    while (this.isOp(':')) {
      this.pos++;
      const b = this.primary();
      if (a.k !== 'ref' || b.k !== 'ref' || (a.sheet ?? '') !== (b.sheet ?? '')) throw new FormulaSyntaxError('områden som byggs med ":" mellan uttryck stöds inte');
      a = { k: 'ref', sheet: a.sheet, top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right), single: false };
    }
    return a;
  }

  private primary(): FormulaNode {
    const t = this.tokens[this.pos++];
    if (!t) throw new FormulaSyntaxError('formeln tar slut för tidigt');
    switch (t.kind) {
      case 'number':
        return { k: 'number', value: Number(t.text) };
      case 'string':
        return { k: 'string', value: t.text.slice(1, t.text.endsWith('"') && t.text.length > 1 ? -1 : undefined).replace(/""/g, '"') };
      case 'bool':
        return { k: 'bool', value: t.text.toUpperCase() === 'TRUE' };
      case 'error':
        return { k: 'error', value: t.text.replace(/^.*(?=#)/, '').toUpperCase() };
      case 'ref':
        return refNode(t);
      case 'name':
        return this.name(t.text);
      case 'function':
        return this.call(t.text);
      case 'open': {
        const x = this.expression();
        this.expect('close', ')');
        return x;
      }
      case 'array-open':
        throw new FormulaSyntaxError('matriskonstanter ({…}) stöds inte');
      default:
        throw new FormulaSyntaxError(`oväntat "${t.text}" i formeln`);
    }
  }

  private expect(kind: Token['kind'], text: string): void {
    const t = this.tokens[this.pos];
    if (!t || t.kind !== kind) throw new FormulaSyntaxError(`"${text}" saknas i formeln`);
    this.pos++;
  }

  private call(rawName: string): FormulaNode {
    const name = rawName.replace(/^(_xlfn\.|_xlws\.)+/i, '').toUpperCase();
    this.expect('open', '(');
    const args: FormulaNode[] = [];
    if (this.peek()?.kind === 'close') {
      this.pos++;
      return { k: 'call', name, args };
    }
    for (;;) {
      const t = this.peek();
      // An empty argument ("IF(A1,,0)") is "missing", not an error.
      if (t && (t.kind === 'separator' || t.kind === 'close')) args.push({ k: 'missing' });
      else args.push(this.expression());
      const next = this.tokens[this.pos++];
      if (!next) throw new FormulaSyntaxError('")" saknas i formeln');
      if (next.kind === 'close') return { k: 'call', name, args };
      if (next.kind !== 'separator' || next.text !== ',') throw new FormulaSyntaxError(`oväntat "${next.text}" i formeln`);
    }
  }

  /** A defined name stands for the reference it names; nothing else (constants, formulas) is followed. */
  private name(text: string): FormulaNode {
    if (text.includes('[')) throw new FormulaSyntaxError(`tabellreferensen ${text} stöds inte`);
    const target = this.depth < 4 ? this.names(text) : undefined;
    if (target === undefined) throw new FormulaSyntaxError(`namnet ${text} är inte en cellreferens`);
    const inner = new Parser(tokenize(target.replace(/^=/, '')).filter((t) => t.kind !== 'space'), this.names, this.depth + 1);
    const node = inner.expression();
    inner.end();
    if (node.k !== 'ref') throw new FormulaSyntaxError(`namnet ${text} är inte en cellreferens`);
    return node;
  }
}

function refNode(t: Token): FormulaNode {
  const ref = t.ref!;
  const end = ref.end ?? ref.start;
  const top = Math.min(ref.start.row ?? 1, end.row ?? 1);
  const bottom = Math.max(ref.start.row ?? MAX_ROW, end.row ?? MAX_ROW);
  const left = Math.min(ref.start.col ?? 1, end.col ?? 1);
  const right = Math.max(ref.start.col ?? MAX_COL, end.col ?? MAX_COL);
  if (ref.sheetText !== undefined && /^\[\d+\]/.test(ref.sheetText.replace(/^'/, ''))) throw new FormulaSyntaxError('referenser till andra arbetsböcker stöds inte');
  if (ref.sheetText !== undefined && /^'?[^']*:/.test(ref.sheetText)) throw new FormulaSyntaxError('referenser över flera blad (3D) stöds inte');
  return { k: 'ref', sheet: sheetNameOf(ref.sheetText), top, left, bottom, right, single: ref.kind === 'cell' };
}
