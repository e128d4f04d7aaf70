/** Swedish explanation of one derived figure, as a controller would write it in the analysis text. */
import { fmt } from '../check/mismatch';
import type { Table, TableRow } from '../tables/table';
import type { DerivedKind } from './types';
import { differenceMeaning, differenceWords, rowRole, storedConvention, verdictWords } from './varianceWords';

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
  /** The row's table: its kind and sign convention decide what a difference means for the row. */
  table: Pick<Table, 'kind' | 'signConvention'>;
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

/** Which way the difference goes, in the words of the row's role (the one rule in varianceWords). */
function judgement(x: ExplainInput, result: number, decimals: number): string {
  const role = rowRole(x.row, x.table);
  if (x.kind === 'budgetVariance' || x.kind === 'forecastVariance') {
    const subject = x.kind === 'forecastVariance' ? 'prognosen ' : '';
    return `, ${subject}${verdictWords(differenceMeaning({ oriented: result }, role, decimals).verdict)}`;
  }
  // A change is this year − fg år as stored: its meaning depends on how the row stores costs.
  const convention = storedConvention(x.table.signConvention, role, x.a);
  return `, ${differenceWords({ stored: result, convention }, role, decimals, 'fg år')}`;
}
