import { sortFindings, type Finding, type Report } from '../findings/finding';
import type { Sheet, Workbook } from '../model/workbook';
import { recognizeSheet, type RecognizedTable } from '../recognize/recognize';
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
import { checkGoals } from '../targets/checkGoals';
import { checkInternalControl } from '../internalControl/checkInternalControl';
import { withStoredIcSettings } from '../internalControl/storedSettings';

const SHEET_RULES: SheetRule[] = [checkErrorValues, checkNumbersStoredAsText, ...formulaRules];

/**
 * The one entry point every host calls: same workbook + settings -> same report,
 * in Excel, in the browser and on the command line.
 */
export function validateWorkbook(workbook: Workbook, settings: ValidationSettings = {}): Report {
  const findings: Finding[] = [];
  const recognized: RecognizedTable[] = [];
  const unrecognizedSheets: string[] = [];
  // Styrtal, måluppfyllelse and Index tables are read by their own checks, not as periodrapport tables.
  const goals = checkGoals(workbook, { reportYear: settings.reportYear, lag: settings.indexLag });
  // IK-plans are read by their own checks too (DOMAIN §3.8); their risk-assessment figures are no periodrapport table.
  const internalControl = checkInternalControl(workbook, withStoredIcSettings(workbook, settings).internalControl);
  for (const sheet of workbook.sheets) {
    const tables = recognizeSheet(sheet).filter((t) => !goals.claims(sheet.name, t.table.range) && !internalControl.claims(sheet.name, t.table.range));
    recognized.push(...tables);
    for (const rule of SHEET_RULES) findings.push(...rule(sheet));
    for (const t of tables) findings.push(...checkTable(sheet, t));
    if (tables.length === 0 && hasContent(sheet) && !goals.understands(sheet.name) && !internalControl.understands(sheet.name)) {
      unrecognizedSheets.push(sheet.name);
      findings.push(
        makeFinding('recognition.unknown-sheet', sheet.name, 1, 1,
          `Bladet ${sheet.name} innehåller data men ingen tabell som Periodkoll känner igen (rubrikrad, radetiketter och sifferkolumner).`),
      );
    }
  }
  const byKind = indexTables(recognized);
  findings.push(...checkResultAgreement(byKind), ...checkFrameAgreement(byKind), ...checkFrameAgainstResult(workbook, byKind, settings));
  findings.push(...goals.findings);
  findings.push(...internalControl.findings);
  return {
    tables: [
      ...recognized.map(({ table }) => ({
        sheet: table.sheet,
        range: rangeA1(table.range.top, table.range.left, table.range.bottom, table.range.right),
        kind: table.kind,
        ...(table.signConvention ? { signConvention: table.signConvention } : {}),
      })),
      ...goals.tables,
      ...internalControl.tables,
    ],
    unrecognizedSheets,
    findings: sortFindings(dedupe(findings), workbook.sheets.map((s) => s.name)),
    ...(goals.targets.length > 0 ? { targets: goals.targets } : {}),
    ...(internalControl.summary ? { internalControl: internalControl.summary } : {}),
  };
}

function checkTable(sheet: Sheet, t: RecognizedTable): Finding[] {
  const ctx = { sheet, table: t.table, figures: t.figures };
  const relationFindings = runTableRules(ctx);
  const signFindings = SIGN_RULES.flatMap((rule) => rule(ctx));
  const figureCells = checkNumberTextInTable(sheet, t.table.rows.map((r) => r.row), t.table.columns.map((c) => c.col));
  return [...locateSharedInput(ctx, explainBySingleCell(ctx, signFindings, relationFindings)), ...figureCells, ...checkTypedSumCells(ctx), ...checkMergedBody(ctx)];
}

function hasContent(sheet: Sheet): boolean {
  return sheet.rowCount > 0 && sheet.colCount > 0;
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
