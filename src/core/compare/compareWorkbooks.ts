/**
 * "Jämför med förra månaden": last month (a workbook, or the figures Periodkoll kept at its last
 * validation) against this month, each read once, compared table by table.
 */
import { validateReading } from '../engine/validate';
import type { ValidationSettings } from '../engine/settings';
import type { Workbook } from '../model/workbook';
import { readWorkbook, type WorkbookReading } from '../reading/readWorkbook';
import { sortFindings } from '../findings/finding';
import { compareTables, DEFAULT_THRESHOLD } from './compareFigures';
import { findingChanges } from './findingChanges';
import { matchTables } from './matchTables';
import { reportPeriod, sincePhrase } from './reportPeriod';
import { snapshotWorkbook, type FigureSnapshot } from './snapshot';
import { previousSnapshot } from './snapshotStore';
import type { ChangedFinding, CompareFinding, CompareSettings, Comparison } from './types';

/** One month as the comparison needs it: its reading and its validation findings. */
interface Month {
  reading: WorkbookReading;
  findings: readonly ChangedFinding[];
}

export function compareWorkbooks(previous: Workbook, current: Workbook, settings: CompareSettings = {}, validation: ValidationSettings = {}): Comparison {
  return compareMonths(validatedMonth(previous, validation), validatedMonth(current, validation), settings);
}

/**
 * Against last month's snapshot kept in the workbook (the newest of another period than this
 * month's); its findings are the ones that validation gave. Undefined when there is none.
 */
export function compareWithSnapshot(
  stored: readonly FigureSnapshot[],
  current: Workbook,
  settings: CompareSettings = {},
  validation: ValidationSettings = {},
): { snapshot: FigureSnapshot; comparison: Comparison } | undefined {
  const after = validatedMonth(current, validation);
  const snapshot = previousSnapshot(stored, reportPeriod(after.reading.tables.map((t) => t.table.title))?.text);
  if (!snapshot) return undefined;
  const before = { reading: readWorkbook(snapshotWorkbook(snapshot), validation), findings: snapshot.findings };
  return { snapshot, comparison: compareMonths(before, after, settings) };
}

function validatedMonth(workbook: Workbook, validation: ValidationSettings): Month {
  const reading = readWorkbook(workbook, validation);
  return { reading, findings: validateReading(reading, validation).findings };
}

function compareMonths(before: Month, after: Month, settings: CompareSettings): Comparison {
  const { pairs, unmatchedPrevious } = matchTables(before.reading.tables, after.reading.tables);
  const previousPeriod = reportPeriod(before.reading.tables.map((t) => t.table.title));
  const currentPeriod = reportPeriod(after.reading.tables.map((t) => t.table.title));
  const acrossYears = !!previousPeriod && !!currentPeriod && currentPeriod.year > previousPeriod.year;
  const context = {
    thresholdMnkr: settings.threshold ?? DEFAULT_THRESHOLD,
    since: acrossYears ? `${sincePhrase(previousPeriod)} ${previousPeriod!.year}` : sincePhrase(previousPeriod),
    acrossYears,
  };
  const findings: CompareFinding[] = [];
  for (const p of pairs) {
    if (p.previous) findings.push(...compareTables(p.previous, p.current, context));
  }
  const changes = findingChanges(before.findings, after.findings, pairs, before.reading.tables, after.reading.tables);
  return {
    ...(previousPeriod ? { previousPeriod: previousPeriod.text } : {}),
    ...(currentPeriod ? { currentPeriod: currentPeriod.text } : {}),
    acrossYears,
    since: context.since,
    tables: pairs.map((p) => ({ sheet: p.current.table.sheet, kind: p.current.table.kind, ...(p.previous ? { matchedWith: p.previous.table.sheet } : {}) })),
    removedTables: unmatchedPrevious.map((t) => ({ sheet: t.table.sheet, kind: t.table.kind })),
    findings: sortFindings(findings, after.reading.workbook.sheets.map((s) => s.name)) as CompareFinding[],
    ...changes,
  };
}
