import { consistent, differenceClause, fmt, makeFinding, measure } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import { currentVarianceColumn, resultRow, tableInScope, type TablesByKind } from './tablesIndex';

/**
 * crossref.result: the driftredovisning's Resultat budgetavvikelse ack equals the
 * resultatrapport's (DOMAIN §3.2: 2,8 in both). Reported at the driftredovisning cell.
 */
export function checkResultAgreement(tables: TablesByKind): Finding[] {
  const out: Finding[] = [];
  for (const drift of tables('driftredovisning')) {
    // Each driftredovisning against the resultatrapport of its own nämnd.
    const report = tableInScope(drift.scope, tables('resultatrapport'));
    if (!report) continue;
    const reportRow = resultRow(report.table.rows);
    const reportCol = currentVarianceColumn(report.table.columns);
    if (!reportRow || !reportCol) continue;
    const reference = report.figures.shown(reportRow.row, reportCol.col);
    if (!reference || reference.blank) continue;
    const row = resultRow(drift.table.rows);
    const col = currentVarianceColumn(drift.table.columns);
    if (!row || !col) continue;
    const f = drift.figures.shown(row.row, col.col);
    if (!f || f.blank || consistent(f, reference.interval)) continue;
    const m = measure(f, reference.interval);
    const d = Math.max(f.decimals, reference.decimals);
    const refWhere = `${report.table.sheet}!${a1(reportRow.row, reportCol.col)}`;
    out.push(
      makeFinding('crossref.result', drift.table.sheet, row.row, col.col,
        `${row.label}, ${col.header} (${a1(row.row, col.col)}) är ${fmt(f.value, d)} men resultatrapportens budgetavvikelse för ${reportRow.label} (${refWhere}) är ${fmt(reference.value, d)}; ${differenceClause(m, d)}.`,
        m),
    );
  }
  return out;
}
