/**
 * Number text in notations other than Swedish, as pasted from accounting systems, PDFs and
 * English spreadsheets: accounting negatives "(8,8)", a trailing minus "86,6-", and thousands
 * separators of another locale "1.234,5" / "1,234.5". Only for telling the user what a text cell
 * most likely means: the figure checks read Swedish number text only (parseSwedishNumber), and a
 * bare "1.234" stays refused there and here, because it could be either 1 234 or 1,234.
 */
import { parseSwedishNumber, type ParsedSwedishNumber } from './swedishNumber';

export type NumberNotation = 'swedish' | 'parentheses' | 'trailing-minus' | 'foreign-grouping';

export interface NumberTextReading extends ParsedSwedishNumber {
  notation: NumberNotation;
  /** Decimals typed, for writing the value back the way it was meant. */
  decimals: number;
}

const PARENTHESISED = /^\((.+)\)$/;
const TRAILING_MINUS = /^(.*\S)\s*[-\u2212\u2013]$/;
/** Dot-grouped thousands with a decimal comma (German style), and comma-grouped with a decimal dot (English). */
const DOT_GROUPED = /^([^\d]*)(\d{1,3}(?:\.\d{3})+),(\d+)(\D*)$/;
const COMMA_GROUPED = /^([^\d]*)(\d{1,3}(?:,\d{3})+)\.(\d+)(\D*)$/;
/** A year "(2023)" or a footnote marker "(1)" is a label, not a negative figure. */
const NOT_A_FIGURE = /^(?:(?:19|20)\d\d|\d)$/;

/** The number the text most likely stands for, in any notation above; undefined for labels. */
export function readNumberText(text: string): NumberTextReading | undefined {
  const t = text.trim();
  const swedish = parseSwedishNumber(t);
  if (swedish) return { ...swedish, notation: 'swedish', decimals: decimalsOf(t) };
  const grouped = regrouped(t);
  if (grouped) return { ...grouped, notation: 'foreign-grouping', decimals: decimalsOf(t) };
  for (const [pattern, notation] of [[PARENTHESISED, 'parentheses'], [TRAILING_MINUS, 'trailing-minus']] as const) {
    const m = pattern.exec(t);
    if (!m) continue;
    const inner = m[1].trim();
    // The sign is the notation's: "(−8,8)" or "−8,8-" say it twice and mean nothing sure.
    if (/^[+\-\u2212\u2013]/.test(inner) || NOT_A_FIGURE.test(inner)) return undefined;
    const magnitude = parseSwedishNumber(inner) ?? regrouped(inner);
    if (!magnitude) return undefined;
    return { ...magnitude, value: magnitude.value === 0 ? 0 : -magnitude.value, notation, decimals: decimalsOf(inner) };
  }
  return undefined;
}

/** "1.234,5" and "1,234.5" read as 1 234,5: both separators present, so neither is a guess. */
function regrouped(text: string): ParsedSwedishNumber | undefined {
  const m = DOT_GROUPED.exec(text) ?? COMMA_GROUPED.exec(text);
  if (!m) return undefined;
  const [, before, integerPart, fraction, after] = m;
  return parseSwedishNumber(`${before}${integerPart.replace(/[.,]/g, '')},${fraction}${after}`);
}

function decimalsOf(text: string): number {
  const m = /[,.](\d+)\D*$/.exec(text);
  return m ? m[1].length : 0;
}
