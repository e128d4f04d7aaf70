/**
 * "Skriv statuskolumn": the måluppfyllelse of each styrtal row as a traffic-light column right of
 * its table, written only on request and undoable like every write. Colours are Excel's own
 * Good / Bad / Neutral cell styles, and the word is written too, so the status never depends on
 * colour alone.
 */
import { freeColumns } from '../derive/freeColumns';
import type { RecognizedTableSummary } from '../findings/finding';
import { a1, parseA1 } from '../model/address';
import type { CellWrite } from '../model/cellWrite';
import type { Workbook } from '../model/workbook';
import type { TargetRow, TargetStatus } from './types';

export const STATUS_WORDS: Record<TargetStatus, string> = {
  met: 'Uppnått',
  'not-met': 'Ej uppnått',
  'not-assessable': 'Kan ej bedömas',
};

const STATUS_LOOK: Record<TargetStatus, { fill: string; fontColor: string }> = {
  met: { fill: 'C6EFCE', fontColor: '006100' },
  'not-met': { fill: 'FFC7CE', fontColor: '9C0006' },
  'not-assessable': { fill: 'FFEB9C', fontColor: '9C5700' },
};

export const STATUS_HEADER = 'Måluppfyllelse (Periodkoll)';

/** The writes for every styrtal table of the report; empty when there is none or no free column. */
export function statusColumnWrites(workbook: Workbook, tables: RecognizedTableSummary[], targets: TargetRow[]): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const t of tables.filter((x) => x.kind === 'styrtal')) {
    const sheet = workbook.sheets.find((s) => s.name === t.sheet);
    const [start, end] = t.range.split(':').map(parseA1);
    if (!sheet || !start || !end) continue;
    const range = { top: start.row, left: start.col, bottom: end.row, right: end.col };
    const [col] = freeColumns(sheet, range, 1);
    const rows = targets.filter((r) => r.sheet === t.sheet && r.row >= range.top && r.row <= range.bottom);
    if (col === undefined || rows.length === 0) continue;
    const headerRow = Math.min(...rows.map((r) => r.row)) - 1;
    if (headerRow >= range.top) writes.push({ sheet: t.sheet, cell: a1(headerRow, col), value: STATUS_HEADER, bold: true });
    for (const r of rows) writes.push({ sheet: t.sheet, cell: a1(r.row, col), value: STATUS_WORDS[r.status], ...STATUS_LOOK[r.status] });
  }
  return writes;
}
