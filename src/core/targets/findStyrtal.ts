import { cellText, isFigure } from '../recognize/cellKinds';
import { filledGrid, type FilledGrid } from '../recognize/filledGrid';
import { compactLabel, yearsIn } from '../text/normalize';
import type { Cell, CellRange, Sheet } from '../model/workbook';
import { isSectionHeading } from './headings';

/** Where a styrtal table keeps what (1-based columns). */
export interface StyrtalColumns {
  name: number;
  actual: number;
  target: number;
  longTerm?: number;
  comment?: number;
  /** "Basvärde 2023" / "Utgångsvärde": the value a målvärde is index-adjusted from. */
  base?: number;
  /** Year named in the base column's header. */
  baseYear?: number;
  /** Column naming the index series of the row ("KPI", "PKV"). */
  index?: number;
}

export interface StyrtalTable {
  sheet: string;
  headerRows: number[];
  columns: StyrtalColumns;
  /** Rows holding an indicator, in order. */
  rows: number[];
  range: CellRange;
}

const MAX_BLANKS = 2;
/** A row without any figure is an indicator only when its text is short enough to be a name. */
const MAX_QUALITATIVE_NAME = 200;

/**
 * Finds styrtal tables by their headers (DOMAIN §3.6): a text column with the indicator,
 * "Utfall", "Årets målvärde", optionally "Långsiktigt målvärde", "Kommentar", a base-value column
 * and an "Index" column. Headers may be split over two rows; a header repeated on a new page
 * inside the table is skipped.
 */
export function findStyrtalTables(sheet: Sheet): StyrtalTable[] {
  const grid = filledGrid(sheet);
  const tables: StyrtalTable[] = [];
  let next = 1;
  for (const r of grid.usedRows()) {
    if (r < next) continue;
    const header = headerAt(grid, r);
    if (!header) continue;
    const table = readBody(grid, header.rows, header.columns);
    if (table.rows.length > 0) tables.push(table);
    next = Math.max(table.range.bottom, header.rows[header.rows.length - 1]) + 1;
  }
  return tables;
}

function headerAt(grid: FilledGrid, r: number): { rows: number[]; columns: StyrtalColumns } | undefined {
  if (textCells(grid, r) < 2) return undefined;
  const one = columnsFrom(grid, [r]);
  if (one) return { rows: [r], columns: one };
  if (r + 1 > grid.sheet.rowCount || textCells(grid, r + 1) === 0) return undefined;
  const two = columnsFrom(grid, [r, r + 1]);
  return two ? { rows: [r, r + 1], columns: two } : undefined;
}

function textCells(grid: FilledGrid, r: number): number {
  let n = 0;
  for (let c = 1; c <= grid.lastCol(r); c++) if (hasText(grid.at(r, c))) n++;
  return n;
}

/** cellText(cell) !== '', without writing out a number as text: a number or a boolean always has text. */
function hasText(cell: Cell): boolean {
  if (cell.type === 'empty' || cell.value === null) return false;
  return typeof cell.value === 'number' || typeof cell.value === 'boolean' || String(cell.value).trim() !== '';
}

function columnsFrom(grid: FilledGrid, rows: number[]): StyrtalColumns | undefined {
  let last = 0;
  for (const row of rows) last = Math.max(last, grid.lastCol(row));
  // A figure anywhere rules the rows out as a header: look for one before building or
  // normalising any text (a body row is told at its first figure, and there are many).
  for (let c = 1; c <= last; c++) {
    for (const row of rows) {
      const t = cellText(grid.at(row, c));
      if (t !== '' && /^[\d\s,.%-]+$/.test(t) && !/^(19|20)\d\d$/.test(t)) return undefined;
    }
  }
  const texts = new Map<number, string>();
  for (let c = 1; c <= last; c++) {
    const parts = rows.map((row) => cellText(grid.at(row, c))).filter((t) => t !== '');
    const joined = [...new Set(parts)].join(' ');
    if (joined) texts.set(c, compactLabel(joined));
  }
  const find = (test: (t: string) => boolean) => [...texts.entries()].find(([, t]) => test(t))?.[0];
  const actual = find((t) => t.startsWith('utfall') && !t.includes('målvärde'));
  const target =
    find((t) => t.includes('målvärde') && /årets|året|\d{4}/.test(t) && !t.includes('långsiktig')) ??
    find((t) => (t.includes('målvärde') || t === 'mål') && !t.includes('långsiktig'));
  if (actual === undefined || target === undefined) return undefined;
  const longTerm = find((t) => t.includes('långsiktig'));
  const comment = find((t) => t.startsWith('kommentar'));
  const base = find((t) => /basvärde|utgångsvärde|basår|basnivå|indexbas/.test(t));
  const index = find((t) => /^(index|indexserie|serie|prisindex|indexering)$/.test(t));
  const named = find((t) => /^(styrtal|indikator|mått|nyckeltal|styrtalindikator)/.test(t));
  const name = named ?? leftmostText(texts, Math.min(actual, target)) ?? Math.max(1, Math.min(actual, target) - 1);
  const baseHeader = base !== undefined ? rows.map((row) => cellText(grid.at(row, base))).join(' ') : '';
  const baseYear = yearsIn(baseHeader)[0];
  return {
    name,
    actual,
    target,
    ...(longTerm !== undefined ? { longTerm } : {}),
    ...(comment !== undefined ? { comment } : {}),
    ...(base !== undefined ? { base } : {}),
    ...(baseYear !== undefined ? { baseYear } : {}),
    ...(index !== undefined ? { index } : {}),
  };
}

function leftmostText(texts: Map<number, string>, before: number): number | undefined {
  const cols = [...texts.keys()].filter((c) => c < before).sort((a, b) => a - b);
  return cols[0];
}

function readBody(grid: FilledGrid, headerRows: number[], columns: StyrtalColumns): StyrtalTable {
  const sheet = grid.sheet;
  const cols = Object.entries(columns).filter(([k]) => k !== 'baseYear').map(([, v]) => v as number);
  const rows: number[] = [];
  let blanks = 0;
  let r = headerRows[headerRows.length - 1] + 1;
  for (; r <= sheet.rowCount; r++) {
    if (headerAt(grid, r)) {
      // The same header again (a new page in a pasted report) continues the table.
      if (isRepeatedHeader(grid, r, columns)) {
        r += headerAt(grid, r)!.rows.length - 1;
        continue;
      }
      break;
    }
    if (startsOtherTable(grid, r, cols)) break;
    const texts = cols.map((c) => cellText(grid.at(r, c)));
    if (texts.every((t) => t === '')) {
      if (++blanks > MAX_BLANKS) break;
      continue;
    }
    blanks = 0;
    const name = cellText(grid.at(r, columns.name));
    if (name === '') continue;
    if (isSectionHeading(name)) break;
    if (/^kommentar\b/i.test(name)) continue;
    const hasValues = [columns.actual, columns.target, columns.longTerm, columns.base]
      .filter((c): c is number => c !== undefined)
      .some((c) => cellText(grid.at(r, c)) !== '');
    if (!hasValues && name.length > MAX_QUALITATIVE_NAME) continue;
    rows.push(r);
  }
  const last = rows.length > 0 ? rows[rows.length - 1] : headerRows[headerRows.length - 1];
  return {
    sheet: sheet.name,
    headerRows,
    columns,
    rows,
    range: { top: headerRows[0], left: Math.min(...cols), bottom: last, right: Math.max(...cols) },
  };
}

/** Words of periodrapport headers ("Belopp i mnkr | Utfall ack | Budget ack …"), never of styrtal. */
const OTHER_HEADER = /budget|prognos|avvikelse|belopp|omsättning|ack$|fgår/;

/**
 * A row that belongs to another table: a figure outside the styrtal columns, or a header row of
 * a periodrapport table. The styrtal table ends there, so that table is still checked as usual.
 */
function startsOtherTable(grid: FilledGrid, r: number, cols: number[]): boolean {
  const texts: string[] = [];
  for (let c = 1; c <= grid.lastCol(r); c++) {
    const cell = grid.at(r, c);
    const text = cellText(cell);
    if (text === '') continue;
    if (!cols.includes(c) && isFigure(cell)) return true;
    texts.push(compactLabel(text));
  }
  return texts.length >= 3 && texts.every((t) => !/\d/.test(t) || /^(19|20)\d\d$/.test(t)) && texts.some((t) => OTHER_HEADER.test(t));
}

function isRepeatedHeader(grid: FilledGrid, r: number, columns: StyrtalColumns): boolean {
  const again = headerAt(grid, r);
  return again !== undefined && again.columns.actual === columns.actual && again.columns.target === columns.target;
}
