/**
 * Which derived columns a table has or could have, and from which inputs. Existing columns come
 * from the same pairing the validation rules use (one definition of "budgetavvikelse" for checking
 * and for computing); missing ones are proposed where the table has both inputs.
 */
import { actualPair } from '../reading/relationColumns';
import { partner, samePeriod } from '../reading/pairing';
import type { DerivedColumn } from '../reading/types';
import type { Table, TableColumn } from '../tables/table';
import type { DerivedKind } from './types';

export interface DerivedSpec {
  kind: DerivedKind;
  /** The existing column, or undefined for a proposed new one. */
  target?: TableColumn;
  a: TableColumn;
  b: TableColumn;
  /** Header for a new column. */
  header: string;
  /** "utfall ack − budget ack" */
  description: string;
  /** The column is read as budget − utfall on every row (net costs shown positive). */
  reversed?: boolean;
}

const DERIVED_KIND: Record<DerivedColumn['rule'], DerivedKind> = {
  'variance.budget': 'budgetVariance',
  'variance.forecast': 'forecastVariance',
  'relation.ratio': 'relation',
  'relation.growth': 'growth',
  'variance.change': 'change',
};

/** The table's derived columns as the reading found them, and the ones it could have. */
export function derivedSpecs(table: Table, derived: DerivedColumn[]): DerivedSpec[] {
  const columns = table.columns;
  const specs: DerivedSpec[] = [];
  for (const d of derived) {
    const kind = DERIVED_KIND[d.rule];
    const description = d.reversed ? describe(kind, d.b, d.a) : describe(kind, d.a, d.b);
    specs.push({ kind, target: d.target, a: d.a, b: d.b, header: d.target.header, description, ...(d.reversed ? { reversed: true } : {}) });
  }
  return [...specs, ...missingSpecs(columns, specs)];
}

function missingSpecs(columns: TableColumn[], existing: DerivedSpec[]): DerivedSpec[] {
  const out: DerivedSpec[] = [];
  const has = (kind: DerivedKind, a: TableColumn, b?: TableColumn) =>
    [...existing, ...out].some((s) => s.kind === kind && s.a === a && (b === undefined || s.b === b));
  const propose = (kind: DerivedKind, a: TableColumn, b: TableColumn, header: string) => {
    if (!has(kind, a, b)) out.push({ kind, a, b, header, description: describe(kind, a, b) });
  };

  for (const actual of columns.filter((c) => c.role === 'actual' && !c.q.previousYear)) {
    const budget = partner(columns, actual, 'budget');
    if (budget) propose('budgetVariance', actual, budget, `Budgetavvikelse${periodSuffix(actual)}`);
  }
  const fullYear = (c: TableColumn) => !c.q.accumulated && !c.q.previousYear;
  const forecast = columns.find((c) => c.role === 'forecast' && fullYear(c));
  const yearBudget = forecast && partner(columns, forecast, 'budget', (c) => fullYear(c) && samePeriod(c, forecast));
  if (forecast && yearBudget) propose('forecastVariance', forecast, yearBudget, 'Prognos budgetavvikelse');

  const pair = actualPair(columns, true) ?? actualPair(columns, false);
  if (pair) {
    propose('change', pair[0], pair[1], `Förändring mot fg år${periodSuffix(pair[0])}`);
    if (!existing.some((s) => s.kind === 'growth' && !s.a.q.forecast)) propose('growth', pair[0], pair[1], `Ökningstakt${periodSuffix(pair[0])} (%)`);
  }

  const turnover = columns.find((c) => c.role === 'turnover' && !c.q.previousYear);
  if (turnover && !existing.some((s) => s.kind === 'relation')) {
    const variance =
      existing.find((s) => s.kind === 'budgetVariance' && s.target && samePeriod(s.target, turnover))?.target ??
      columns.find((c) => c.role === 'budgetVariance' && samePeriod(c, turnover));
    if (variance) propose('relation', variance, turnover, 'Relation (%)');
  }
  return out;
}

function periodSuffix(c: TableColumn): string {
  return c.q.accumulated ? ' ack' : '';
}

function describe(kind: DerivedKind, a: TableColumn, b: TableColumn): string {
  const name = (c: TableColumn) => c.header.toLocaleLowerCase('sv-SE');
  switch (kind) {
    case 'relation':
      return `${name(a)} / ${name(b)} × 100`;
    case 'growth':
      return `(${name(a)} / ${name(b)} − 1) × 100`;
    default:
      return `${name(a)} − ${name(b)}`;
  }
}
