/** The amount unit a table states in its title, headers or the rows just above it ("Belopp i mnkr"). */
import { cellAt, type Sheet } from '../model/workbook';
import type { Table } from '../tables/table';

const UNITS: Array<[RegExp, string]> = [
  [/\bmnkr\b|miljoner kronor|\bmkr\b|\bmsek\b/i, 'mnkr'],
  [/\btkr\b|tusen kronor|\btsek\b/i, 'tkr'],
  [/\bkronor\b|\bkr\b|\bsek\b/i, 'kr'],
];

/** Rows above the header that may carry the unit line. */
const LOOK_ABOVE = 3;

export function tableUnit(sheet: Sheet, table: Table): string | undefined {
  const texts: string[] = [table.title ?? '', ...table.columns.map((c) => c.header)];
  const first = Math.max(1, table.range.top - LOOK_ABOVE);
  const last = table.headerRows[0] ?? table.range.top;
  for (let r = first; r <= last; r++) {
    for (let c = table.range.left; c <= table.range.right; c++) {
      const v = cellAt(sheet, r, c).value;
      if (typeof v === 'string') texts.push(v);
    }
  }
  const all = texts.join(' ');
  return UNITS.find(([pattern]) => pattern.test(all))?.[1];
}
