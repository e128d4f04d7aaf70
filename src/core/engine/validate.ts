import { sortFindings, type Finding, type Report } from '../findings/finding';
import type { Workbook } from '../model/workbook';
import type { ValidationSettings } from './settings';

/**
 * The one entry point every host calls: same workbook + settings -> same report,
 * in Excel, in the browser and on the command line.
 */
export function validateWorkbook(workbook: Workbook, settings: ValidationSettings = {}): Report {
  void settings;
  const findings: Finding[] = [];
  return {
    tables: [],
    unrecognizedSheets: [],
    findings: sortFindings(findings, workbook.sheets.map((s) => s.name)),
  };
}
