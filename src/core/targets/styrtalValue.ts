import { cellText } from '../recognize/cellKinds';
import { displayedDecimals, isPercentFormat } from '../numbers/displayPrecision';
import { parseSwedishNumber } from '../numbers/swedishNumber';
import type { Cell } from '../model/workbook';

/** What one styrtal cell says: a figure, an interval, or only words. */
export interface StyrtalValue {
  /** The figure, in `unit` (20 % is 20, whether typed "20 %" or stored 0.2 with a % format). */
  value?: number;
  interval?: { min: number; max: number };
  unit?: string;
  /** Words after the unit ("Kvinnor" in "59 % Kvinnor"). */
  qualifier?: string;
  /** Decimals the figure is shown with (in `unit`). */
  decimals: number;
  /** The cell as text, on one line. */
  text: string;
}

const NUM = '[+\\-\u2212\u2013]?(?:\\d{1,3}(?:[ \u00A0\u202F]\\d{3})+|\\d+)(?:[,.]\\d+)?';
const UNIT = 'mnkr|mkr|tkr|kronor|kr|st|%|procent|indexpoäng|poäng|p';
const DASH = '\\s*[-\u2013\u2014]\\s*';
const INTERVAL = new RegExp(`^(?:mellan\\s+)?(${NUM})\\s*(${UNIT})?(?:${DASH}|\\s+(?:till|och)\\s+)(${NUM})\\s*(${UNIT})?\\s*(.*)$`, 'i');
const LEADING = new RegExp(`^(${NUM})(?:\\s*(${UNIT})(?![\\p{L}]))?\\s*(.*)$`, 'iu');

/** Reads a styrtal cell: numbers with their format, or Swedish text such as "40- 60 %". */
export function readStyrtalValue(cell: Cell): StyrtalValue {
  const text = oneLine(cellText(cell));
  if (cell.type === 'number' && typeof cell.value === 'number' && Number.isFinite(cell.value)) return fromNumber(cell, text);
  if (cell.type !== 'text' || text === '') return { decimals: 0, text };
  return fromText(text);
}

function fromNumber(cell: Cell, text: string): StyrtalValue {
  const raw = cell.value as number;
  const percent = isPercentFormat(cell.numberFormat);
  const shown = displayedDecimals(cell.numberFormat, raw).decimals;
  const value = percent ? tidy(raw * 100) : raw;
  const unit = percent ? '%' : literalUnit(cell.numberFormat);
  return { value, decimals: Math.max(0, percent ? shown - 2 : shown), text, ...(unit ? { unit } : {}) };
}

function fromText(text: string): StyrtalValue {
  // "2023 års värde: 8 211 464 kr" names a base value, not this cell's figure (see baseValue).
  if (/^(19|20)\d\d\s*års\b/i.test(text)) return { decimals: 0, text };
  const iv = INTERVAL.exec(text);
  if (iv) {
    const a = number(iv[1]);
    const b = number(iv[3]);
    if (a !== undefined && b !== undefined && a <= b) {
      const unit = normalizeUnit(iv[4] ?? iv[2]);
      const qualifier = iv[5].trim();
      return { interval: { min: a, max: b }, decimals: Math.max(decimalsOf(iv[1]), decimalsOf(iv[3])), text, ...(unit ? { unit } : {}), ...(qualifier ? { qualifier } : {}) };
    }
  }
  const m = LEADING.exec(text);
  if (m) {
    const value = number(m[1]);
    if (value !== undefined) {
      const unit = normalizeUnit(m[2]);
      const qualifier = m[3].trim();
      return { value, decimals: decimalsOf(m[1]), text, ...(unit ? { unit } : {}), ...(qualifier ? { qualifier } : {}) };
    }
  }
  return { decimals: 0, text };
}

/** A Swedish figure from the pattern above, parsed by the one number parser. */
function number(s: string): number | undefined {
  return parseSwedishNumber(s)?.value;
}

function decimalsOf(s: string): number {
  return /[,.](\d+)$/.exec(s)?.[1].length ?? 0;
}

export function normalizeUnit(u: string | undefined): string | undefined {
  if (!u) return undefined;
  const l = u.toLowerCase();
  if (l === 'p' || l === 'poäng' || l === 'indexpoäng') return 'indexpoäng';
  if (l === 'kronor') return 'kr';
  if (l === 'mkr') return 'mnkr';
  if (l === 'procent') return '%';
  return l;
}

/** A unit written into the number format: `#,##0 "kr"`, `0.0\ "mnkr"`, `0" %"` (literal %). */
function literalUnit(format: string | undefined): string | undefined {
  if (!format) return undefined;
  const first = format.split(';')[0];
  const literal = [...first.matchAll(/"([^"]*)"|\\(.)/g)].map((m) => m[1] ?? m[2]).join('').trim().toLowerCase();
  const m = new RegExp(`^(${UNIT})$`, 'i').exec(literal);
  return m ? normalizeUnit(m[1]) : undefined;
}

function oneLine(s: string): string {
  return s.replace(/[\u00A0\u202F]/g, ' ').replace(/\s+/g, ' ').trim();
}

function tidy(v: number): number {
  return Math.round(v * 1e9) / 1e9;
}
