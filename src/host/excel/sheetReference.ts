/**
 * Sheet-qualified A1 references as Excel writes them: "Blad1!A1:B2" or, when the sheet name
 * needs it, "'Budget 2025'!A1:B2" with an apostrophe inside the name doubled.
 */
import type { CellRange } from '../../core/model/workbook';
import { parseA1 } from '../../core/model/address';

/** Always quoted: Excel accepts quotes around any sheet name, and never misreads a quoted one. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function sheetCellReference(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!${cell}`;
}

/** "'Q1, Q2'!C3" -> sheet "Q1, Q2" and "C3"; a reference without a sheet keeps sheet undefined. */
export function splitSheetReference(reference: string): { sheet?: string; ref: string } {
  const text = reference.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      if (text[i] === "'" && text[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (text[i] === "'") break;
      else name += text[i++];
    }
    return text[i + 1] === '!' ? { sheet: name, ref: text.slice(i + 2) } : { ref: text };
  }
  const bang = text.lastIndexOf('!');
  return bang < 0 ? { ref: text } : { sheet: text.slice(0, bang), ref: text.slice(bang + 1) };
}

/** Splits "A!A1, 'B, C'!B2" at the commas between references, not those inside quoted names. */
export function splitReferenceList(list: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === "'") quoted = !quoted;
    else if (list[i] === ',' && !quoted) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * Parses a list such as RangeAreas.address: "Blad1!A1:B2, 'Q1, Q2'!C3" into 1-based ranges.
 * Parts that are not cell ranges (whole rows or columns) are left out.
 */
export function parseAreaList(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of splitReferenceList(address)) {
    const range = parseRangeRef(splitSheetReference(part).ref);
    if (range) out.push(range);
  }
  return out;
}

export function parseRangeRef(ref: string): CellRange | undefined {
  const [a, b = a] = ref.split(':');
  const start = parseA1(a);
  const end = parseA1(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}
