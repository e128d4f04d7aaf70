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

/** Reads a reference (with optional sheet prefix) at i, if one starts there. */
function refAt(s: string, i: number): Token | undefined {
  const prefix = matchAt(SHEET_PREFIX, s, i);
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
function qualifiedOtherAt(s: string, i: number): Token | undefined {
  const prefix = matchAt(SHEET_PREFIX, s, i);
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

export function tokenize(formula: string): Token[] {
  const s = formula;
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, text: string): void => {
    tokens.push({ kind, text, start: i });
    i += text.length;
  };
  while (i < s.length) {
    const ch = s[i];
    const space = matchAt(SPACE, s, i);
    if (space) { push('space', space); continue; }
    if (ch === '"') { push('string', stringAt(s, i)); continue; }
    const err = ch === '#' ? errorAt(s, i) : undefined;
    if (err) { push('error', s.slice(i, i + err.length)); continue; }
    const ref = refAt(s, i);
    if (ref) { tokens.push(ref); i += ref.text.length; continue; }
    const other = qualifiedOtherAt(s, i);
    if (other) { tokens.push(other); i += other.text.length; continue; }
    const num = matchAt(NUMBER, s, i);
    if (num) { push('number', num); continue; }
    const ident = matchAt(IDENT, s, i);
    if (ident) {
      const after = i + ident.length;
      if (s[after] === '(') push('function', ident);
      else if (/^(TRUE|FALSE)$/i.test(ident)) push('bool', ident);
      else push('name', ident + s.slice(after, after + bracketsAt(s, after)));
      continue;
    }
    const two = s.slice(i, i + 2);
    if (TWO_CHAR_OPS.includes(two)) { push('operator', two); continue; }
    if (ONE_CHAR_OPS.includes(ch)) { push('operator', ch); continue; }
    if (ch === '(') { push('open', ch); continue; }
    if (ch === ')') { push('close', ch); continue; }
    if (ch === ',' || ch === ';') { push('separator', ch); continue; }
    if (ch === '{') { push('array-open', ch); continue; }
    if (ch === '}') { push('array-close', ch); continue; }
    push('unknown', ch);
  }
  return tokens;
}
