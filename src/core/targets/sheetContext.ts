import { numericValue } from '../check/figures';
import { cellText } from '../recognize/cellKinds';
import { compactLabel, yearsIn } from '../text/normalize';
import { eachCell, type Sheet, type Workbook } from '../model/workbook';
import type { StyrtalTable } from './findStyrtal';

/** The value of a labelled cell: to the right (one or two columns) or just below the label. */
function labelledNumber(sheet: Sheet, isLabel: (compact: string) => boolean): number | undefined {
  for (const { row, col, cell } of eachCell(sheet)) {
    if (cell.type !== 'text' || !isLabel(compactLabel(cellText(cell)))) continue;
    for (const [dr, dc] of [[0, 1], [0, 2], [1, 0]]) {
      const next = sheet.rows[row - 1 + dr]?.[col - 1 + dc];
      const v = next ? numericValue(next) : undefined;
      if (v) return v.value;
    }
  }
  return undefined;
}

const isReportYearLabel = (c: string) => /^(rapportår|rapportåret|uppföljningsår|målår)$/.test(c);
const isLagLabel = (c: string) => /^(index)?eftersläpning(år|iår|antalår)?$/.test(c);

/**
 * The year the målvärden are for: a cell labelled "Rapportår" (on the sheet, else anywhere in
 * the workbook), else the latest year named above or in the table's header, else on the sheet.
 */
export function reportYear(workbook: Workbook, sheet: Sheet, table: StyrtalTable): number | undefined {
  const labelled = labelledNumber(sheet, isReportYearLabel) ?? firstOf(workbook, isReportYearLabel);
  if (labelled !== undefined && Number.isInteger(labelled) && labelled >= 1990 && labelled <= 2099) return labelled;
  const near = yearsInRows(sheet, 1, table.headerRows[table.headerRows.length - 1]);
  if (near.length > 0) return Math.max(...near);
  const all = yearsInRows(sheet, 1, sheet.rowCount);
  return all.length > 0 ? Math.max(...all) : undefined;
}

/** Index lag in years from a cell labelled "Eftersläpning" (SKR's lagged uplift), else undefined. */
export function indexLag(workbook: Workbook, sheet: Sheet): number | undefined {
  const v = labelledNumber(sheet, isLagLabel) ?? firstOf(workbook, isLagLabel);
  return v !== undefined && Number.isInteger(v) && v >= 0 && v <= 10 ? v : undefined;
}

function firstOf(workbook: Workbook, isLabel: (c: string) => boolean): number | undefined {
  for (const s of workbook.sheets) {
    const v = labelledNumber(s, isLabel);
    if (v !== undefined) return v;
  }
  return undefined;
}

function yearsInRows(sheet: Sheet, from: number, to: number): number[] {
  const years: number[] = [];
  for (const { row, cell } of eachCell(sheet)) {
    if (row < from || row > to || cell.type !== 'text') continue;
    years.push(...yearsIn(cellText(cell)));
  }
  return years;
}
