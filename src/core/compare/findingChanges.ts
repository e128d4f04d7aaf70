/**
 * Validation findings new since last month and resolved since last month. A finding is the same in
 * both months when its rule, its table (as paired) and its row label agree: cells move when rows are
 * inserted, sheets are renamed.
 */
import { parseA1 } from '../model/address';
import type { ScopedTable } from '../reading/readWorkbook';
import { compactLabel } from '../text/normalize';
import { columnKeys } from './keys';
import type { MatchedTable } from './matchTables';
import type { ChangedFinding } from './types';

export function findingChanges(
  previous: readonly ChangedFinding[],
  current: readonly ChangedFinding[],
  pairs: readonly MatchedTable[],
  previousTables: readonly ScopedTable[],
  currentTables: readonly ScopedTable[],
): { newFindings: ChangedFinding[]; resolvedFindings: ChangedFinding[] } {
  // The pair's index names a table in both months; a table without partner gets one of its own.
  const prevId = new Map<ScopedTable, string>();
  const curId = new Map<ScopedTable, string>();
  const sheetAlias = new Map<string, string>();
  pairs.forEach((p, i) => {
    curId.set(p.current, `t${i}`);
    if (p.previous) {
      prevId.set(p.previous, `t${i}`);
      sheetAlias.set(p.previous.table.sheet, p.current.table.sheet);
    }
  });
  const prevKeys = new Set(previous.map((f) => keyOf(f, previousTables, prevId, (s) => sheetAlias.get(s) ?? s)));
  const curKeys = new Set(current.map((f) => keyOf(f, currentTables, curId, (s) => s)));
  return {
    newFindings: current.filter((f) => !prevKeys.has(keyOf(f, currentTables, curId, (s) => s))).map(plain),
    resolvedFindings: previous.filter((f) => !curKeys.has(keyOf(f, previousTables, prevId, (s) => sheetAlias.get(s) ?? s))).map(plain),
  };
}

function keyOf(f: ChangedFinding, tables: readonly ScopedTable[], ids: Map<ScopedTable, string>, sheetName: (s: string) => string): string {
  const at = parseA1(f.cell);
  const t = at && tables.find((x) => x.table.sheet === f.sheet && within(x, at.row, at.col));
  if (!t || !at) return `${f.rule}|${sheetName(f.sheet)}|${f.cell}`;
  const row = t.table.rows.find((r) => r.row === at.row);
  const col = [...columnKeys(t.table.columns)].find(([, c]) => c.col === at.col)?.[0] ?? '';
  return `${f.rule}|${ids.get(t) ?? `${sheetName(f.sheet)}`}|${row ? compactLabel(row.label) : `r${at.row - t.table.range.top}`}|${col}`;
}

function within(t: ScopedTable, row: number, col: number): boolean {
  const r = t.table.range;
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

function plain(f: ChangedFinding): ChangedFinding {
  return { rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message };
}
