/**
 * Figure by figure between a table and last month's (DOMAIN §3.11): the year's budget is fixed,
 * the prognos moves, accumulated utfall grows; rows come and go.
 */
import type { Figure } from '../check/figures';
import { makeFinding, tidy } from '../check/mismatch';
import { a1 } from '../model/address';
import { differenceMeaning, differenceWords, rowRole, storedConvention, type Difference } from '../derive/varianceWords';
import { formatSwedishNumber } from '../numbers/swedishNumber';
import type { ScopedTable } from '../reading/readWorkbook';
import { tableUnit } from '../derive/tableUnit';
import type { TableColumn, TableRow } from '../tables/table';
import { columnKeys, rowKeys } from './keys';
import { withoutExplainedSums, type CellChange } from './explainedSums';
import type { CompareFinding } from './types';

export const DEFAULT_THRESHOLD = 0.5;

/** What holds for every table of one comparison. */
export interface CompareContext {
  /** A forecast move of at least this many mnkr is a warning. */
  thresholdMnkr: number;
  /** "sedan juli" or "sedan förra rapporten". */
  since: string;
  /**
   * Last month's report is of an earlier year (December against January): the new year has its own
   * budget and its accumulated utfall starts again, so neither is compared.
   */
  acrossYears: boolean;
}

/** How many of a table's units make one mnkr; a table that states no unit is taken to be in mnkr. */
const PER_MNKR: Record<string, number> = { mnkr: 1, tkr: 1000, kr: 1_000_000 };

interface Cells {
  previous: ScopedTable;
  current: ScopedTable;
  prevRow: TableRow;
  row: TableRow;
  prevCol: TableColumn;
  col: TableColumn;
  before: Figure;
  after: Figure;
  /** The table's amount unit, when it states one. */
  unit?: string;
}

export function compareTables(previous: ScopedTable, current: ScopedTable, context: CompareContext): CompareFinding[] {
  const findings: CompareFinding[] = [];
  const unit = tableUnit(current.sheet, current.table);
  const prevRows = rowKeys(figureRows(previous));
  const rows = rowKeys(figureRows(current));
  const prevCols = columnKeys(previous.table.columns);
  const cols = columnKeys(current.table.columns);
  const changes: CellChange[] = [];
  for (const [key, row] of rows) {
    const prevRow = prevRows.get(key);
    if (!prevRow) {
      findings.push(makeFinding('compare.row-added', current.table.sheet, row.row, current.table.labelCol,
        `Raden ${row.label} är ny ${context.since}.`));
      continue;
    }
    for (const [colKey, col] of cols) {
      const prevCol = prevCols.get(colKey);
      if (!prevCol) continue;
      const before = previous.figures.get(prevRow.row, prevCol.col);
      const after = current.figures.get(row.row, col.col);
      if (!before || !after || before.blank || after.blank) continue;
      const change = compareCell({ previous, current, prevRow, row, prevCol, col, before, after, ...(unit ? { unit } : {}) }, context);
      if (change) changes.push(change);
    }
  }
  findings.push(...withoutExplainedSums(changes, current.structure.sums).map((c) => c.finding));
  for (const [key, prevRow] of prevRows) {
    if (rows.has(key)) continue;
    const f: CompareFinding = makeFinding('compare.row-removed', current.table.sheet, current.table.range.top, current.table.labelCol,
      `Raden ${prevRow.label} fanns i förra rapporten (${previous.table.sheet}!${a1(prevRow.row, previous.table.labelCol)}) men saknas nu.`);
    f.previousSheet = previous.table.sheet;
    f.previousCell = a1(prevRow.row, previous.table.labelCol);
    findings.push(f);
  }
  return findings;
}

/** Rows that hold figures: section headings and notes change wording without meaning. */
function figureRows(t: ScopedTable): TableRow[] {
  return t.table.rows.filter((r) => r.kind !== 'section');
}

function compareCell(c: Cells, context: CompareContext): CellChange | undefined {
  if (c.col.q.previousYear) return undefined;
  const decimals = Math.max(c.before.decimals, c.after.decimals);
  // Figures as the report shows them: a ledger öre that moves under the rounding is no change.
  const before = round(c.before.value, decimals);
  const after = round(c.after.value, decimals);
  if (before === after) return undefined;
  const change = tidy(after - before);
  const finding = cellFinding(c, context, { before, after, change, decimals });
  return finding && { row: c.row.row, col: c.col.col, change, decimals, finding };
}

interface Shown {
  before: number;
  after: number;
  change: number;
  decimals: number;
}

function cellFinding(c: Cells, context: CompareContext, { before, after, change, decimals }: Shown): CompareFinding | undefined {
  const { col, row } = c;
  const n = (v: number) => formatSwedishNumber(v, decimals);
  const where = `${c.previous.table.sheet}!${a1(c.prevRow.row, c.prevCol.col)}`;
  const { since } = context;
  if (col.role === 'budget' && !col.q.accumulated && !context.acrossYears) {
    return withPrevious(c, before, after, makeFinding('compare.budget-changed', c.current.table.sheet, row.row, col.col,
      `Budgeten för ${row.label} (${col.header}) har ändrats från ${n(before)} till ${n(after)} ${since} (${where}). Årets budget ligger fast; en ändring kräver ett beslut om ombudgetering.`));
  }
  if (col.role === 'forecast') {
    const role = rowRole(row, c.current.table);
    const moved: Difference = { stored: change, convention: storedConvention(c.current.table.signConvention, role, after) };
    const better = differenceMeaning(moved, role, decimals).verdict === 'better';
    // "högre kostnader", "lägre nettokostnad": said only where the label tells what more of the row means.
    const words = role === 'neutral' ? '' : `${differenceWords(moved, role, decimals)}, `;
    const f = makeFinding('compare.forecast-moved', c.current.table.sheet, row.row, col.col,
      `Prognosen för ${row.label} har ${better ? 'förbättrats' : 'försämrats'} med ${formatSwedishNumber(Math.abs(change), decimals, c.unit)} ${since} (${words}${n(before)} → ${n(after)}, ${where}).`);
    // Small moves are the month's ordinary news; a large one is what a förvaltningschef asks about.
    const threshold = context.thresholdMnkr * (PER_MNKR[c.unit ?? 'mnkr'] ?? 1);
    f.severity = Math.abs(change) >= threshold - 1e-9 ? 'warning' : 'info';
    return withPrevious(c, before, after, f);
  }
  if (col.role === 'actual' && col.q.accumulated && !context.acrossYears && Math.abs(after) < Math.abs(before)) {
    return withPrevious(c, before, after, makeFinding('compare.accumulated-decreased', c.current.table.sheet, row.row, col.col,
      `Ackumulerat utfall för ${row.label} har minskat från ${n(before)} till ${n(after)} ${since} (${where}). Ett ackumulerat belopp växer normalt; en minskning tyder på en rättelse eller ett återförande som bör förklaras.`));
  }
  return undefined;
}

function withPrevious(c: Cells, before: number, after: number, f: CompareFinding): CompareFinding {
  f.previousSheet = c.previous.table.sheet;
  f.previousCell = a1(c.prevRow.row, c.prevCol.col);
  f.previous = before;
  f.found = after;
  return f;
}

function round(v: number, decimals: number): number {
  const p = 10 ** Math.min(decimals, 9);
  return Math.round(v * p) / p;
}
