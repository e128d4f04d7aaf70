/**
 * A changed figure in a detail row moves every Summa above it. Reporting each sum again would bury
 * the one change under its echoes, so a sum's finding is left out when its rows explain it: one of
 * its rows carries the same kind of finding, at least as severe, and for budget and prognos the
 * rows' changes add up to the sum's (within the rounding of the figures shown).
 */
import type { SumReading } from '../reading/types';
import type { CompareFinding } from './types';

/** One figure's finding with the change behind it. */
export interface CellChange {
  row: number;
  col: number;
  /** This month's figure less last month's, as shown (rounded to the decimals shown). */
  change: number;
  decimals: number;
  finding: CompareFinding;
}

const RANK = { info: 0, warning: 1, error: 2 } as const;

export function withoutExplainedSums(changes: readonly CellChange[], sums: readonly SumReading[]): CellChange[] {
  const at = new Map(changes.map((c) => [`${c.row}:${c.col}`, c]));
  const explained = new Set<CellChange>();
  for (const sum of sums) {
    for (const c of changes) {
      if (c.row !== sum.row.row) continue;
      const parts = sum.parts.map((p) => ({ weight: p.weight, change: at.get(`${p.row.row}:${c.col}`) }));
      const sameKind = parts.filter((p) => p.change && p.change.finding.rule === c.finding.rule);
      if (sameKind.length === 0) continue;
      if (Math.max(...sameKind.map((p) => RANK[p.change!.finding.severity])) < RANK[c.finding.severity]) continue;
      if (c.finding.rule !== 'compare.accumulated-decreased' && !addsUp(c, parts)) continue;
      explained.add(c);
    }
  }
  return changes.filter((c) => !explained.has(c));
}

function addsUp(sum: CellChange, parts: ReadonlyArray<{ weight: number; change?: CellChange }>): boolean {
  const total = parts.reduce((s, p) => s + p.weight * (p.change?.change ?? 0), 0);
  // Each figure shown may be off by half its last decimal.
  const slack = (parts.length + 1) * 0.5 * 10 ** -sum.decimals + 1e-9;
  return Math.abs(total - sum.change) <= slack;
}
