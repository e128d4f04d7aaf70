/**
 * How precisely a cell shows its stored value, read from its Excel number format (DOMAIN §5:
 * "use the precision that the cell shows"). The answer is in decimals of the STORED value, so it
 * feeds `around(storedValue, decimals)` directly:
 *   "0.0"       stored 34.04  shows "34.0"   → 1
 *   "0%"        stored 0.2    shows "20 %"   → 2   (each % shows two more digits)
 *   "#,##0.0,"  stored 12345  shows "12.3"   → −2  (each scaling comma hides three digits)
 * Format codes are the invariant (en-US) codes that Office.js `numberFormat` and files carry.
 */

export interface DisplayPrecision {
  /** Decimals of the stored value that the display keeps; negative when the format scales down. */
  decimals: number;
  /** 'format' when read from the number format, 'value' when the cell shows the value as is. */
  source: 'format' | 'value';
}

/** General shows up to about ten decimals; more would only expose binary noise (0.1+0.2). */
const MAX_VALUE_DECIMALS = 10;

/** Decimals needed to write `value` exactly in its shortest round-trip form, capped. */
function valueDecimals(value: number): number {
  if (!Number.isFinite(value)) return 0;
  // String() gives the shortest text that reads back to the same double ("34.2", "1.5e-7").
  const text = String(Math.abs(value));
  const e = text.indexOf('e');
  const mantissaEnd = e === -1 ? text.length : e;
  const point = text.indexOf('.');
  const fractionLength = point === -1 || point > mantissaEnd ? 0 : mantissaEnd - point - 1;
  const exponent = e === -1 ? 0 : Number(text.slice(e + 1));
  return Math.min(MAX_VALUE_DECIMALS, Math.max(0, fractionLength - exponent));
}

function fromValue(value: number): DisplayPrecision {
  return { decimals: valueDecimals(value), source: 'value' };
}

/** Splits a format code into its ';' sections, leaving separators inside quotes/brackets alone. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let inQuotes = false;
  let inBrackets = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (!inQuotes && !inBrackets && ch === '\\' && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === '"' && !inBrackets) inQuotes = !inQuotes;
    else if (!inQuotes && ch === '[') inBrackets = true;
    else if (!inQuotes && ch === ']') inBrackets = false;
    if (ch === ';' && !inQuotes && !inBrackets) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/**
 * Removes everything that is displayed literally or only styles the cell: "quoted text",
 * \escaped characters, [colours], [conditions], [$-41D] locales, _x padding and *x fill.
 * What remains are the codes that decide how the number itself is written.
 */
function stripLiterals(section: string): string {
  let out = '';
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      i = end === -1 ? section.length : end;
    } else if (ch === '[') {
      const end = section.indexOf(']', i + 1);
      i = end === -1 ? section.length : end;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i += 1; // skip the character that is escaped, padded for, or repeated
    } else out += ch;
  }
  return out;
}

/**
 * The section Excel uses for a value: one section for all; two: non-negative; negative;
 * three or more: positive; negative; zero; (text). Conditions are ignored by design.
 */
function sectionIndex(sectionCount: number, value: number): number {
  if (sectionCount >= 3 && value === 0) return 2;
  if (sectionCount >= 2 && value < 0) return 1;
  return 0;
}

const DIGIT = /[0#?]/;

/** What one stripped section says about decimals, before the value is known. */
interface CodeDecimals {
  /** Decimals shown, counting scaling commas and percent signs. */
  decimals: number;
  /** Scientific format: the value's own exponent is taken off `decimals`. */
  scientific: boolean;
}

/**
 * Decimals of the stored value shown by one stripped section, or undefined when the section
 * does not write the value as a decimal number (text "@", dates, times, fractions, none).
 */
function codeDecimals(code: string): CodeDecimals | undefined {
  if (/general|standard/i.test(code)) return undefined;
  if (code.includes('@') || code.includes('/')) return undefined;
  // Date/time codes (y m d h s, AM/PM): the value is a serial date, not a figure.
  if (/[ymdhs]|am\/pm|a\/p/i.test(code.replace(/e[+-]/gi, ''))) return undefined;
  if (!DIGIT.test(code)) return undefined;

  // Scientific: digits after the point belong to the mantissa; the exponent is the value's own.
  const expMatch = /e[+-]/i.exec(code);
  const numberPart = expMatch ? code.slice(0, expMatch.index) : code;

  const pointAt = numberPart.indexOf('.');
  const fractionCodes = pointAt === -1 ? '' : numberPart.slice(pointAt + 1);
  let decimals = (fractionCodes.match(/[0#?]/g) ?? []).length;

  // Commas right after the last digit placeholder divide the shown value by 1000 each.
  let lastDigit = -1;
  for (let i = 0; i < numberPart.length; i++) if (DIGIT.test(numberPart[i])) lastDigit = i;
  let after = lastDigit + 1;
  if (numberPart[after] === '.') after += 1;
  let scalingCommas = 0;
  while (numberPart[after + scalingCommas] === ',') scalingCommas += 1;
  decimals -= 3 * scalingCommas;

  decimals += 2 * (code.match(/%/g) ?? []).length;
  return { decimals, scientific: expMatch !== null };
}

/** The decimals a section shows for this value: a scientific format takes off the value's exponent. */
function sectionDecimals(code: CodeDecimals, value: number): number {
  if (!code.scientific || value === 0 || !Number.isFinite(value)) return code.decimals;
  return code.decimals - Math.floor(Math.log10(Math.abs(value)));
}

/** A format code read once: its section count and what each section says (undefined: not a decimal figure). */
interface ParsedFormat {
  sectionCount: number;
  /** Per section index as sectionIndex picks it (0, 1, 2). */
  codes: Array<CodeDecimals | undefined>;
}

/** Number formats are few per workbook and read for every figure: each is parsed once (bounded memo). */
const FORMAT_MEMO_LIMIT = 1000;
const parsedFormats = new Map<string, ParsedFormat>();

function parseFormat(format: string): ParsedFormat {
  const known = parsedFormats.get(format);
  if (known) return known;
  const sections = splitSections(format);
  const codes: Array<CodeDecimals | undefined> = [];
  for (let index = 0; index < Math.min(sections.length, 3); index++) {
    let code = stripLiterals(sections[index]);
    // An empty zero/negative section ("0.0;;") hides the value; the first section still says
    // how precisely this column is shown.
    if (!DIGIT.test(code) && !/general|standard|@/i.test(code)) code = stripLiterals(sections[0]);
    codes.push(codeDecimals(code));
  }
  const parsed = { sectionCount: sections.length, codes };
  if (parsedFormats.size >= FORMAT_MEMO_LIMIT) parsedFormats.clear();
  parsedFormats.set(format, parsed);
  return parsed;
}

/**
 * The number of decimals of the stored value that a cell with this number format shows.
 * Falls back to the value's own decimals ('value') for General/Standard, text and formats that
 * do not show a plain figure, so a constant typed as 34.2 still counts as shown with 1 decimal.
 */
export function displayedDecimals(numberFormat: string | undefined, value: number): DisplayPrecision {
  const format = (numberFormat ?? '').trim();
  if (format === '') return fromValue(value);

  const parsed = parseFormat(format);
  const code = parsed.codes[sectionIndex(parsed.sectionCount, value)];
  return code === undefined ? fromValue(value) : { decimals: sectionDecimals(code, value), source: 'format' };
}

const percentFormats = new Map<string, boolean>();

/**
 * True when the format scales the value by 100 and shows "%" (a real percent code), as opposed
 * to a percent sign written as literal text ("0.0\" %\"") that shows the stored number as is.
 */
export function isPercentFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  let known = percentFormats.get(numberFormat);
  if (known === undefined) {
    known = stripLiterals(numberFormat.split(';')[0]).includes('%');
    if (percentFormats.size >= FORMAT_MEMO_LIMIT) percentFormats.clear();
    percentFormats.set(numberFormat, known);
  }
  return known;
}
