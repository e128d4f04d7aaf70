import { differenceClause, fmt, magnitudeMismatch, makeFinding } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import type { TableColumn } from '../../tables/table';
import { resultRow, tableInScope, type TablesByKind } from './tablesIndex';

/**
 * crossref.budgetram: Summa varav budgetram in the driftbudget = −Resultat of the resultatbudget
 * for the same year and kind of column (Budget 2024 with Budget 2024, Prognos 2023 with Prognos 2023).
 */
export function checkFrameAgreement(tables: TablesByKind): Finding[] {
  const out: Finding[] = [];
  for (const drift of tables('driftbudget')) {
    // Each driftbudget against the resultatbudget of its own nämnd.
    const budget = tableInScope(drift.scope, tables('resultatbudget'));
    const budgetResult = budget && resultRow(budget.table.rows);
    if (!budget || !budgetResult) continue;
    const total = drift.table.rows.filter((r) => r.kind === 'total').pop();
    if (!total) continue;
    for (const frame of drift.table.columns.filter((c) => c.role === 'frame')) {
      const match = matchingColumn(budget.table.columns, frame);
      if (!match) continue;
      const f = drift.figures.shown(total.row, frame.col);
      const res = budget.figures.shown(budgetResult.row, match.col);
      if (!f || f.blank || !res || res.blank) continue;
      // The frame is written positive, the result negative; some write both with one sign.
      const m = magnitudeMismatch(f, res.interval, res.value);
      if (!m) continue;
      const d = Math.max(f.decimals, res.decimals);
      out.push(
        makeFinding('crossref.budgetram', drift.table.sheet, total.row, frame.col,
          `${total.label}, ${frame.header} (${a1(total.row, frame.col)}) är ${fmt(f.value, d)} men resultatbudgetens ${budgetResult.label} ${match.header} (${budget.table.sheet}!${a1(budgetResult.row, match.col)}) är ${fmt(res.value, d)}; summa varav budgetram ska motsvara resultatet med omvänt tecken, ${differenceClause(m, d)}.`,
          m),
      );
    }
  }
  return out;
}

function matchingColumn(columns: TableColumn[], frame: TableColumn): TableColumn | undefined {
  const wantsForecast = frame.q.forecast;
  const sameKind = columns.filter((c) => (c.role === 'forecast') === wantsForecast && (c.role === 'budget' || c.role === 'forecast'));
  if (frame.q.year !== undefined) return sameKind.find((c) => c.q.year === frame.q.year);
  return sameKind[0];
}
