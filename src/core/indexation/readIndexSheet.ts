import { cellText } from '../recognize/cellKinds';
import { displayedDecimals, isPercentFormat } from '../numbers/displayPrecision';
import { parseSwedishNumber } from '../numbers/swedishNumber';
import { compactLabel } from '../text/normalize';
import { cellAt, type Cell, type Sheet, type Workbook } from '../model/workbook';
import type { IndexKind, IndexSeries, IndexTable } from './series';

/** Header rows are looked for near the top only; an Index sheet is a small table. */
const HEADER_SEARCH_ROWS = 20;

/** Sheets named "Index" (also "Index 2025", "index – LPIK"). */
export function isIndexSheetName(name: string): boolean {
  return /^index(\b|$)/i.test(name.trim());
}

/** The series of every Index sheet in the workbook, or undefined when there is none. */
export function readWorkbookIndex(workbook: Workbook): IndexTable | undefined {
  const series: IndexSeries[] = [];
  for (const sheet of workbook.sheets) {
    if (isIndexSheetName(sheet.name)) series.push(...readIndexSheet(sheet, workbook.name));
  }
  return series.length > 0 ? { series } : undefined;
}

/**
 * Reads an Index sheet. Wide form: a header row with "År" and one column per series; a header
 * ending in "%" holds yearly changes in percent ("LPIK %", "PKV (%)"), any other a level
 * ("KPI (1980 = 100)"). Long form: columns År, Serie, Värde and optionally Typ (procent/nivå).
 * Empty cells are missing years, never zeros.
 */
export function readIndexSheet(sheet: Sheet, workbookName = ''): IndexSeries[] {
  const header = findHeader(sheet);
  if (!header) return [];
  const source = workbookName ? `bladet ${sheet.name} i ${workbookName}` : `bladet ${sheet.name}`;
  const long = longColumns(sheet, header.row);
  return long ? readLong(sheet, header.row, header.yearCol, long, source) : readWide(sheet, header.row, header.yearCol, source);
}

function findHeader(sheet: Sheet): { row: number; yearCol: number } | undefined {
  for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
    for (let c = 1; c <= sheet.colCount; c++) {
      const compact = compactLabel(cellText(cellAt(sheet, r, c)));
      if (compact === 'år' || compact === 'årtal') return { row: r, yearCol: c };
    }
  }
  return undefined;
}

interface LongColumns {
  series: number;
  value: number;
  kind?: number;
}

function longColumns(sheet: Sheet, row: number): LongColumns | undefined {
  let series: number | undefined;
  let value: number | undefined;
  let kind: number | undefined;
  for (let c = 1; c <= sheet.colCount; c++) {
    const compact = compactLabel(cellText(cellAt(sheet, row, c)));
    if (compact === 'serie' || compact === 'index' || compact === 'indexserie') series = c;
    else if (compact === 'värde') value = c;
    else if (compact === 'typ' || compact === 'slag') kind = c;
  }
  return series !== undefined && value !== undefined ? { series, value, kind } : undefined;
}

function readWide(sheet: Sheet, headerRow: number, yearCol: number, source: string): IndexSeries[] {
  const out: IndexSeries[] = [];
  for (let c = 1; c <= sheet.colCount; c++) {
    if (c === yearCol) continue;
    const head = cellText(cellAt(sheet, headerRow, c));
    if (!head) continue;
    const kind: IndexKind = /%\s*\)?\s*$/.test(head) ? 'percent' : 'level';
    const series = emptySeries(seriesName(head), kind, source, baseOf(head));
    for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
      const year = yearOf(cellAt(sheet, r, yearCol));
      if (year !== undefined) put(series, year, cellAt(sheet, r, c));
    }
    if (Object.keys(series.values).length > 0) out.push(series);
  }
  return out;
}

function readLong(sheet: Sheet, headerRow: number, yearCol: number, cols: LongColumns, source: string): IndexSeries[] {
  const byName = new Map<string, IndexSeries>();
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const year = yearOf(cellAt(sheet, r, yearCol));
    const name = seriesName(cellText(cellAt(sheet, r, cols.series)));
    if (year === undefined || !name) continue;
    const valueCell = cellAt(sheet, r, cols.value);
    const kind = kindOf(cols.kind ? cellText(cellAt(sheet, r, cols.kind)) : '', valueCell);
    const key = `${name.toUpperCase()}\u0000${kind}`;
    let series = byName.get(key);
    if (!series) byName.set(key, (series = emptySeries(name, kind, source)));
    put(series, year, valueCell);
  }
  return [...byName.values()].filter((s) => Object.keys(s.values).length > 0);
}

function kindOf(typeText: string, valueCell: Cell): IndexKind {
  const compact = compactLabel(typeText);
  if (/procent|%|förändring|ändring/.test(compact)) return 'percent';
  if (/nivå|index|level/.test(compact)) return 'level';
  if (isPercentFormat(valueCell.numberFormat)) return 'percent';
  return valueCell.type === 'text' && /%\s*$/.test(cellText(valueCell)) ? 'percent' : 'level';
}

function emptySeries(name: string, kind: IndexKind, source: string, base?: string): IndexSeries & { values: Record<number, number> } {
  return { name, kind, values: {}, source, ...(base ? { base } : {}) };
}

/** "LPIK %" -> "LPIK"; "KPI (1980 = 100)" -> "KPI"; "PKV, förändring (%)" -> "PKV". */
function seriesName(header: string): string {
  return header.split(/[(,]/)[0].replace(/%/g, '').replace(/\s+/g, ' ').trim();
}

function baseOf(header: string): string | undefined {
  const m = /\(([^)]*=[^)]*)\)/.exec(header);
  return m ? m[1].trim() : undefined;
}

function yearOf(cell: Cell): number | undefined {
  const t = cellText(cell);
  return /^(19|20)\d\d$/.test(t) ? Number(t) : undefined;
}

/** Stores a cell's value: percent formats hold 0.035 for 3,5 %; text may say "3,5 %". */
function put(series: IndexSeries & { values: Record<number, number> }, year: number, cell: Cell): void {
  let value: number | undefined;
  let decimals = 0;
  if (cell.type === 'number' && typeof cell.value === 'number' && Number.isFinite(cell.value)) {
    const percentFormat = isPercentFormat(cell.numberFormat);
    value = percentFormat ? cell.value * 100 : cell.value;
    decimals = displayedDecimals(cell.numberFormat, cell.value).decimals - (percentFormat ? 2 : 0);
  } else if (cell.type === 'text') {
    const parsed = parseSwedishNumber(cellText(cell));
    if (parsed && (parsed.unit === undefined || parsed.unit === '%')) {
      value = parsed.value;
      decimals = (/[,.](\d+)/.exec(cellText(cell))?.[1].length ?? 0);
    }
  }
  if (value === undefined) return;
  series.values[year] = roundNoise(value);
  if (series.kind === 'level') series.decimals = Math.max(series.decimals ?? 0, Math.max(0, decimals));
}

/** 0.035 × 100 is 3.5000000000000004 in binary: keep what the cell shows. */
function roundNoise(v: number): number {
  return Math.round(v * 1e9) / 1e9;
}
