/**
 * A lossless tokenizer for A1 formulas in the invariant (English) formula language.
 *
 * Lossless: joining the token texts gives back the formula exactly, so a caller can rewrite
 * only the reference tokens (shared-formula expansion, R1C1 form) and leave strings, function
 * names, spacing and everything else untouched. It does not build a syntax tree: formula rules
 * only need to know what is a reference, what is a function and what is a constant.
 */
import { parseRefBody, type ParsedRef } from './reference';

export type TokenKind =
  | 'string' // "text" with "" escapes
  | 'number' // 12, 1.5, 2E-3
  | 'bool' // TRUE, FALSE
  | 'error' // #DIV/0!, #REF!, Sheet1!#REF!
  | 'ref' // A1, $A$1:B4, A:A, 3:5, 'My sheet'!A1
  | 'function' // a name immediately followed by "("
  | 'name' // defined name, table reference, anything else name-like
  | 'operator' // + - * / ^ & = <> <= >= < > % : @ #
  | 'open' // (
  | 'close' // )
  | 'separator' // , (arguments, union) and ; (array rows)
  | 'array-open' // {
  | 'array-close' // }
  | 'space' // whitespace (the intersection operator in Excel, kept verbatim)
  | 'unknown';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offset of the token in the formula string. */
  start: number;
  /** Parsed reference, for kind 'ref'. */
  ref?: ParsedRef;
}

const ERROR_LITERALS = [
  '#GETTING_DATA', '#DIV/0!', '#VALUE!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!', '#NUM!', '#REF!', '#N/A',
];

// Sticky patterns, tried in order at the current position.
const SPACE = /\s+/y;
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
// Sheet prefix: 'quoted name' (with '' escapes) or an unquoted name, optionally a 3-D span
// (Sheet1:Sheet3) and an external-book index ([1]Sheet1).
const SHEET_PREFIX = /(?:'(?:[^']|'')+'|(?:\[\d+\])?[\p{L}_\\][\p{L}\p{N}_.]*(?::[\p{L}_\\][\p{L}\p{N}_.]*)?)!/uy;
// The body of a reference; validated afterwards by parseRefBody (limits, matching kinds).
const REF_BODY = /\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d{1,7}:\$?\d{1,7}/y;
// A reference must not run on into a longer name ("A1B", "LOG10(").
const NAME_CHAR = /[\p{L}\p{N}_.\\?$([!]/u;
const IDENT = /[\p{L}_\\][\p{L}\p{N}_.\\?]*/uy;
const TWO_CHAR_OPS = ['<>', '<=', '>='];
const ONE_CHAR_OPS = '+-*/^&=<>%:@#';

function matchAt(re: RegExp, s: string, i: number): string | undefined {
  re.lastIndex = i;
  const m = re.exec(s);
  return m && m.index === i && m[0].length > 0 ? m[0] : undefined;
}

function errorAt(s: string, i: number): string | undefined {
  const rest = s.slice(i, i + 13).toUpperCase();
  return ERROR_LITERALS.find((e) => rest.startsWith(e));
}

/**
 * Reads a reference (with optional sheet prefix) at i, if one starts there. `lastBang` is the
 * position of the formula's last "!": a sheet prefix ends with one, so none starts at or after it.
 */
function refAt(s: string, i: number, lastBang: number): Token | undefined {
  const prefix = i < lastBang ? matchAt(SHEET_PREFIX, s, i) : undefined;
  const bodyStart = i + (prefix?.length ?? 0);
  const body = matchAt(REF_BODY, s, bodyStart);
  if (!body) return undefined;
  const next = s.charAt(bodyStart + body.length);
  if (next && NAME_CHAR.test(next)) return undefined;
  const parsed = parseRefBody(body);
  if (!parsed) return undefined;
  const sheetText = prefix ? prefix.slice(0, -1) : undefined;
  return { kind: 'ref', text: (prefix ?? '') + body, start: i, ref: { ...parsed, sheetText } };
}

/** A sheet prefix followed by something that is not a cell: a sheet-level name or a #REF!. */
function qualifiedOtherAt(s: string, i: number, lastBang: number): Token | undefined {
  const prefix = i < lastBang ? matchAt(SHEET_PREFIX, s, i) : undefined;
  if (!prefix) return undefined;
  const j = i + prefix.length;
  const err = errorAt(s, j);
  if (err) return { kind: 'error', text: prefix + s.slice(j, j + err.length), start: i };
  const ident = matchAt(IDENT, s, j);
  if (ident) return { kind: 'name', text: prefix + ident, start: i };
  return undefined;
}

/** Reads "..." with doubled quotes as escapes; an unterminated string runs to the end. */
function stringAt(s: string, i: number): string {
  let j = i + 1;
  while (j < s.length) {
    if (s[j] === '"') {
      if (s[j + 1] === '"') j += 2;
      else return s.slice(i, j + 1);
    } else j++;
  }
  return s.slice(i);
}

/** A name followed by [ ... ] is a structured (table) reference; keep the brackets with it. */
function bracketsAt(s: string, i: number): number {
  if (s[i] !== '[') return 0;
  let depth = 0;
  let j = i;
  while (j < s.length) {
    if (s[j] === '[') depth++;
    else if (s[j] === ']') {
      depth--;
      if (depth === 0) return j + 1 - i;
    }
    j++;
  }
  return s.length - i;
}

/**
 * Operators and punctuation: no reference, sheet prefix, number or name starts with one of
 * these, so the tokenizer goes straight to the operators for them.
 */
const PUNCTUATION = new Set([...ONE_CHAR_OPS, '(', ')', ',', ';', '{', '}']);

export function tokenize(formula: string): Token[] {
  const s = formula;
  const tokens: Token[] = [];
  const lastBang = s.lastIndexOf('!');
  let i = 0;
  while (i < s.length) {
    const token = tokenAt(s, i, lastBang);
    tokens.push(token);
    i += token.text.length;
  }
  return tokens;
}

/** The token that starts at i. */
function tokenAt(s: string, i: number, lastBang: number): Token {
  const ch = s[i];
  const code = s.charCodeAt(i);
  // White space is at most U+0020 or from U+00A0 on: the common token is told without the expression.
  const space = code <= 32 || code >= 0xa0 ? matchAt(SPACE, s, i) : undefined;
  if (space) return { kind: 'space', text: space, start: i };
  if (ch === '"') return { kind: 'string', text: stringAt(s, i), start: i };
  const err = ch === '#' ? errorAt(s, i) : undefined;
  if (err) return { kind: 'error', text: s.slice(i, i + err.length), start: i };
  if (!PUNCTUATION.has(ch)) {
    const token = refAt(s, i, lastBang) ?? qualifiedOtherAt(s, i, lastBang);
    if (token) return token;
    const num = matchAt(NUMBER, s, i);
    if (num) return { kind: 'number', text: num, start: i };
    const ident = matchAt(IDENT, s, i);
    if (ident) {
      const after = i + ident.length;
      if (s[after] === '(') return { kind: 'function', text: ident, start: i };
      if (/^(TRUE|FALSE)$/i.test(ident)) return { kind: 'bool', text: ident, start: i };
      return { kind: 'name', text: ident + s.slice(after, after + bracketsAt(s, after)), start: i };
    }
  }
  const two = s.slice(i, i + 2);
  if (TWO_CHAR_OPS.includes(two)) return { kind: 'operator', text: two, start: i };
  return { kind: singleCharKind(ch), text: ch, start: i };
}

function singleCharKind(ch: string): TokenKind {
  if (ONE_CHAR_OPS.includes(ch)) return 'operator';
  if (ch === '(') return 'open';
  if (ch === ')') return 'close';
  if (ch === ',' || ch === ';') return 'separator';
  if (ch === '{') return 'array-open';
  if (ch === '}') return 'array-close';
  return 'unknown';
}
