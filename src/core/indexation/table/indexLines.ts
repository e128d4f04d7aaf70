/**
 * An index table as lines of values: one per column when years run down the table, one per row
 * when they run across. Finding the lines is all that depends on the table's shape; reading the
 * values (toSeries.ts) is the same for both.
 */
import { cellAt, type Cell, type Sheet } from '../../model/workbook';
import { cellText } from '../../recognize/cellKinds';
import type { IndexStatus } from '../series';
import { isAnnualAverageHeader, isMonthHeader, isRemarkHeader } from './seriesLabel';
import { statusInLabel, statusWord, yearMarkOf, type YearMark } from './yearCell';

export interface IndexPoint extends YearMark {
  cell: Cell;
  row: number;
  col: number;
}

export interface IndexLine {
  /** The column header or row label as written ("LPIK %", "Utfall", "KPI, årsmedel"). */
  label: string;
  /** "Utfall" and "Prognos" columns (or rows) hold one series split by status. */
  status?: IndexStatus;
  points: IndexPoint[];
  /** A long-form row names its series itself. */
  series?: string;
  /** A long-form "Typ" cell ("procent", "nivå"). */
  kindText?: string;
}

export interface IndexLayout {
  lines: IndexLine[];
  /** Text above the table: the title, often with series and publication date. */
  titleLines: string[];
}

const SEARCH_ROWS = 60;
const SEARCH_COLS = 40;

export function findIndexLayout(sheet: Sheet): IndexLayout | undefined {
  const down = bestYearColumn(sheet);
  const across = bestYearRow(sheet);
  if (!down && !across) return undefined;
  if (across && (!down || across.count > down.count)) return yearsAcross(sheet, across.index);
  return yearsDown(sheet, down!.index);
}

function text(sheet: Sheet, r: number, c: number): string {
  return cellText(cellAt(sheet, r, c)).replace(/\s+/g, ' ').trim();
}

const isYearHeader = (t: string) => /^(år|årtal)$/i.test(t);

/** The column with the most years; one year is enough under a header "År". */
function bestYearColumn(sheet: Sheet): { index: number; count: number } | undefined {
  return bestYearLine(Math.min(sheet.colCount, SEARCH_COLS), sheet.rowCount, (col, row) => cellAt(sheet, row, col), (col, row) => text(sheet, row - 1, col));
}

/** The row with the most years; one year is enough after a label "År". */
function bestYearRow(sheet: Sheet): { index: number; count: number } | undefined {
  return bestYearLine(Math.min(sheet.rowCount, SEARCH_ROWS), sheet.colCount, (row, col) => cellAt(sheet, row, col), (row, col) => text(sheet, row, col - 1));
}

/** Lines 1..lines, each of `length` cells: the one with the most year cells. */
function bestYearLine(
  lines: number,
  length: number,
  at: (line: number, i: number) => Cell,
  labelBefore: (line: number, i: number) => string,
): { index: number; count: number } | undefined {
  let best: { index: number; count: number } | undefined;
  for (let line = 1; line <= lines; line++) {
    let count = 0;
    let first = 0;
    for (let i = 1; i <= length; i++) {
      if (!yearMarkOf(at(line, i))) continue;
      first ||= i;
      count++;
    }
    const enough = count >= 2 || (count === 1 && isYearHeader(labelBefore(line, first)));
    if (enough && (!best || count > best.count)) best = { index: line, count };
  }
  return best;
}

function nonEmptyCount(sheet: Sheet, r: number): number {
  let n = 0;
  for (let c = 1; c <= sheet.colCount; c++) if (text(sheet, r, c)) n++;
  return n;
}

/** Rows directly above `row` with at least two filled cells are header rows; text above them is the title. */
function headerBand(sheet: Sheet, row: number): { headerRows: number[]; titleLines: string[] } {
  const headerRows: number[] = [];
  let r = row - 1;
  while (r >= 1 && nonEmptyCount(sheet, r) >= 2) headerRows.unshift(r--);
  const titleLines: string[] = [];
  for (; r >= 1; r--) {
    const line = rowText(sheet, r);
    if (line) titleLines.unshift(line);
  }
  return { headerRows, titleLines };
}

function rowText(sheet: Sheet, r: number): string {
  const parts: string[] = [];
  for (let c = 1; c <= sheet.colCount; c++) {
    const t = text(sheet, r, c);
    if (t) parts.push(t);
  }
  return parts.join(' ');
}

function yearsDown(sheet: Sheet, yearCol: number): IndexLayout {
  const yearRows: Array<{ row: number; mark: YearMark }> = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const mark = yearMarkOf(cellAt(sheet, r, yearCol));
    if (mark) yearRows.push({ row: r, mark });
  }
  const { headerRows, titleLines } = headerBand(sheet, yearRows[0].row);
  const header = (c: number) => headerRows.map((r) => text(sheet, r, c)).filter(Boolean).join(' ');
  const long = longFormColumns(sheet, headerRows, header);
  if (long) return { titleLines, lines: longFormLines(sheet, yearRows, long) };

  const statusCol = findStatusColumn(sheet, yearCol, yearRows.map((y) => y.row));
  const columns: number[] = [];
  for (let c = 1; c <= sheet.colCount; c++) {
    if (c === yearCol || c === statusCol || isRemarkHeader(header(c))) continue;
    if (yearRows.some(({ row }) => text(sheet, row, c) !== '')) columns.push(c);
  }
  // SCB's KPI table: twelve months and the annual average; the average is the year's value.
  const average = columns.filter((c) => isAnnualAverageHeader(header(c)));
  const valueColumns = average.length > 0 ? columns.filter((c) => !isMonthHeader(header(c))) : columns;
  const lines = valueColumns.map((c): IndexLine => {
    const label = header(c);
    const status = statusInLabel(label);
    const points = yearRows.map(({ row, mark }) => {
      const rowStatus = statusCol ? statusWord(text(sheet, row, statusCol)) : undefined;
      return { ...mark, status: mark.status ?? rowStatus, cell: cellAt(sheet, row, c), row, col: c };
    });
    return { label, ...(status ? { status } : {}), points };
  });
  return { lines, titleLines };
}

function yearsAcross(sheet: Sheet, yearRow: number): IndexLayout {
  const yearCols: Array<{ col: number; mark: YearMark }> = [];
  for (let c = 1; c <= sheet.colCount; c++) {
    const mark = yearMarkOf(cellAt(sheet, yearRow, c));
    if (mark) yearCols.push({ col: c, mark });
  }
  const firstYearCol = yearCols[0].col;
  const label = (r: number) => {
    const parts: string[] = [];
    for (let c = 1; c < firstYearCol; c++) if (text(sheet, r, c)) parts.push(text(sheet, r, c));
    return parts.join(' ');
  };
  // A row of "Utfall"/"Prognos" marks right below (or above) the years.
  const statusRow = [yearRow + 1, yearRow - 1].find((r) => r >= 1 && yearCols.some(({ col }) => statusWord(text(sheet, r, col))) && yearCols.every(({ col }) => !text(sheet, r, col) || statusWord(text(sheet, r, col))));
  const titleLines: string[] = [];
  for (let r = 1; r < Math.min(yearRow, statusRow ?? yearRow); r++) if (rowText(sheet, r)) titleLines.push(rowText(sheet, r));
  if (label(yearRow)) titleLines.push(label(yearRow));
  const lines: IndexLine[] = [];
  for (let r = yearRow + 1; r <= sheet.rowCount; r++) {
    if (r === statusRow) continue;
    if (!yearCols.some(({ col }) => text(sheet, r, col) !== '')) continue;
    const own = label(r);
    if (isRemarkHeader(own)) continue;
    const status = statusInLabel(own);
    const points = yearCols.map(({ col, mark }) => ({
      ...mark,
      status: mark.status ?? (statusRow ? statusWord(text(sheet, statusRow, col)) : undefined),
      cell: cellAt(sheet, r, col),
      row: r,
      col,
    }));
    lines.push({ label: own, ...(status ? { status } : {}), points });
  }
  return { lines, titleLines };
}

function findStatusColumn(sheet: Sheet, yearCol: number, rows: number[]): number | undefined {
  for (let c = 1; c <= sheet.colCount; c++) {
    if (c === yearCol) continue;
    const texts = rows.map((r) => text(sheet, r, c)).filter(Boolean);
    if (texts.length > 0 && texts.every((t) => statusWord(t))) return c;
  }
  return undefined;
}

interface LongColumns {
  series: number;
  value: number;
  kind?: number;
  status?: number;
}

/** Long form: År, Serie, Värde and optionally Typ and Status, one row per series and year. */
function longFormColumns(sheet: Sheet, headerRows: number[], header: (c: number) => string): LongColumns | undefined {
  if (headerRows.length === 0) return undefined;
  const cols: Partial<LongColumns> = {};
  for (let c = 1; c <= sheet.colCount; c++) {
    const h = header(c).toLowerCase();
    if (/^(serie|indexserie|index)$/.test(h)) cols.series = c;
    else if (/^(värde|förändring|nivå)( \(?%\)?)?$/.test(h)) cols.value = c;
    else if (/^(typ|slag)$/.test(h)) cols.kind = c;
    else if (/^(status|utfall\/prognos)$/.test(h)) cols.status = c;
  }
  return cols.series !== undefined && cols.value !== undefined ? (cols as LongColumns) : undefined;
}

function longFormLines(sheet: Sheet, yearRows: Array<{ row: number; mark: YearMark }>, cols: LongColumns): IndexLine[] {
  const lines = new Map<string, IndexLine>();
  for (const { row, mark } of yearRows) {
    const series = text(sheet, row, cols.series);
    if (!series) continue;
    const kindText = cols.kind ? text(sheet, row, cols.kind) : '';
    const key = `${series.toUpperCase()}\u0000${kindText.toLowerCase()}`;
    let line = lines.get(key);
    if (!line) lines.set(key, (line = { label: series, series, kindText, points: [] }));
    const status = mark.status ?? (cols.status ? statusWord(text(sheet, row, cols.status)) : undefined);
    line.points.push({ ...mark, status, cell: cellAt(sheet, row, cols.value), row, col: cols.value });
  }
  return [...lines.values()];
}
