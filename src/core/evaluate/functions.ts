/**
 * The worksheet functions the evaluator knows, with Excel's semantics (English names, as the
 * model stores formulas in the invariant language). A function not listed here makes its cell
 * "not recomputable" — the caller is told so in Swedish, never given a made-up number.
 */
import type { ArgumentReader } from './compute';
import type { FormulaNode } from './parse';
import { errors, isError, numberResult, toBoolean, toNumber, type ExcelError, type Scalar } from './values';

type Fn = (args: FormulaNode[], r: ArgumentReader) => Scalar;

/** The numbers an aggregate adds: cells of ranges only when numeric, direct values coerced. */
function numbers(args: FormulaNode[], r: ArgumentReader): number[] | ExcelError {
  const out: number[] = [];
  for (const a of args) {
    for (const { value, fromRange } of r.each(a)) {
      if (isError(value)) return value;
      if (fromRange) {
        if (typeof value === 'number') out.push(value);
        continue;
      }
      const n = toNumber(value);
      if (isError(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function aggregate(reduce: (ns: number[]) => Scalar): Fn {
  return (args, r) => {
    const ns = numbers(args, r);
    return isError(ns) ? ns : reduce(ns);
  };
}

/** Arguments as numbers, each one scalar; the first error wins. */
function numericArgs(args: FormulaNode[], r: ArgumentReader, count: number, defaults: number[] = []): number[] | ExcelError {
  if (args.length < count - defaults.length || args.length > count) return errors.value;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i >= args.length || args[i].k === 'missing') {
      out.push(defaults[i - (count - defaults.length)] ?? 0);
      continue;
    }
    const n = toNumber(r.scalar(args[i]));
    if (isError(n)) return n;
    out.push(n);
  }
  return out;
}

function math(count: number, f: (...ns: number[]) => Scalar, defaults: number[] = []): Fn {
  return (args, r) => {
    const ns = numericArgs(args, r, count, defaults);
    return isError(ns) ? ns : f(...ns);
  };
}

/**
 * Rounds |x| at `digits` decimals on its 15-digit decimal form, half away from zero, as Excel
 * does: ROUND(1.005, 2) is 1.01 although 1.005 is 1.00499… in binary.
 */
function roundWith(x: number, digits: number, mode: 'half' | 'up' | 'down'): number {
  const d = Math.trunc(digits);
  const scaled = Number((Math.abs(x) * Math.pow(10, d)).toPrecision(15));
  const whole = mode === 'half' ? Math.round(scaled) : mode === 'up' ? Math.ceil(scaled) : Math.floor(scaled);
  const back = d >= 0 ? whole / Math.pow(10, d) : whole * Math.pow(10, -d);
  return Math.sign(x) * back || 0;
}

/** AND/OR: booleans and numbers count, text and empty cells in ranges are skipped. */
function logical(combine: (values: boolean[]) => boolean): Fn {
  return (args, r) => {
    const values: boolean[] = [];
    for (const a of args) {
      for (const { value, fromRange } of r.each(a)) {
        if (isError(value)) return value;
        if (fromRange && (value === null || typeof value === 'string')) continue;
        const b = toBoolean(value);
        if (isError(b)) return b;
        values.push(b);
      }
    }
    return values.length === 0 ? errors.value : combine(values);
  };
}

function sumProduct(args: FormulaNode[], r: ArgumentReader): Scalar {
  if (args.length === 0) return errors.value;
  const grids: Scalar[][][] = [];
  for (const a of args) {
    const g = r.grid(a);
    if (isError(g)) return g;
    grids.push(g ?? [[r.scalar(a)]]);
  }
  const rows = grids[0].length;
  const cols = grids[0][0]?.length ?? 0;
  if (grids.some((g) => g.length !== rows || (g[0]?.length ?? 0) !== cols)) return errors.value;
  let total = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      let product = 1;
      for (const g of grids) {
        const v = g[i][j];
        if (isError(v)) return v;
        product *= typeof v === 'number' ? v : 0;
      }
      total += product;
    }
  }
  return total;
}

function condition(args: FormulaNode[], r: ArgumentReader, at: number): boolean | ExcelError {
  return toBoolean(r.scalar(args[at]));
}

export const FUNCTIONS: Readonly<Record<string, Fn>> = {
  SUM: aggregate((ns) => ns.reduce((s, n) => s + n, 0)),
  PRODUCT: aggregate((ns) => (ns.length === 0 ? 0 : numberResult(ns.reduce((p, n) => p * n, 1)))),
  AVERAGE: aggregate((ns) => (ns.length === 0 ? errors.div0 : ns.reduce((s, n) => s + n, 0) / ns.length)),
  MIN: aggregate((ns) => (ns.length === 0 ? 0 : Math.min(...ns))),
  MAX: aggregate((ns) => (ns.length === 0 ? 0 : Math.max(...ns))),
  COUNT: (args, r) => {
    let n = 0;
    for (const a of args) for (const { value, fromRange } of r.each(a)) if (typeof value === 'number' || (!fromRange && !isError(toNumber(value)) && value !== null)) n++;
    return n;
  },
  COUNTA: (args, r) => {
    let n = 0;
    for (const a of args) for (const { value, fromRange } of r.each(a)) if (value !== null || !fromRange) n++;
    return n;
  },
  SUMPRODUCT: sumProduct,
  ROUND: math(2, (x, d) => roundWith(x, d, 'half')),
  ROUNDUP: math(2, (x, d) => roundWith(x, d, 'up')),
  ROUNDDOWN: math(2, (x, d) => roundWith(x, d, 'down')),
  INT: math(1, (x) => Math.floor(x)),
  ABS: math(1, (x) => Math.abs(x)),
  SQRT: math(1, (x) => (x < 0 ? errors.num : Math.sqrt(x))),
  POWER: math(2, (x, y) => (x === 0 && y < 0 ? errors.div0 : numberResult(Math.pow(x, y)))),
  MOD: math(2, (x, y) => (y === 0 ? errors.div0 : x - y * Math.floor(x / y))),
  IF: (args, r) => {
    if (args.length < 1 || args.length > 3) return errors.value;
    const c = condition(args, r, 0);
    if (isError(c)) return c;
    const branch = c ? args[1] : args[2];
    // A missing else-branch is FALSE; an empty one ("IF(A1,1,)") is 0.
    if (branch === undefined) return c ? 0 : false;
    return branch.k === 'missing' ? 0 : r.scalar(branch);
  },
  IFERROR: (args, r) => {
    if (args.length !== 2) return errors.value;
    const v = r.scalar(args[0]);
    return isError(v) ? (args[1].k === 'missing' ? 0 : r.scalar(args[1])) : v;
  },
  IFNA: (args, r) => {
    if (args.length !== 2) return errors.value;
    const v = r.scalar(args[0]);
    return isError(v) && v.error === '#N/A' ? r.scalar(args[1]) : v;
  },
  AND: logical((vs) => vs.every(Boolean)),
  OR: logical((vs) => vs.some(Boolean)),
  NOT: (args, r) => {
    if (args.length !== 1) return errors.value;
    const c = condition(args, r, 0);
    return isError(c) ? c : !c;
  },
  TRUE: () => true,
  FALSE: () => false,
  ISERROR: (args, r) => (args.length === 1 ? isError(r.scalar(args[0])) : errors.value),
  ISNUMBER: (args, r) => (args.length === 1 ? typeof r.scalar(args[0]) === 'number' : errors.value),
  ISBLANK: (args, r) => (args.length === 1 ? r.scalar(args[0]) === null : errors.value),
};

/** The functions a formula calls that the evaluator does not know, in order of appearance. */
export function unknownFunctions(node: FormulaNode): string[] {
  const out: string[] = [];
  const walk = (n: FormulaNode): void => {
    if (n.k === 'call') {
      if (!FUNCTIONS[n.name] && !out.includes(n.name)) out.push(n.name);
      n.args.forEach(walk);
    } else if (n.k === 'binary') {
      walk(n.a);
      walk(n.b);
    } else if (n.k === 'negate' || n.k === 'percent') walk(n.x);
  };
  walk(node);
  return out;
}
