import type { ValidationSettings } from '../engine/settings';
import { checkImplementationPlans, type ImplementationPlanResult } from '../implementationPlan/checkImplementationPlan';
import { checkInternalControl, type InternalControlResult } from '../internalControl/checkInternalControl';
import { withStoredIcSettings } from '../internalControl/storedSettings';
import type { CellRange, Workbook } from '../model/workbook';
import { recognizeSheet } from '../recognize/recognize';
import { checkGoals, type GoalsResult } from '../targets/checkGoals';
import { readTable } from './readTable';
import { scopeName, type Scoped } from './scope';
import { findStatedFrames, type StatedFrame } from './statedFrames';
import type { TableReading } from './types';

/** A table as the workbook places it: sheet, rows and the nämnd its title (or sheet) names. */
export interface ScopedTable extends TableReading {
  scope: Scoped;
}

/** The one reading of a workbook that every rule, Beräkna, målvärden and scenarios share. */
export interface WorkbookReading {
  workbook: Workbook;
  /** Periodrapport tables with their structure, in sheet order. */
  tables: ScopedTable[];
  /** Sheets with content where nothing was understood. */
  unrecognizedSheets: string[];
  /** Styrtal, måluppfyllelse summaries and Index sheets, read and checked. */
  goals: GoalsResult;
  /** IK-plans, read and checked. */
  internalControl: InternalControlResult;
  /** Genomförandeplaner, read and checked. */
  implementationPlan: ImplementationPlanResult;
  /** Every budgetram the workbook states, each with its place (scope.ts decides whose it is). */
  frames: StatedFrame[];
}

/**
 * Reads the workbook once (ARCHITECTURE "Data flow" step 2): the structures the engine knows, with
 * their parts named. Styrtal, assessments, IK-plans, genomförandeplaner and Index sheets are read first so that their
 * tables are not mistaken for periodrapport tables.
 */
export function readWorkbook(workbook: Workbook, settings: ValidationSettings = {}): WorkbookReading {
  const goals = checkGoals(workbook, { reportYear: settings.reportYear, lag: settings.indexLag, userIndex: settings.userIndex });
  const internalControl = checkInternalControl(workbook, withStoredIcSettings(workbook, settings).internalControl);
  const implementationPlan = checkImplementationPlans(workbook);
  const claimed = (sheet: string, range: CellRange) =>
    goals.claims(sheet, range) || internalControl.claims(sheet, range) || implementationPlan.claims(sheet, range);
  const tables: ScopedTable[] = [];
  const unrecognizedSheets: string[] = [];
  for (const sheet of workbook.sheets) {
    const found = recognizeSheet(sheet).filter((t) => !claimed(sheet.name, t.table.range));
    for (const t of found) {
      const reading = readTable(sheet, t);
      const { top, bottom } = t.table.range;
      const name = scopeName(t.table.title) ?? scopeName(sheet.name);
      tables.push({ ...reading, scope: { sheet: sheet.name, row: top, bottom, ...(name ? { name } : {}) } });
    }
    if (found.length === 0 && sheet.rowCount > 0 && sheet.colCount > 0 && !goals.understands(sheet.name) && !internalControl.understands(sheet.name) && !implementationPlan.understands(sheet.name)) {
      unrecognizedSheets.push(sheet.name);
    }
  }
  return { workbook, tables, unrecognizedSheets, goals, internalControl, implementationPlan, frames: findStatedFrames(workbook) };
}
