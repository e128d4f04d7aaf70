import { differenceClause, fmt, magnitudeMismatch, makeFinding } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import { around, point } from '../../numbers/interval';
import type { ValidationSettings } from '../../engine/settings';
import type { StatedFrame } from '../../reading/statedFrames';
import { resultRow, tableInScope, type TablesByKind } from './tablesIndex';

/**
 * budgetram.result: "Resultat budget ska överensstämma med nämndens budgetram från
 * regionfullmäktige" (DOMAIN §3.3). Each resultatbudget is held to the ram stated in its own
 * scope (its sheet, its nämnd's name); the settings' ram applies where the workbook states none.
 */
export function checkFrameAgainstResult(frames: StatedFrame[], tables: TablesByKind, settings: ValidationSettings): Finding[] {
  const budgets = tables('resultatbudget');
  const owner = new Map(frames.map((f) => [f, tableInScope(f, budgets)]));
  const out: Finding[] = [];
  for (const budget of budgets) {
    const stated = frames.find((f) => owner.get(f) === budget);
    const frame = stated
      ? { interval: around(Math.abs(stated.value), stated.decimals), value: Math.abs(stated.value), year: stated.year, source: stated.source, decimals: stated.decimals }
      : frames.length === 0 && settings.budgetram !== undefined
        ? { interval: point(Math.abs(settings.budgetram)), value: Math.abs(settings.budgetram), year: undefined, source: 'inställningarna', decimals: 1 }
        : undefined;
    if (!frame) continue;
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
