import { makeFinding } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { a1, parseA1 } from '../../model/address';
import { cellAt, forEachCell, type Cell, type Sheet } from '../../model/workbook';
import { isErrorLiteral, swedishError } from '../../model/errorLiterals';
import { toSwedishDisplay } from '../../formula/swedish';

/**
 * error-value.cell / error-value.text: an error value left in a report (DOMAIN §3.2: a real
 * #DIVISION/0! reached the politicians). Error cells come with the reason and a fix; pasted
 * error text is flagged as text.
 */
export function checkErrorValues(sheet: Sheet): Finding[] {
  const out: Finding[] = [];
  forEachCell(sheet, (r, c, cell) => {
    if (cell.type === 'error') {
      out.push(makeFinding('error-value.cell', sheet.name, r, c, errorCellMessage(sheet, r, c, cell)));
    } else if (cell.type === 'text' && isErrorLiteral(String(cell.value))) {
      const shown = swedishError(String(cell.value));
      out.push(
        makeFinding('error-value.text', sheet.name, r, c,
          `${a1(r, c)} innehåller texten ${shown}, troligen inklistrad från en rapport. Den syns som ett fel i rapporten; skriv in värdet eller "–".`),
      );
    }
  });
  return out;
}

function errorCellMessage(sheet: Sheet, row: number, col: number, cell: Cell): string {
  const literal = String(cell.value ?? '#VALUE!');
  const shown = swedishError(literal);
  const where = a1(row, col);
  const base = `${where} visar felvärdet ${shown}`;
  if (literal.toUpperCase() === '#DIV/0!' && cell.formula) {
    const divisor = zeroDivisor(sheet, cell.formula);
    const fix = toSwedishDisplay(`=IFERROR(${cell.formula.replace(/^=/, '')},"–")`);
    const why = divisor ? ` eftersom nämnaren ${divisor} är 0` : ' eftersom formeln delar med 0';
    return `${base}${why}. Visa "–" i stället, t.ex. med ${fix}.`;
  }
  if (cell.formula) return `${base}. Formeln ${cell.formula} ger ett fel som syns i rapporten; rätta den eller använd OMFEL.`;
  return `${base}. Felvärdet syns i rapporten; rätta cellen.`;
}

/** The first divisor reference in the formula whose cell holds 0 or is empty. */
function zeroDivisor(sheet: Sheet, formula: string): string | undefined {
  const re = /\/\s*\(?\s*(\$?[A-Z]{1,3}\$?\d+)/g;
  for (let m = re.exec(formula); m; m = re.exec(formula)) {
    const pos = parseA1(m[1]);
    if (!pos) continue;
    const d = cellAt(sheet, pos.row, pos.col);
    if (d.type === 'empty' || d.value === 0) return a1(pos.row, pos.col);
  }
  return undefined;
}
