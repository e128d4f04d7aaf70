import type { Sheet } from '../model/workbook';
import { FigureReader } from '../check/figures';
import { compactLabel } from '../text/normalize';
import type { Table } from '../tables/table';
import { cellText } from './cellKinds';
import { readColumnHeaders } from './columnHeaders';
import { isAdditive, markEarlierYears, toTableColumn } from './columnRoles';
import { filledGrid, type FilledGrid } from './filledGrid';
import { columnBands } from './columnBands';
import { buildRows } from './rowRoles';
import { segmentSheet } from './segment';
import { detectSignConvention } from './signConvention';
import { tableKindOf } from './tableKind';

/** A recognised table together with the figure reader its rules use. */
export interface RecognizedTable {
  table: Table;
  figures: FigureReader;
}

/** Finds the periodrapport tables on a sheet by their labels (DOMAIN §3), wherever they stand. */
export function recognizeSheet(sheet: Sheet): RecognizedTable[] {
  const found: RecognizedTable[] = [];
  for (const grid of columnBands(filledGrid(sheet))) found.push(...recognizeBand(sheet, grid));
  return found;
}

function recognizeBand(sheet: Sheet, grid: FilledGrid): RecognizedTable[] {
  const found: RecognizedTable[] = [];
  for (const block of segmentSheet(grid)) {
    const headers = readColumnHeaders(grid, block.headerRows, block.figureCols);
    const columns = headers.map(toTableColumn);
    markEarlierYears(columns);
    const labelled = block.bodyRows.map((row) => ({
      row,
      label: cellText(grid.at(row, block.labelCols.get(row) ?? block.labelCol)) || cellText(grid.at(row, block.labelCol + 1)),
      hasFigures: block.figureCols.some((c) => cellText(grid.at(row, c)) !== ''),
    }));
    const rows = buildRows(labelled);
    const title = block.titleRows.map((r) => rowText(grid, r)).join(' ');
    const headerLabel = block.headerRows.map((r) => cellText(grid.at(r, block.labelCol))).join(' ');
    const kind = tableKindOf(compactLabel(`${title} ${headerLabel}`), columns, rows);
    if (!kind) continue;
    if (block.headerRows.length === 0 && !rows.some((r) => r.kind === 'total' || r.kind === 'subtotal')) continue;
    const figures = new FigureReader(sheet, block.bodyRows, columns.filter(isAdditive).map((c) => c.col));
    const top = block.titleRows[0] ?? block.headerRows[0] ?? block.bodyRows[0];
    const table: Table = {
      sheet: sheet.name,
      kind,
      range: {
        top,
        left: block.labelCol,
        bottom: block.bodyRows[block.bodyRows.length - 1],
        right: Math.max(block.labelCol, ...block.figureCols),
      },
      headerRows: block.headerRows,
      title: title || undefined,
      labelCol: block.labelCol,
      columns,
      rows,
    };
    if (hasIncomeStatementRows(table)) table.signConvention = detectSignConvention(rows, columns, (r, c) => figures.value(r, c));
    found.push({ table, figures });
  }
  return found;
}

/** Sign conventions apply where revenues and costs meet in one statement (DOMAIN §4). */
function hasIncomeStatementRows(table: Table): boolean {
  if (table.kind !== 'resultatrapport' && table.kind !== 'resultatbudget' && table.kind !== 'generic') return false;
  return table.rows.some((r) => r.section === 'revenue') && table.rows.some((r) => r.section === 'cost');
}

function rowText(grid: FilledGrid, row: number): string {
  const parts: string[] = [];
  for (let c = 1; c <= grid.lastCol(row); c++) {
    const t = cellText(grid.at(row, c));
    if (t) parts.push(t);
  }
  return parts.join(' ');
}
