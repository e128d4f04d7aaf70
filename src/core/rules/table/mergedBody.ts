import { makeFinding } from '../../check/mismatch';
import type { Finding } from '../../findings/finding';
import { rangeA1 } from '../../model/address';
import type { TableContext } from './context';

/**
 * recognition.merged-body: merged cells among the figures hide values (only the top-left cell
 * holds one), so sums over them may not be what the reader sees.
 */
export function checkMergedBody(ctx: TableContext): Finding[] {
  const { table, sheet } = ctx;
  const bodyRows = table.rows.map((r) => r.row);
  const first = Math.min(...bodyRows);
  const last = Math.max(...bodyRows);
  const cols = table.columns.map((c) => c.col);
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  return sheet.merges
    .filter((m) => m.bottom >= first && m.top <= last && m.right >= left && m.left <= right)
    .map((m) =>
      makeFinding('recognition.merged-body', sheet.name, m.top, m.left,
        `Cellerna ${rangeA1(m.top, m.left, m.bottom, m.right)} är sammanfogade inne i tabellens sifferdel; bara ${rangeA1(m.top, m.left, m.top, m.left)} har ett värde och kontrollerna läser bara den cellen.`),
    );
}
