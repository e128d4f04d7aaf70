import { cellText } from '../recognize/cellKinds';
import { normalizeLabel } from '../text/normalize';
import { cellAt, type Sheet } from '../model/workbook';
import type { StyrtalColumns } from './findStyrtal';
import { readStyrtalValue } from './styrtalValue';

/** The value a målvärde is index-adjusted from, and where it was read. */
export interface BaseValue {
  value?: number;
  year?: number;
  unit?: string;
  decimals: number;
  /** "kolumnen Basvärde 2023" or "texten", for messages. */
  from: string;
}

const INDEXED = /indexuppräkn|indexuppräknat|indexerat|indexreglerat/;
const YEAR_VALUE = /((?:19|20)\d\d)\s*års\s*värde\s*:?\s*([+\-\u2212]?\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?|[+\-\u2212]?\d+(?:,\d+)?)\s*(mnkr|tkr|kr|st|%)?/i;
const YEAR_ONLY = /((?:19|20)\d\d)\s*års\s*värde/i;

/** True when the row says its målvärde is an earlier year's value after indexuppräkning. */
export function isIndexedRow(...texts: string[]): boolean {
  return texts.some((t) => INDEXED.test(normalizeLabel(t)));
}

/**
 * The base of an index-adjusted row: the base-value column when the table has one, else a text
 * such as "2023 års värde: 8 211 464 kr" in the målvärde cell, the name or the comment. The base
 * year comes from the column header ("Basvärde 2023") or the text ("2023 års värde").
 */
export function readBaseValue(sheet: Sheet, row: number, columns: StyrtalColumns): BaseValue {
  const texts = [columns.target, columns.name, columns.comment]
    .filter((c): c is number => c !== undefined)
    .map((c) => cellText(cellAt(sheet, row, c)).replace(/\s+/g, ' '));
  const textYear = texts.map((t) => YEAR_ONLY.exec(t)?.[1]).find((y) => y !== undefined);
  if (columns.base !== undefined) {
    const v = readStyrtalValue(cellAt(sheet, row, columns.base));
    if (v.value !== undefined) {
      const year = columns.baseYear ?? (textYear !== undefined ? Number(textYear) : undefined);
      return { value: v.value, year, unit: v.unit, decimals: v.decimals, from: 'basvärdeskolumnen' };
    }
  }
  for (const t of texts) {
    const m = YEAR_VALUE.exec(t);
    if (!m) continue;
    const value = readStyrtalValue({ type: 'text', value: `${m[2]}${m[3] ? ` ${m[3]}` : ''}` });
    if (value.value !== undefined) return { value: value.value, year: Number(m[1]), unit: value.unit, decimals: value.decimals, from: 'texten' };
  }
  return { year: textYear !== undefined ? Number(textYear) : columns.baseYear, decimals: 0, from: '' };
}
