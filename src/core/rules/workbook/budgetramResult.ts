import { differenceClause, fmt, magnitudeMismatch, makeFinding } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import { around, point } from '../../numbers/interval';
import type { Workbook } from '../../model/workbook';
import type { ValidationSettings } from '../../engine/settings';
import { findStatedFrame } from './budgetramValue';
import { resultRow, type TablesByKind } from './tablesIndex';

/**
 * budgetram.result: "Resultat budget ska överensstämma med nämndens budgetram från
 * regionfullmäktige" (DOMAIN §3.3). The ram comes from a labelled cell or from the settings.
 */
export function checkFrameAgainstResult(workbook: Workbook, tables: TablesByKind, settings: ValidationSettings): Finding[] {
  const stated = findStatedFrame(workbook);
  const frame = stated
    ? { interval: around(Math.abs(stated.value), stated.decimals), value: Math.abs(stated.value), year: stated.year, source: stated.source, decimals: stated.decimals }
    : settings.budgetram !== undefined
      ? { interval: point(Math.abs(settings.budgetram)), value: Math.abs(settings.budgetram), year: undefined, source: 'inställningarna', decimals: 1 }
      : undefined;
  if (!frame) return [];
  const out: Finding[] = [];
  for (const budget of tables('resultatbudget')) {
    const row = resultRow(budget.table.rows);
    const budgetCols = budget.table.columns.filter((c) => c.role === 'budget');
    const col = (frame.year !== undefined ? budgetCols.find((c) => c.q.year === frame.year) : undefined) ?? budgetCols[0];
    if (!row || !col) continue;
    const f = budget.figures.shown(row.row, col.col);
    if (!f || f.blank) continue;
    const m = magnitudeMismatch(f, frame.interval, frame.value);
    if (!m) continue;
    const d = Math.max(f.decimals, frame.decimals);
    out.push(
      makeFinding('budgetram.result', budget.table.sheet, row.row, col.col,
        `${row.label}, ${col.header} (${a1(row.row, col.col)}) är ${fmt(f.value, d)} men nämndens budgetram är ${fmt(frame.value, d)} (${frame.source}); resultatbudgeten ska överensstämma med ramen, ${differenceClause(m, d)}.`,
        m),
    );
  }
  return out;
}
