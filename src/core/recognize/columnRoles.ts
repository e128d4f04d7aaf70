import { compactLabel, hasAny, yearsIn } from '../text/normalize';
import { displayHeader } from '../text/displayHeader';
import type { ColumnQualifiers, ColumnRole, TableColumn } from '../tables/table';
import type { ColumnHeader } from './columnHeaders';

/** Reads a column's meaning from its header; the order of the tests matters ("Prognos budgetavvikelse"). */
export function roleOf(compact: string, ownCompact: string): ColumnRole {
  if (isWomen(ownCompact)) return 'women';
  if (isMen(ownCompact)) return 'men';
  if (hasAny(compact, ['ökningstakt', 'ökning%'])) return 'growth';
  if (hasAny(compact, ['relation'])) return 'relation';
  // "Avvikelse i % av omsättning" is a relation, not an amount.
  if (compact.includes('avvik') && hasAny(compact, ['%', 'procent'])) return 'relation';
  if (hasAny(compact, ['förändring', 'förändr', 'differens', 'skillnad'])) {
    return compact.includes('%') && !hasAny(ownCompact, ['mnkr', 'tkr']) ? 'changePercent' : ownCompact && hasAny(ownCompact, ['totalt']) ? 'total' : 'change';
  }
  if (hasAny(compact, ['varavbudgetram', 'varavram', 'budgetramen'])) return 'frame';
  if (compact.includes('prognos') && compact.includes('avvikelse')) return 'forecastVariance';
  if (compact.includes('avvikelse') || compact.includes('avvik')) return 'budgetVariance';
  if (compact.includes('omsättning')) return 'turnover';
  if (compact.includes('handlingsplan')) return 'plan';
  if (isTotal(ownCompact)) return 'total';
  if (compact.includes('utfall')) return 'actual';
  if (compact.includes('prognos')) return 'forecast';
  if (compact.includes('budget')) return 'budget';
  return 'value';
}

const AMOUNT_KINDS = new Set<ColumnRole>(['actual', 'budget', 'forecast']);

/**
 * A group word must not change what its sub-header says: "Budget" under "Helårsprognos" is a
 * budget, "Utfall" under "Prognosperiod" is an utfall. Only among utfall, budget and prognos does
 * the lowest header win; words like Förändring or Relation over a group still apply.
 */
function roleWithinGroup(compact: string, ownCompact: string): ColumnRole {
  const full = roleOf(compact, ownCompact);
  if (!ownCompact || ownCompact === compact || !AMOUNT_KINDS.has(full)) return full;
  const own = roleOf(ownCompact, ownCompact);
  return AMOUNT_KINDS.has(own) ? own : full;
}

function isWomen(c: string): boolean {
  return /^(kvinnor|kvinnorna|kvinna|kv|k)$/.test(c);
}
function isMen(c: string): boolean {
  return /^(män|männen|man|m)$/.test(c);
}
function isTotal(c: string): boolean {
  return /^(totalt|total|summa|samtliga|alla|tot)$/.test(c);
}

/**
 * Year to date: "ack", "Ackumulerat", "Perioden", "Hittills i år", or a month range from January
 * ("jan–jul", "januari–augusti"; the compact form has lost the dash).
 */
const ACCUMULATED = /ack(?!u)|ackumulera|^period(en|ens)?(?!isk)|periodens|hittills|(jan|januari)(feb|mar|apr|maj|jun|jul|aug|sep|okt|nov)/;

export function qualifiersOf(header: ColumnHeader): ColumnQualifiers {
  const compact = compactLabel(header.text);
  const years = yearsIn(header.text);
  return {
    accumulated: ACCUMULATED.test(compact),
    previousYear: hasAny(compact, ['fgår', 'föregåendeår', 'fgår', 'fjol']) || /fg(?=$|år|%)/.test(compact),
    year: years.length ? years[years.length - 1] : undefined,
    group: header.group ? compactLabel(header.group) : undefined,
    forecast: compact.includes('prognos'),
  };
}

export function toTableColumn(header: ColumnHeader): TableColumn {
  const compact = compactLabel(header.text);
  return {
    col: header.col,
    header: displayHeader(header.text),
    compact,
    own: compactLabel(header.own).replace(/(19|20)\d\d/g, ''),
    role: roleWithinGroup(compact, compactLabel(header.own)),
    q: qualifiersOf(header),
  };
}

/**
 * Reports often name years instead of "fg år" ("Utfall jan–jul 2025 | Utfall jan–jul 2024"):
 * a column whose year is older than the latest year of the same role and period is last year's.
 */
export function markEarlierYears(columns: TableColumn[]): void {
  for (const c of columns) {
    if (c.q.year === undefined || c.q.previousYear) continue;
    const newer = columns.some(
      (o) => o !== c && o.role === c.role && o.own === c.own && o.q.accumulated === c.q.accumulated && o.q.year !== undefined && o.q.year > c.q.year!,
    );
    if (newer) c.q.previousYear = true;
  }
}

/** Columns whose figures add up down the rows (not ratios or percentages). */
export function isAdditive(col: TableColumn): boolean {
  if (col.role === 'relation' || col.role === 'growth' || col.role === 'changePercent') return false;
  return !hasAny(col.compact, ['%', 'andel', 'grad', 'procent', 'medel', 'genomsnitt', 'snitt', 'percent', 'average', 'ratio', 'rate', 'mean']);
}
