import type { Finding, RecognizedTableSummary } from '../findings/finding';
import { makeFinding } from '../check/mismatch';
import { DEFAULT_INDEX_TABLE, isIndexSheetName, layeredIndexTable, readWorkbookIndexSheets, type IndexTable } from '../indexation';
import { rangeA1 } from '../model/address';
import type { CellRange, Workbook } from '../model/workbook';
import { checkStyrtal, type StyrtalOptions } from './checkStyrtal';
import { checkSummary } from './checkSummary';
import type { TargetRow } from './types';

export interface GoalsResult {
  targets: TargetRow[];
  findings: Finding[];
  /** Styrtal, summary and index tables, as the report lists recognised tables. */
  tables: RecognizedTableSummary[];
  /** The index table used: bundled defaults, the user's store, the workbook's Index sheet on top. */
  indexTable: IndexTable;
  /** True when a periodrapport table found at this range is really one of ours. */
  claims(sheet: string, range: CellRange): boolean;
  /** Sheets whose content these checks understood (not "unknown" even without periodrapport tables). */
  understands(sheet: string): boolean;
}

/**
 * Styrtal with målvärden, their index-adjusted målvärden and the summary of måluppfyllelse
 * (DOMAIN §3.6–3.7): everything the engine says about goals, for one workbook.
 */
export function checkGoals(workbook: Workbook, options: StyrtalOptions & { bundledIndex?: IndexTable; userIndex?: IndexTable } = {}): GoalsResult {
  const own = readWorkbookIndexSheets(workbook);
  const indexTable = layeredIndexTable({ user: options.userIndex, workbook: own.table }, options.bundledIndex ?? DEFAULT_INDEX_TABLE);
  const styrtal = checkStyrtal(workbook, indexTable, options);
  const summary = checkSummary(workbook);
  // An Index sheet that cannot be read is said once, at its first cell; its values are not used.
  const unreadable = own.problems.map((p) => makeFinding('target.index-missing', p.sheet, 1, 1, `Bladet ${p.sheet} kunde inte läsas som indextabell: ${p.message}`));
  const owned: Array<{ sheet: string; range: CellRange; kind: string }> = [
    ...styrtal.tables.map((t) => ({ sheet: t.sheet, range: t.range, kind: 'styrtal' })),
    ...summary.tables.map((t) => ({ sheet: t.sheet, range: t.range, kind: 'maluppfyllelse' })),
  ];
  const indexSheets = workbook.sheets.filter((s) => isIndexSheetName(s.name) && s.rowCount > 0);
  const tables: RecognizedTableSummary[] = [
    ...owned.map((o) => ({ sheet: o.sheet, range: rangeA1(o.range.top, o.range.left, o.range.bottom, o.range.right), kind: o.kind })),
    ...indexSheets.map((s) => ({ sheet: s.name, range: rangeA1(1, 1, s.rowCount, Math.max(1, s.colCount)), kind: 'indexserier' })),
  ];
  const understood = new Set([...owned.map((o) => o.sheet), ...indexSheets.map((s) => s.name)]);
  return {
    targets: styrtal.targets,
    findings: [...unreadable, ...styrtal.findings, ...summary.findings],
    tables,
    indexTable,
    claims: (sheet, range) =>
      owned.some((o) => o.sheet === sheet && range.top <= o.range.bottom && o.range.top <= range.bottom && range.left <= o.range.right && o.range.left <= range.right),
    understands: (sheet) => understood.has(sheet),
  };
}
