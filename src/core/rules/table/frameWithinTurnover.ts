import { fmt, makeFinding, measure } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { a1 } from '../../model/address';
import type { TableColumn } from '../../tables/table';
import { cellName, type TableContext } from './context';

/** budgetram.exceeds-turnover: Varav budgetram ≤ Omsättning on every row of a driftbudget (DOMAIN §3.3). */
export function checkFrameWithinTurnover(ctx: TableContext): Finding[] {
  const { table, figures } = ctx;
  const out: Finding[] = [];
  for (const frame of table.columns.filter((c) => c.role === 'frame')) {
    const turnover = turnoverFor(table.columns, frame);
    if (!turnover) continue;
    for (const row of table.rows) {
      if (row.kind === 'section') continue;
      const f = figures.get(row.row, frame.col);
      const t = figures.get(row.row, turnover.col);
      if (!f || !t || f.blank) continue;
      // Compare magnitudes: some budgets write the frame negative like a cost.
      const fLo = Math.min(Math.abs(f.interval.lo), Math.abs(f.interval.hi));
      const tHi = Math.max(Math.abs(t.interval.lo), Math.abs(t.interval.hi));
      if (fLo <= tHi + 1e-9) continue;
      const d = Math.max(f.decimals, t.decimals);
      const m = measure(f, t.interval);
      out.push(
        makeFinding('budgetram.exceeds-turnover', table.sheet, row.row, frame.col,
          `${cellName(table, row.row, frame)} (${a1(row.row, frame.col)}) är ${fmt(f.value, d)} men omsättningen (${a1(row.row, turnover.col)}) är bara ${fmt(t.value, d)}; varav budgetram kan inte vara större än omsättningen.`,
          m),
      );
    }
  }
  return out;
}

/** The Omsättning column of the same group or year, else the nearest one to the left. */
function turnoverFor(columns: TableColumn[], frame: TableColumn): TableColumn | undefined {
  const candidates = columns.filter((c) => c.role === 'turnover');
  const same = candidates.find((c) => (frame.q.group && c.q.group === frame.q.group) || (frame.q.year !== undefined && c.q.year === frame.q.year));
  if (same) return same;
  return candidates.filter((c) => c.col < frame.col).sort((a, b) => b.col - a.col)[0];
}
