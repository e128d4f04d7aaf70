import type { Sheet, Workbook } from '../model/workbook';
import type { IndexSeries, IndexTable } from './series';
import { readIndexTable, type IndexTableReading } from './table/readIndexTable';

/** Sheets named "Index" (also "Index 2025", "index – LPIK"). */
export function isIndexSheetName(name: string): boolean {
  return /^index(\b|$)/i.test(name.trim());
}

export interface WorkbookIndex {
  /** The series of every readable Index sheet, or undefined when there is none. */
  table?: IndexTable;
  /** Index sheets that could not be read, with the reader's Swedish message. */
  problems: Array<{ sheet: string; message: string }>;
}

/** Every Index sheet of the workbook, read with the same reader as an imported index table. */
export function readWorkbookIndexSheets(workbook: Workbook): WorkbookIndex {
  const series: IndexSeries[] = [];
  const problems: WorkbookIndex['problems'] = [];
  for (const sheet of workbook.sheets) {
    if (!isIndexSheetName(sheet.name) || sheet.rowCount === 0) continue;
    const read = readIndexSheetTable(sheet, workbook.name);
    if (read.ok) series.push(...read.series);
    // A sheet called Index without a single year is some other index (a table of contents).
    else if (!read.noTable) problems.push({ sheet: sheet.name, message: read.message });
  }
  return { ...(series.length > 0 ? { table: { series } } : {}), problems };
}

/** The workbook layer of the index table, or undefined when the workbook has no readable Index sheet. */
export function readWorkbookIndex(workbook: Workbook): IndexTable | undefined {
  return readWorkbookIndexSheets(workbook).table;
}

/** One Index sheet's series; a sheet that cannot be read gives none (readWorkbookIndexSheets says why). */
export function readIndexSheet(sheet: Sheet, workbookName = ''): IndexSeries[] {
  const read = readIndexSheetTable(sheet, workbookName);
  return read.ok ? read.series : [];
}

function readIndexSheetTable(sheet: Sheet, workbookName: string): IndexTableReading {
  return readIndexTable(sheet, { layer: 'workbook', place: workbookName ? `bladet ${sheet.name} i ${workbookName}` : `bladet ${sheet.name}` });
}
