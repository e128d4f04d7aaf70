import { sortFindings, type Finding, type Report } from '../findings/finding';
import type { Workbook } from '../model/workbook';
import { formulaRules } from '../rules/formula';
import { checkErrorValues } from '../rules/sheet/errorValues';
import { checkNumberTextInTable, checkNumbersStoredAsText } from '../rules/sheet/numberText';
import { explainBySingleCell } from './singleCellExplanation';
import { locateSharedInput } from './sharedInputLocation';
import { runTableRules, SIGN_RULES } from './tableRules';
import { indexTables } from '../rules/workbook/tablesIndex';
import { checkResultAgreement } from '../rules/workbook/crossrefResult';
import { checkFrameAgreement } from '../rules/workbook/crossrefBudgetram';
import { checkFrameAgainstResult } from '../rules/workbook/budgetramResult';
import { makeFinding } from '../check/mismatch';
import { checkMergedBody } from '../rules/table/mergedBody';
import { checkTypedSumCells } from '../rules/table/typedSumCell';
import { rangeA1 } from '../model/address';
import type { ValidationSettings } from './settings';
import type { SheetRule } from '../rules/types';
import { readWorkbook, type WorkbookReading } from '../reading/readWorkbook';
import type { TableReading } from '../reading/types';
import type { TableContext } from '../rules/table/context';
import { tableStructureSummary } from '../reading/structureSummary';
import { readingExplains } from '../reading/formulaAgreement';

const SHEET_RULES: SheetRule[] = [checkErrorValues, checkNumbersStoredAsText, ...formulaRules];

/**
 * The one entry point every host calls: same workbook + settings -> same report,
 * in Excel, in the browser and on the command line.
 */
export function validateWorkbook(workbook: Workbook, settings: ValidationSettings = {}): Report {
  return validateReading(readWorkbook(workbook, settings), settings);
}

/** The rules over one reading of the workbook: no rule looks for its own columns or rows again. */
export function validateReading(reading: WorkbookReading, settings: ValidationSettings = {}): Report {
  const { workbook, goals, internalControl, implementationPlan } = reading;
  const findings: Finding[] = [];
  for (const sheet of workbook.sheets) {
    // Formula patterns are read against the tables: a SUM or a sign the reading explains is no slip.
    for (const rule of SHEET_RULES) findings.push(...rule(sheet).filter((f) => !readingExplains(reading.tables, f)));
  }
  for (const t of reading.tables) findings.push(...checkTable(t));
  for (const name of reading.unrecognizedSheets) {
    findings.push(
      makeFinding('recognition.unknown-sheet', name, 1, 1,
        `Bladet ${name} innehåller data men ingen tabell som Periodkoll känner igen (rubrikrad, radetiketter och sifferkolumner).`),
    );
  }
  const byKind = indexTables(reading.tables);
  findings.push(...checkResultAgreement(byKind), ...checkFrameAgreement(byKind), ...checkFrameAgainstResult(reading.frames, byKind, settings));
  findings.push(...goals.findings);
  findings.push(...internalControl.findings);
  findings.push(...implementationPlan.findings);
  return {
    tables: [
      ...reading.tables.map((t) => ({
        sheet: t.table.sheet,
        range: rangeA1(t.table.range.top, t.table.range.left, t.table.range.bottom, t.table.range.right),
        kind: t.table.kind,
        ...(t.table.signConvention ? { signConvention: t.table.signConvention } : {}),
        structure: tableStructureSummary(t),
      })),
      ...goals.tables,
      ...internalControl.tables,
      ...implementationPlan.tables,
    ],
    unrecognizedSheets: reading.unrecognizedSheets,
    findings: sortFindings(dedupe(findings), workbook.sheets.map((s) => s.name)),
    ...(goals.targets.length > 0 ? { targets: goals.targets } : {}),
    ...(internalControl.summary ? { internalControl: internalControl.summary } : {}),
    ...(implementationPlan.summary ? { implementationPlan: implementationPlan.summary } : {}),
  };
}

function checkTable(t: TableReading): Finding[] {
  const ctx: TableContext = { sheet: t.sheet, table: t.table, figures: t.figures, structure: t.structure };
  const relationFindings = runTableRules(ctx);
  const signFindings = SIGN_RULES.flatMap((rule) => rule(ctx));
  const figureCells = checkNumberTextInTable(t.sheet, t.table.rows.map((r) => r.row), t.table.columns.map((c) => c.col));
  return [...locateSharedInput(ctx, explainBySingleCell(ctx, signFindings, relationFindings)), ...figureCells, ...checkTypedSumCells(ctx), ...checkMergedBody(ctx)];
}

/** One finding per rule and cell: overlapping tables or rules must not say the same thing twice. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.sheet}\u0000${f.cell}\u0000${f.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
