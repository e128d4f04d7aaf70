/** "Jämför med förra månaden": two workbooks, each read once, compared table by table. */
import { validateReading } from '../engine/validate';
import type { ValidationSettings } from '../engine/settings';
import type { Workbook } from '../model/workbook';
import { readWorkbook } from '../reading/readWorkbook';
import { sortFindings } from '../findings/finding';
import { compareTables, DEFAULT_THRESHOLD } from './compareFigures';
import { findingChanges } from './findingChanges';
import { matchTables } from './matchTables';
import type { CompareFinding, CompareSettings, Comparison } from './types';

export function compareWorkbooks(previous: Workbook, current: Workbook, settings: CompareSettings = {}, validation: ValidationSettings = {}): Comparison {
  const before = readWorkbook(previous, validation);
  const after = readWorkbook(current, validation);
  const { pairs, unmatchedPrevious } = matchTables(before.tables, after.tables);
  const findings: CompareFinding[] = [];
  for (const p of pairs) {
    if (p.previous) findings.push(...compareTables(p.previous, p.current, settings.threshold ?? DEFAULT_THRESHOLD));
  }
  const changes = findingChanges(
    validateReading(before, validation).findings,
    validateReading(after, validation).findings,
    pairs, before.tables, after.tables,
  );
  return {
    tables: pairs.map((p) => ({ sheet: p.current.table.sheet, kind: p.current.table.kind, ...(p.previous ? { matchedWith: p.previous.table.sheet } : {}) })),
    removedTables: unmatchedPrevious.map((t) => ({ sheet: t.table.sheet, kind: t.table.kind })),
    findings: sortFindings(findings, current.sheets.map((s) => s.name)) as CompareFinding[],
    ...changes,
  };
}
