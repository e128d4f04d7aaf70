/**
 * The figures Periodkoll keeps in the workbook at each validation, so that next month's report can
 * be compared with this one without the old file: the cells of the recognised tables only (with the
 * few rows above each, where the unit line stands) and the validation's findings. Small and plain
 * JSON; read back as a workbook of those cells, which the engine reads like any other.
 */
import type { Report } from '../findings/finding';
import { parseA1 } from '../model/address';
import { cellAt, type Cell, type Workbook } from '../model/workbook';
import { readWorkbook } from '../reading/readWorkbook';
import { reportPeriod } from './reportPeriod';
import type { ChangedFinding } from './types';

/** Rows above a table that may state its unit ("Belopp i mnkr"), as tableUnit reads them. */
const ROWS_ABOVE = 3;

/** [row, col, value, number format (index into formats), formula, error] — short, as it is kept in the workbook. */
type SnapshotCell = [number, number, number | string | boolean, (number | null)?, (string | null)?, 1?];

export interface SnapshotSheet {
  name: string;
  formats: string[];
  cells: SnapshotCell[];
}

export interface FigureSnapshot {
  version: 1;
  /** The workbook's name when the snapshot was taken. */
  workbook: string;
  /** ISO time of the validation. */
  takenAt: string;
  /** The period the tables' titles name ("januari–juli 2025"), when they name one. */
  period?: string;
  sheets: SnapshotSheet[];
  findings: ChangedFinding[];
}

/** The snapshot of a validated workbook (whole workbook only: a sheet's validation sees too little). */
export function takeSnapshot(workbook: Workbook, report: Report, takenAt: string): FigureSnapshot {
  const sheets: SnapshotSheet[] = [];
  for (const sheet of workbook.sheets) {
    const ranges = report.tables.filter((t) => t.sheet === sheet.name).map((t) => rangeOf(t.range)).filter((r) => r !== undefined);
    if (ranges.length === 0) continue;
    const formats: string[] = [];
    const cells: SnapshotCell[] = [];
    const seen = new Set<number>();
    for (const r of ranges) {
      for (let row = Math.max(1, r.top - ROWS_ABOVE); row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const key = row * 65536 + col;
          if (seen.has(key)) continue;
          seen.add(key);
          const cell = cellAt(sheet, row, col);
          if (cell.value === null || cell.type === 'empty') continue;
          cells.push(snapshotCell(row, col, cell, formats));
        }
      }
    }
    sheets.push({ name: sheet.name, formats, cells });
  }
  const findings = report.findings.map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message }));
  const snapshot: FigureSnapshot = { version: 1, workbook: workbook.name, takenAt, sheets, findings };
  // Read back as next month will read it: the period is what its tables' titles name.
  const period = reportPeriod(readWorkbook(snapshotWorkbook(snapshot)).tables.map((t) => t.table.title));
  return period ? { ...snapshot, period: period.text } : snapshot;
}

/** The snapshot's cells as a workbook, for the engine to read as last month's report. */
export function snapshotWorkbook(snapshot: FigureSnapshot): Workbook {
  return {
    name: snapshot.workbook,
    sheets: snapshot.sheets.map((s) => {
      const rows: Cell[][] = [];
      let colCount = 0;
      for (const [row, col, value, format, formula, error] of s.cells) {
        (rows[row - 1] ??= [])[col - 1] = {
          value,
          type: error ? 'error' : typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'text',
          ...(format != null ? { numberFormat: s.formats[format] } : {}),
          ...(formula ? { formula } : {}),
        };
        colCount = Math.max(colCount, col);
      }
      return { name: s.name, rows, rowCount: rows.length, colCount, merges: [] };
    }),
  };
}

function snapshotCell(row: number, col: number, cell: Cell, formats: string[]): SnapshotCell {
  let format: number | undefined;
  if (cell.numberFormat && cell.numberFormat !== 'General') {
    format = formats.indexOf(cell.numberFormat);
    if (format < 0) format = formats.push(cell.numberFormat) - 1;
  }
  const out: SnapshotCell = [row, col, cell.value as number | string | boolean];
  if (format !== undefined || cell.formula || cell.type === 'error') out.push(format ?? null);
  if (cell.formula || cell.type === 'error') out.push(cell.formula ?? null);
  if (cell.type === 'error') out.push(1);
  return out;
}

function rangeOf(a1Range: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [from, to = from] = a1Range.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  return a && b ? { top: a.row, left: a.col, bottom: b.row, right: b.col } : undefined;
}
