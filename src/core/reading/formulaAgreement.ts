import type { Finding } from '../findings/finding';
import { a1, parseA1 } from '../model/address';
import { cellAt } from '../model/workbook';
import { plainSumArea } from '../rules/formula/sumRange';
import { rowSign } from './orientation';
import type { TableReading } from './types';

/**
 * True when a sheet-level formula finding is contradicted by the reading of the table it sits in:
 * - formula.sum-range: the SUM adds exactly the rows the reading says the sum row adds (a
 *   "Summa kostnader" that rightly leaves the lone "Intäkter" row above it out);
 * - formula.inconsistent: an avvikelse formula that is utfall − budget on one row and
 *   budget − utfall on the next, exactly as the table's sign convention asks (costs positive).
 * The pattern rules see only the formulas; the reading knows what the rows are.
 */
export function readingExplains(tables: readonly TableReading[], finding: Finding): boolean {
  const pos = parseA1(finding.cell);
  if (!pos) return false;
  const t = tables.find((x) => x.table.sheet === finding.sheet && inside(x, pos.row, pos.col));
  if (!t) return false;
  if (finding.rule === 'formula.sum-range') return sumAddsReadRows(t, pos.row, pos.col);
  if (finding.rule === 'formula.inconsistent') return varianceFormulaAsRead(t, pos.row, pos.col);
  return false;
}

function inside(t: TableReading, row: number, col: number): boolean {
  const r = t.table.range;
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

function sumAddsReadRows(t: TableReading, row: number, col: number): boolean {
  const sum = t.structure.sums.find((s) => s.row.row === row);
  const area = plainSumArea(cellAt(t.sheet, row, col).formula ?? '');
  // Only the label's own reading vouches for a range: one the figures chose may just be the SUM's.
  if (!sum || !sum.byLabel || !area || area.left !== col || area.right !== col || sum.parts.length === 0) return false;
  const summed = t.table.rows.filter((r) => r.row >= area.top && r.row <= area.bottom && r.kind !== 'section').map((r) => r.row);
  // A delsumma inside the range that adds rows of the range is counted twice, whatever the labels say.
  if (summed.some((r) => nestedSum(t, r, col, area))) return false;
  const read = sum.parts.map((p) => p.row.row);
  return summed.length === read.length && summed.every((r, i) => r === read[i]);
}

function nestedSum(t: TableReading, row: number, col: number, outer: { top: number; bottom: number }): boolean {
  const inner = plainSumArea(cellAt(t.sheet, row, col).formula ?? '');
  return !!inner && inner.left === col && inner.top >= outer.top && inner.bottom <= outer.bottom;
}

function varianceFormulaAsRead(t: TableReading, row: number, col: number): boolean {
  const d = t.structure.derived.find((x) => x.target.col === col && (x.rule === 'variance.budget' || x.rule === 'variance.forecast'));
  const tableRow = t.table.rows.find((r) => r.row === row);
  if (!d || !tableRow) return false;
  const [a, b] = [a1(row, d.a.col), a1(row, d.b.col)];
  const formula = normalized(cellAt(t.sheet, row, col).formula ?? '');
  // Figures all zero leave the convention open; then a cost row's budget − utfall is no slip either.
  if (t.table.signConvention === undefined && tableRow.section === 'cost' && formula === `=${b}-${a}`) return true;
  return formula === (rowSign(t, tableRow, d) < 0 ? `=${b}-${a}` : `=${a}-${b}`);
}

function normalized(formula: string): string {
  return formula.replace(/[\s$]/g, '').toUpperCase();
}
