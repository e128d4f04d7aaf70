import type { Finding } from '../findings/finding';
import type { Workbook } from '../model/workbook';
import type { IndexTable } from '../indexation';
import { filledGrid } from '../recognize/filledGrid';
import { evaluateRow } from './evaluateRow';
import { findStyrtalTables, type StyrtalTable } from './findStyrtal';
import { indexLag, reportYear } from './sheetContext';
import type { TargetRow } from './types';

export interface StyrtalOptions {
  /** Index lag in years; else a cell labelled "Eftersläpning"; else 0. */
  lag?: number;
  /** Report year; else a cell labelled "Rapportår"; else the latest year named near the table. */
  reportYear?: number;
}

export interface StyrtalResult {
  tables: StyrtalTable[];
  targets: TargetRow[];
  findings: Finding[];
}

/** Every styrtal table of the workbook, each row evaluated (DOMAIN §3.6, §3.7). */
export function checkStyrtal(workbook: Workbook, indexTable: IndexTable, options: StyrtalOptions = {}): StyrtalResult {
  const out: StyrtalResult = { tables: [], targets: [], findings: [] };
  for (const sheet of workbook.sheets) {
    const grid = filledGrid(sheet);
    for (const table of findStyrtalTables(sheet)) {
      out.tables.push(table);
      const ctx = {
        table: indexTable,
        reportYear: options.reportYear ?? reportYear(workbook, sheet, table),
        lag: options.lag ?? indexLag(workbook, sheet) ?? 0,
      };
      for (const row of table.rows) {
        const { target, findings } = evaluateRow(sheet, table, row, ctx, grid);
        out.targets.push(target);
        out.findings.push(...findings);
      }
    }
  }
  return out;
}
