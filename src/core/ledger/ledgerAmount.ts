/**
 * Amounts in a ledger export: numbers, or text pasted from a system or a PDF — Swedish number text
 * ("1 234,50", "−2 500", "1 234,50 kr"), accounting parentheses for credits ("(1 234)") and the
 * trailing minus some systems print ("1 234,50-"). Anything else is not an amount.
 */
import { parseSwedishNumber } from '../numbers/swedishNumber';
import type { Cell } from '../model/workbook';

const PARENTHESISED = /^\((.*)\)$/;
const TRAILING_MINUS = /^(.*\d)\s*[-\u2212]$/;
const CURRENCY_SUFFIX = /\s*(?:sek|:-)$/i;

export function parseAmountText(text: string): number | undefined {
  let t = text.trim().replace(CURRENCY_SUFFIX, '');
  let negate = false;
  const paren = PARENTHESISED.exec(t) ?? TRAILING_MINUS.exec(t);
  if (paren) {
    t = paren[1].trim();
    negate = true;
  }
  const parsed = parseSwedishNumber(t);
  // tkr, mnkr, st or % are not kronor of one transaction: refuse rather than guess a scale.
  if (!parsed || (parsed.unit !== undefined && parsed.unit !== 'kr')) return undefined;
  if (negate && parsed.value < 0) return undefined;
  return negate && parsed.value !== 0 ? -parsed.value : parsed.value;
}

export function cellAmount(cell: Cell): number | undefined {
  if (cell.type === 'number' && typeof cell.value === 'number') return cell.value;
  if (cell.type === 'text' && typeof cell.value === 'string') return parseAmountText(cell.value);
  return undefined;
}
