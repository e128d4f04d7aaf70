/** Swedish explanation of one derived figure, as a controller would write it in the analysis text. */
import { fmt } from '../check/mismatch';
import type { SignConvention, TableRow } from '../tables/table';
import type { DerivedKind } from './types';
import { varianceVerdict, verdictWords } from './varianceWords';

export interface ExplainInput {
  kind: DerivedKind;
  row: TableRow;
  a: number;
  b: number;
  /** −1 when the variance is budget − utfall (costs written positive). */
  sign: number;
  result: number | undefined;
  decimals: number;
  unit?: string;
  signConvention?: SignConvention;
  percentFormatted: boolean;
}

export function explainDerived(x: ExplainInput): string {
  const d = x.decimals;
  const num = (v: number) => fmt(v, d);
  const operand = (v: number) => (v < 0 ? `(${num(v)})` : num(v));
  const unit = x.unit ? ` ${x.unit}` : '';
  if (x.kind === 'relation' || x.kind === 'growth') {
    const shown = x.kind === 'relation' ? `${num(x.a)} / ${operand(x.b)} × 100` : `(${num(x.a)} / ${operand(x.b)} − 1) × 100`;
    if (x.result === undefined) return `${x.row.label}: nämnaren är 0, så kvoten visas som "–" i stället för #DIVISION/0!.`;
    const pct = x.percentFormatted ? x.result * 100 : x.result;
    return `${x.row.label}: ${shown} = ${fmt(pct, 1)} %`;
  }
  const [first, second] = x.sign < 0 ? [x.b, x.a] : [x.a, x.b];
  const result = x.result ?? 0;
  return `${x.row.label}: ${num(first)} − ${operand(second)} = ${num(result)}${unit}${judgement(x, result, d)}`;
}

function judgement(x: ExplainInput, result: number, decimals: number): string {
  const zero = Math.abs(result) < 0.5 * 10 ** -decimals;
  if (x.kind === 'budgetVariance' || x.kind === 'forecastVariance') {
    const subject = x.kind === 'forecastVariance' ? 'prognosen ' : '';
    return `, ${subject}${verdictWords(varianceVerdict(result, decimals))}`;
  }
  if (zero) return ', oförändrat mot fg år';
  if (x.row.section === 'cost') {
    const moreCost = x.signConvention === 'costs-positive' ? result > 0 : result < 0;
    return moreCost ? ', högre kostnader än fg år' : ', lägre kostnader än fg år';
  }
  if (x.row.section === 'revenue') return result > 0 ? ', högre intäkter än fg år' : ', lägre intäkter än fg år';
  return result > 0 ? ', högre än fg år' : ', lägre än fg år';
}
