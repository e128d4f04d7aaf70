/**
 * Formulas as a Swedish controller sees them in Excel: Swedish function names, ";" between
 * arguments, decimal comma, Swedish error and boolean names. Files and Office.js use the
 * invariant (English) language, so this is for messages only, never for writing formulas.
 * Token-based, so text inside strings and sheet names is never touched.
 */
import { ERROR_SWEDISH } from '../model/errorLiterals';
import { tokenize } from './tokenize';

const FUNCTIONS: Record<string, string> = {
  SUM: 'SUMMA', SUMIF: 'SUMMA.OM', SUMIFS: 'SUMMA.OMF', SUMPRODUCT: 'PRODUKTSUMMA', SUBTOTAL: 'DELSUMMA',
  PRODUCT: 'PRODUKT', AVERAGE: 'MEDEL', COUNT: 'ANTAL', COUNTA: 'ANTALV', COUNTIF: 'ANTAL.OM',
  COUNTIFS: 'ANTAL.OMF', IF: 'OM', IFERROR: 'OMFEL', AND: 'OCH', OR: 'ELLER', NOT: 'ICKE',
  ROUND: 'AVRUNDA', ROUNDUP: 'AVRUNDA.UPPÅT', ROUNDDOWN: 'AVRUNDA.NEDÅT', INT: 'HELTAL', MOD: 'REST',
  POWER: 'UPPHÖJT.TILL', SQRT: 'ROT', VLOOKUP: 'LETARAD', HLOOKUP: 'LETAKOLUMN', MATCH: 'PASSA',
  ISERROR: 'ÄRFEL', ISBLANK: 'ÄRTOM', LEFT: 'VÄNSTER', RIGHT: 'HÖGER', LEN: 'LÄNGD',
  CONCATENATE: 'SAMMANFOGA', TODAY: 'IDAG', YEAR: 'ÅR', MONTH: 'MÅNAD', TRUE: 'SANT', FALSE: 'FALSKT',
};


/** The same formula as Swedish Excel displays it, e.g. =SUM(B2:B5)*1.5 -> =SUMMA(B2:B5)*1,5. */
export function toSwedishDisplay(formula: string): string {
  return tokenize(formula).map((t) => {
    switch (t.kind) {
      case 'function': {
        const name = t.text.replace(/^_xlfn\./i, '').toUpperCase();
        return FUNCTIONS[name] ?? name;
      }
      case 'bool':
        return FUNCTIONS[t.text.toUpperCase()] ?? t.text;
      case 'separator':
        return t.text === ',' ? ';' : t.text;
      case 'number':
        return t.text.replace('.', ',');
      case 'error': {
        // A sheet-qualified #REF! keeps its sheet prefix.
        const m = /^(.*?)(#[A-Z0-9/!?_]+)$/i.exec(t.text);
        return m ? m[1] + (ERROR_SWEDISH[m[2].toUpperCase()] ?? m[2]) : t.text;
      }
      default:
        return t.text;
    }
  }).join('');
}
