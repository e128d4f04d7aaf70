import type { TableColumn } from '../tables/table';
import { partner } from './pairing';
import type { DerivedColumn } from './types';

/**
 * The inputs of the per-row relations of DOMAIN §3.2 and §3.5, from their headers:
 * Relation = avvikelse / omsättning × 100; Ökningstakt = utfall / utfall fg år − 1;
 * Förändring = i år − fg år; Förändring % = i år / fg år − 1.
 */
export function relationColumns(columns: TableColumn[], variances: DerivedColumn[]): DerivedColumn[] {
  const out: DerivedColumn[] = [];
  for (const t of columns) {
    if (t.role === 'relation') {
      const turnover = partner(columns, t, 'turnover', () => true);
      const variance = turnover && (partner(columns, turnover, 'budgetVariance') ?? partner(columns, t, 'budgetVariance', () => true));
      if (turnover && variance) out.push({ rule: 'relation.ratio', target: t, a: variance, b: turnover, describe: 'budgetavvikelse / omsättning × 100' });
      else {
        // "Avvikelse %" without an omsättning: the avvikelse of its own group over that group's budget.
        const own = nearestVarianceLeft(t, variances);
        if (own) out.push({ rule: 'relation.ratio', target: t, a: own.target, b: own.b, describe: 'avvikelse / budget × 100' });
      }
    } else if (t.role === 'growth' && !t.q.previousYear) {
      // "Ökningstakt %" with no period of its own goes with whichever utfall pair the table has.
      const pair = t.q.forecast ? forecastGrowthPair(columns) : actualPair(columns, t.q.accumulated) ?? actualPair(columns, !t.q.accumulated);
      if (pair) out.push({ rule: 'relation.growth', target: t, a: pair[0], b: pair[1], describe: 'utfall / utfall fg år − 1' });
    } else if ((t.role === 'change' || t.role === 'changePercent') && !isGroupChange(t)) {
      const pair = actualPair(columns, true) ?? actualPair(columns, false) ?? yearPair(columns);
      if (!pair) continue;
      if (t.role === 'change') out.push({ rule: 'variance.change', target: t, a: pair[0], b: pair[1], describe: 'i år − fg år' });
      else out.push({ rule: 'relation.growth', target: t, a: pair[0], b: pair[1], describe: 'i år / fg år − 1' });
    }
  }
  return out;
}

function nearestVarianceLeft(t: TableColumn, variances: DerivedColumn[]): DerivedColumn | undefined {
  const left = variances.filter((v) => v.target.col < t.col && v.target.q.group === t.q.group);
  return left.sort((x, y) => y.target.col - x.target.col)[0];
}

/** Förändring as a column group over Kvinnor/Män/Totalt is handled by the group rule. */
function isGroupChange(t: TableColumn): boolean {
  return t.q.group !== undefined && t.q.group.includes('förändring');
}

export function actualPair(columns: TableColumn[], accumulated: boolean): [TableColumn, TableColumn] | undefined {
  const current = columns.find((c) => c.role === 'actual' && c.q.accumulated === accumulated && !c.q.previousYear);
  const previous = columns.find((c) => c.role === 'actual' && c.q.accumulated === accumulated && c.q.previousYear);
  return current && previous ? [current, previous] : undefined;
}

function forecastGrowthPair(columns: TableColumn[]): [TableColumn, TableColumn] | undefined {
  const forecast = columns.find((c) => c.role === 'forecast' && !c.q.previousYear);
  const previous = columns.find((c) => c.role === 'actual' && !c.q.accumulated && c.q.previousYear);
  return forecast && previous ? [forecast, previous] : undefined;
}

/** Two value columns headed by years ("2025", "2024"): the later is this year. */
function yearPair(columns: TableColumn[]): [TableColumn, TableColumn] | undefined {
  const dated = columns.filter((c) => (c.role === 'value' || c.role === 'actual') && c.q.year !== undefined);
  if (dated.length !== 2 || dated[0].q.year === dated[1].q.year) return undefined;
  const [x, y] = dated;
  return x.q.year! > y.q.year! ? [x, y] : [y, x];
}
