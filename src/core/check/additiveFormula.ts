import { tokenize } from '../formula/tokenize';

/** One cell or area a sum formula adds (+1) or subtracts (−1). */
export interface AdditiveTerm {
  sign: 1 | -1;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const NOT_ADDITIVE = /[*/^&=<>%"!#{}]/;

/**
 * Reads "=SUM(B4:B8)", "=B9+B16", "=B5-C5", "=SUM(B4:B8)-B3" as signed cell areas on the same
 * sheet; undefined for anything else (products, ratios, other functions, other sheets, constants).
 * A formula like that is no more exact than the typed figures it adds (DOMAIN §5).
 */
export function additiveTerms(formula: string): AdditiveTerm[] | undefined {
  const body = formula.replace(/^=/, '');
  // Characters that only a token refused below can hold (an operator other than + and -, a
  // string, a sheet prefix, an error, an array): no need to tokenize.
  if (NOT_ADDITIVE.test(body)) return undefined;
  const tokens = tokenize(body).filter((t) => t.kind !== 'space');
  const terms: AdditiveTerm[] = [];
  let sign: 1 | -1 = 1;
  let depth = 0;
  /** Depth outside the open SUM( ), or −1 when not inside one. */
  let sumDepth = -1;
  for (const t of tokens) {
    switch (t.kind) {
      case 'function':
        if (!/^(SUM|SUMMA)$/i.test(t.text) || sumDepth !== -1) return undefined;
        sumDepth = depth;
        break;
      case 'open':
        depth++;
        break;
      case 'close':
        depth--;
        if (depth === sumDepth) sumDepth = -1;
        break;
      case 'separator':
        if (sumDepth === -1) return undefined;
        break;
      case 'operator':
        // Inside SUM( ) the arguments share the sign of the SUM; only top-level +/- changes it.
        if (depth !== 0 || (t.text !== '+' && t.text !== '-')) return undefined;
        sign = t.text === '-' ? -1 : 1;
        break;
      case 'ref': {
        const ref = t.ref;
        if (!ref || ref.sheetText !== undefined || ref.kind === 'columns' || ref.kind === 'rows') return undefined;
        const end = ref.end ?? ref.start;
        if (ref.start.row === undefined || ref.start.col === undefined || end.row === undefined || end.col === undefined) return undefined;
        terms.push({
          sign,
          top: Math.min(ref.start.row, end.row),
          bottom: Math.max(ref.start.row, end.row),
          left: Math.min(ref.start.col, end.col),
          right: Math.max(ref.start.col, end.col),
        });
        break;
      }
      default:
        return undefined;
    }
  }
  return terms.length > 0 && depth === 0 ? terms : undefined;
}
