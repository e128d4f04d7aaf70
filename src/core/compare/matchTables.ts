/**
 * Pairs each table of this month with last month's by kind and title, never by sheet name: a
 * renamed sheet still matches. Titles name the period ("januari–juli 2025"), so months and years
 * are left out of the comparison.
 */
import type { ScopedTable } from '../reading/readWorkbook';
import { compactLabel } from '../text/normalize';

const PERIOD_WORDS = /(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|dec|\d+)/g;

export interface MatchedTable {
  current: ScopedTable;
  previous?: ScopedTable;
}

export function matchTables(previous: readonly ScopedTable[], current: readonly ScopedTable[]): { pairs: MatchedTable[]; unmatchedPrevious: ScopedTable[] } {
  const free = new Set(previous);
  const pairs: MatchedTable[] = [];
  // Two passes: an exact title first, so that a table of a kind that occurs twice takes its own partner.
  const chosen = new Map<ScopedTable, ScopedTable>();
  for (const exact of [true, false]) {
    for (const t of current) {
      if (chosen.has(t)) continue;
      const candidates = [...free].filter((p) => p.table.kind === t.table.kind);
      const title = titleKey(t);
      const hit = exact ? candidates.find((p) => titleKey(p) === title) : candidates[0];
      if (hit) {
        chosen.set(t, hit);
        free.delete(hit);
      }
    }
  }
  for (const t of current) pairs.push({ current: t, ...(chosen.has(t) ? { previous: chosen.get(t) } : {}) });
  return { pairs, unmatchedPrevious: [...free] };
}

function titleKey(t: ScopedTable): string {
  return compactLabel(t.table.title ?? '').replace(PERIOD_WORDS, '');
}
