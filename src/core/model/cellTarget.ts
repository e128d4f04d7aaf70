/** A cell the user names in a field: "B16", "Resultatrapport!B16" or "'Mitt blad'!$B$16". */
import { a1, parseA1 } from './address';

/** Excel's last column (XFD) and row. */
const MAX_COL = 16384;
const MAX_ROW = 1048576;

export type CellTarget = { sheet: string; cell: string } | { error: string };

/** Without a sheet name the cell is on `defaultSheet`; a Swedish message when the text is no cell. */
export function parseCellTarget(text: string, defaultSheet: string): CellTarget {
  const trimmed = text.trim();
  const bang = trimmed.lastIndexOf('!');
  const sheetPart = bang >= 0 ? trimmed.slice(0, bang).trim() : '';
  const sheet = bang >= 0 ? unquote(sheetPart) : defaultSheet;
  const at = parseA1(bang >= 0 ? trimmed.slice(bang + 1) : trimmed);
  if (!at || at.row < 1 || at.row > MAX_ROW || at.col < 1 || at.col > MAX_COL || sheet === '') {
    return { error: `"${trimmed}" är ingen cell. Skriv t.ex. B16 eller Resultatrapport!B16.` };
  }
  return { sheet, cell: a1(at.row, at.col) };
}

/** 'Mitt blad' → Mitt blad; a doubled quote inside stands for one. */
function unquote(name: string): string {
  return name.startsWith("'") && name.endsWith("'") && name.length >= 2 ? name.slice(1, -1).replace(/''/g, "'") : name;
}
