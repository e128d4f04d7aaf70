/** Evaluates one formula's syntax tree against cell values, with Excel's operator semantics. */
import type { BinaryOp, FormulaNode } from './parse';
import { FUNCTIONS } from './functions';
import { compareScalars, errors, isError, isRange, numberResult, toNumber, toText, type ExcelError, type RangeValue, type Scalar, type Value } from './values';

export interface EvalContext {
  /** The cell whose formula is evaluated. */
  sheet: string;
  row: number;
  col: number;
  /** The current value of a cell (recomputed, changed or as stored). */
  read(sheet: string, row: number, col: number): Scalar;
  /** Used rows and columns of a sheet (whole-column references stop there); undefined: no such sheet. */
  extent(sheet: string): { rowCount: number; colCount: number } | undefined;
}

/** What functions see: their arguments evaluated on demand (IF and IFERROR skip the branch not taken). */
export interface ArgumentReader {
  value(node: FormulaNode): Value;
  scalar(node: FormulaNode): Scalar;
  /** Every scalar of an argument; `fromRange` tells a cell of a range from a value given directly. */
  each(node: FormulaNode): Iterable<{ value: Scalar; fromRange: boolean }>;
  /** The cells of a range argument row by row, or undefined when the argument is not a range. */
  grid(node: FormulaNode): Scalar[][] | undefined | ExcelError;
}

export function evaluate(node: FormulaNode, ctx: EvalContext): Scalar {
  return new Evaluation(ctx).scalar(node);
}

class Evaluation implements ArgumentReader {
  constructor(private readonly ctx: EvalContext) {}

  value(node: FormulaNode): Value {
    switch (node.k) {
      case 'number':
      case 'string':
      case 'bool':
        return node.value;
      case 'error':
        return { error: node.value };
      case 'missing':
        return null;
      case 'ref': {
        const sheet = node.sheet ?? this.ctx.sheet;
        const extent = this.ctx.extent(sheet);
        if (!extent) return errors.ref;
        if (node.single) return this.ctx.read(sheet, node.top, node.left);
        return { kind: 'range', sheet, top: node.top, left: node.left, bottom: node.bottom, right: node.right };
      }
      case 'negate': {
        const n = toNumber(this.scalar(node.x));
        return isError(n) ? n : n === 0 ? 0 : -n;
      }
      case 'percent': {
        const n = toNumber(this.scalar(node.x));
        return isError(n) ? n : n / 100;
      }
      case 'binary':
        return binary(node.op, this.scalar(node.a), this.scalar(node.b));
      case 'call': {
        const fn = FUNCTIONS[node.name];
        // The compiler refuses unknown functions before evaluation; this is a last guard.
        if (!fn) return errors.name;
        return fn(node.args, this);
      }
    }
  }

  scalar(node: FormulaNode): Scalar {
    const v = this.value(node);
    return isRange(v) ? this.intersect(v) : v;
  }

  /**
   * A range where one value is expected: the cell in the formula's own row or column (implicit
   * intersection), on whichever sheet the range is — as Excel does for "=Blad2!B2:E2" in column C.
   */
  private intersect(r: RangeValue): Scalar {
    if (r.top === r.bottom && r.left === r.right) return this.ctx.read(r.sheet, r.top, r.left);
    if (r.left === r.right && this.ctx.row >= r.top && this.ctx.row <= r.bottom) return this.ctx.read(r.sheet, this.ctx.row, r.left);
    if (r.top === r.bottom && this.ctx.col >= r.left && this.ctx.col <= r.right) return this.ctx.read(r.sheet, r.top, this.ctx.col);
    return errors.value;
  }

  *each(node: FormulaNode): Iterable<{ value: Scalar; fromRange: boolean }> {
    const v = this.value(node);
    if (!isRange(v)) {
      // A reference to one cell is read like a range: SUM(A1) ignores text in A1, SUM("x") does not.
      yield { value: v, fromRange: node.k === 'ref' };
      return;
    }
    const grid = this.cells(v);
    for (const row of grid) for (const value of row) yield { value, fromRange: true };
  }

  grid(node: FormulaNode): Scalar[][] | undefined | ExcelError {
    const v = this.value(node);
    if (isError(v)) return v;
    return isRange(v) ? this.cells(v) : undefined;
  }

  /** A range's cells, clipped to the sheet's used area (whole columns do not walk a million rows). */
  private cells(r: RangeValue): Scalar[][] {
    const extent = this.ctx.extent(r.sheet) ?? { rowCount: 0, colCount: 0 };
    const bottom = Math.min(r.bottom, Math.max(extent.rowCount, r.top));
    const right = Math.min(r.right, Math.max(extent.colCount, r.left));
    const out: Scalar[][] = [];
    for (let row = r.top; row <= bottom; row++) {
      const line: Scalar[] = [];
      for (let col = r.left; col <= right; col++) line.push(this.ctx.read(r.sheet, row, col));
      out.push(line);
    }
    return out;
  }
}

function binary(op: BinaryOp, a: Scalar, b: Scalar): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === '&') {
    const x = toText(a);
    const y = toText(b);
    return isError(x) ? x : isError(y) ? y : x + y;
  }
  if (op === '=' || op === '<>' || op === '<' || op === '>' || op === '<=' || op === '>=') {
    const c = compareScalars(a, b);
    return op === '=' ? c === 0 : op === '<>' ? c !== 0 : op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
  }
  const x = toNumber(a);
  if (isError(x)) return x;
  const y = toNumber(b);
  if (isError(y)) return y;
  switch (op) {
    case '+':
      return cancelNoise(x + y, x, y);
    case '-':
      return cancelNoise(x - y, x, y);
    case '*':
      return x * y;
    case '/':
      return y === 0 ? errors.div0 : x / y;
    case '^':
      if (x === 0 && y === 0) return errors.num;
      if (x === 0 && y < 0) return errors.div0;
      return numberResult(Math.pow(x, y));
  }
}

/**
 * Excel shows 0 for a sum or difference of two figures that agree to 15 significant digits
 * (=F24-F54 on two equal balance totals), where binary arithmetic leaves a trace like 2.4e-7.
 */
function cancelNoise(result: number, x: number, y: number): number {
  return Math.abs(result) <= 1e-15 * Math.max(Math.abs(x), Math.abs(y)) * 8 ? 0 : result;
}
