import { cellText } from '../recognize/cellKinds';
import { filledGrid, type FilledGrid } from '../recognize/filledGrid';
import { displayHeader } from '../text/displayHeader';
import { normalizeLabel } from '../text/normalize';
import { isSectionHeading } from '../targets/headings';
import { cellAt, type DateSystem, type Sheet } from '../model/workbook';
import { deadlineIso } from './deadline';
import { followUpsOf, type LabeledColumn } from './followUps';
import { columnRole, mayNameRisk, type ColumnRole } from './headers';
import type { AssessmentCell, FollowUp, IkPlanColumns, IkPlanTable, PlanRisk, PlanRow } from './types';

interface Header {
  rows: number[];
  columns: IkPlanColumns;
  followUps: FollowUp[];
  /** A single Kommentar column that goes with the latest follow-up written (see followUpsOf). */
  sharedComment?: number;
}

/** Blank rows a plan may hold between its groups before it is taken to have ended. */
const MAX_BLANKS = 2;

/**
 * Finds IK-plan tables by their headers (DOMAIN §3.8): Risk, Åtgärd and at least one of
 * Kommentar, Status or the risk assessment (Sannolikhet, Konsekvens, Riskvärde); optionally
 * Verksamhet, Ansvarig and Klart senast. A group header over sub-headers ("Riskbedömning" over
 * S, K, RV; "Status" over T1, T2) is read as one header of two rows. Dates in Klart senast count
 * in `system`, the date system of the sheet's workbook.
 */
export function findIkPlans(sheet: Sheet, system: DateSystem): IkPlanTable[] {
  const grid = filledGrid(sheet);
  const plans: IkPlanTable[] = [];
  let after = 0;
  for (const r of grid.usedRows()) {
    if (r <= after) continue;
    const header = headerAt(grid, r);
    if (!header) continue;
    const plan = readBody(grid, header, system);
    if (plan.risks.length > 0) plans.push(plan);
    after = Math.max(plan.range.bottom, header.rows[header.rows.length - 1]);
  }
  return plans;
}

function headerAt(grid: FilledGrid, r: number): Header | undefined {
  if (!namesRisk(grid, r)) return undefined;
  const single = readHeader(grid, [r]);
  const double = isSubHeaderRow(grid, r) ? readHeader(grid, [r, r + 1]) : undefined;
  return double ?? single;
}

/** Cheap test first: most rows of most sheets (ledgers) hold no header cell "Risk". */
function namesRisk(grid: FilledGrid, r: number): boolean {
  for (let c = 1; c <= grid.lastCol(r); c++) {
    const cell = grid.at(r, c);
    if (cell.type === 'text' && mayNameRisk(String(cell.value)) && columnRole(String(cell.value)) === 'risk') return true;
  }
  return false;
}

function readHeader(grid: FilledGrid, rows: number[]): Header | undefined {
  const found = new Map<ColumnRole, LabeledColumn[]>();
  const last = Math.max(...rows.map((r) => grid.lastCol(r)));
  for (let c = 1; c <= last; c++) {
    const parts = [...new Set(rows.map((r) => cellText(grid.at(r, c))).filter((t) => t !== ''))];
    if (parts.length === 0) continue;
    const own = parts[parts.length - 1];
    const joined = parts.join(' ');
    const role = (parts.length > 1 ? columnRole(own) : undefined) ?? columnRole(joined);
    if (!role) continue;
    found.set(role, [...(found.get(role) ?? []), { col: c, label: displayHeader(joined) }]);
  }
  const first = (role: ColumnRole) => found.get(role)?.[0]?.col;
  const risk = first('risk');
  const action = first('action');
  const { followUps, shared } = followUpsOf(found.get('status') ?? [], found.get('comment') ?? []);
  const assessed = ['sannolikhet', 'konsekvens', 'riskValue'].some((k) => found.has(k as ColumnRole));
  if (risk === undefined || action === undefined || (followUps.length === 0 && !assessed)) return undefined;
  const columns: IkPlanColumns = { risk, action };
  for (const role of ['verksamhet', 'sannolikhet', 'konsekvens', 'riskValue', 'responsible', 'deadline'] as const) {
    const col = first(role);
    if (col !== undefined) columns[role] = col;
  }
  return { rows, columns, followUps, ...(shared !== undefined ? { sharedComment: shared } : {}) };
}

/**
 * Row r + 1 holds sub-headers of row r when each of its cells stands under a group header (a
 * cell merged across columns) or under nothing: a body row has cells under the plain headers.
 */
function isSubHeaderRow(grid: FilledGrid, r: number): boolean {
  const sheet = grid.sheet;
  if (r + 1 > sheet.rowCount) return false;
  let subs = 0;
  for (let c = 1; c <= grid.lastCol(r + 1); c++) {
    if (cellText(cellAt(sheet, r + 1, c)) === '') continue;
    const above = cellAt(sheet, r, c);
    const group = grid.isCovered(r, c) || sheet.merges.some((m) => m.top === r && m.left === c && m.right > m.left);
    if (cellText(above) !== '' && !group) return false;
    subs++;
  }
  return subs > 0;
}

function roleColumns(h: Header): number[] {
  const cols = Object.values(h.columns) as number[];
  for (const f of h.followUps) cols.push(...[f.status, f.comment].filter((c): c is number => c !== undefined));
  if (h.sharedComment !== undefined) cols.push(h.sharedComment);
  return cols;
}

function readBody(grid: FilledGrid, header: Header, system: DateSystem): IkPlanTable {
  const { columns } = header;
  const followUps = header.followUps.map((f) => ({ ...f }));
  const shared = new Map<PlanRow, string>();
  const cols = roleColumns(header);
  const text = (r: number, c: number | undefined) => (c === undefined ? '' : cellText(grid.at(r, c)));
  const risks: PlanRisk[] = [];
  let verksamhet = '';
  let risk: PlanRisk | undefined;
  let blanks = 0;
  let last = header.rows[header.rows.length - 1];
  for (let r = last + 1; r <= grid.sheet.rowCount; r++) {
    const again = headerAt(grid, r);
    if (again) {
      // The same header on a new page of a pasted plan continues it; another header ends it.
      if (again.columns.risk !== columns.risk || again.columns.action !== columns.action) break;
      r += again.rows.length - 1;
      continue;
    }
    const texts = cols.map((c) => text(r, c)).filter((t) => t !== '');
    if (texts.length === 0) {
      if (++blanks > MAX_BLANKS) break;
      continue;
    }
    blanks = 0;
    if (texts.length === 1 && isSectionHeading(texts[0])) break;
    last = r;
    const v = text(r, columns.verksamhet);
    if (v !== '' && normalizeLabel(v) !== normalizeLabel(verksamhet)) verksamhet = v;
    const riskText = text(r, columns.risk);
    const row = readRow(grid, r, header, risk, system);
    const assessment = assessmentCells(grid, r, columns);
    if (riskText === '' && !row && assessment.length === 0) continue; // a heading naming the verksamhet
    // A row with an empty Risk cell belongs to the risk above (another åtgärd under it).
    const continues =
      risk !== undefined &&
      risk.verksamhet === verksamhet &&
      (riskText === '' || grid.isCovered(r, columns.risk) || normalizeLabel(riskText) === normalizeLabel(risk.text));
    if (!continues) {
      risk = { row: r, text: riskText, verksamhet, rows: [] };
      risks.push(risk);
    }
    for (const a of assessment) risk![a.key] ??= a.cell;
    if (row) risk!.rows.push(row);
    if (row && header.sharedComment !== undefined) shared.set(row, text(r, header.sharedComment));
  }
  const top = header.rows[0];
  let current = currentFollowUp(risks, followUps);
  if (header.sharedComment !== undefined) current = attachSharedComment(header.sharedComment, shared, followUps, current);
  return {
    sheet: grid.sheet.name,
    headerRows: header.rows,
    columns,
    followUps,
    current,
    risks,
    range: { top, left: Math.min(...cols), bottom: last, right: Math.max(...cols) },
  };
}

/** The åtgärd, follow-up and deadline cells of a row; undefined when they are all empty. */
function readRow(grid: FilledGrid, r: number, header: Header, risk: PlanRisk | undefined, system: DateSystem): PlanRow | undefined {
  const text = (c: number | undefined) => (c === undefined ? '' : cellText(grid.at(r, c)));
  const action = text(header.columns.action);
  const followUps = header.followUps.map((f) => ({ status: text(f.status), comment: text(f.comment) }));
  const d = header.columns.deadline;
  let deadline: PlanRow['deadline'];
  if (d !== undefined && text(d) !== '') {
    const iso = deadlineIso(grid.at(r, d), system);
    deadline = { text: text(d), ...(iso ? { iso } : {}) };
  } else if (d !== undefined && grid.isCovered(r, d)) {
    // A date merged over the rows of one risk is stored in the first row only.
    deadline = risk?.rows[risk.rows.length - 1]?.deadline;
  }
  const sharedText = header.sharedComment !== undefined ? text(header.sharedComment) : '';
  const empty = action === '' && sharedText === '' && followUps.every((f) => f.status === '' && f.comment === '') && !deadline;
  return empty ? undefined : { row: r, action, followUps, ...(deadline ? { deadline } : {}) };
}

function assessmentCells(grid: FilledGrid, r: number, columns: IkPlanColumns): Array<{ key: 'sannolikhet' | 'konsekvens' | 'riskValue'; cell: AssessmentCell }> {
  const out: Array<{ key: 'sannolikhet' | 'konsekvens' | 'riskValue'; cell: AssessmentCell }> = [];
  for (const key of ['sannolikhet', 'konsekvens', 'riskValue'] as const) {
    const col = columns[key];
    if (col === undefined || grid.isCovered(r, col)) continue;
    const cell = cellAt(grid.sheet, r, col);
    if (cellText(cell) !== '') out.push({ key, cell: { row: r, col, cell } });
  }
  return out;
}

/** The latest follow-up anything is written in; later columns are prepared for coming follow-ups. */
function currentFollowUp(risks: PlanRisk[], followUps: FollowUp[]): number {
  for (let i = followUps.length - 1; i >= 0; i--) {
    if (risks.some((k) => k.rows.some((row) => row.followUps[i].status !== '' || row.followUps[i].comment !== ''))) return i;
  }
  return -1;
}

/**
 * Puts the shared Kommentar column under the latest follow-up with a status written (the first
 * one when no status is written yet) and returns the current follow-up.
 */
function attachSharedComment(col: number, comments: Map<PlanRow, string>, followUps: FollowUp[], current: number): number {
  const at = Math.max(current, 0);
  followUps[at].comment = col;
  for (const [row, comment] of comments) row.followUps[at].comment = comment;
  return current >= 0 || [...comments.values()].some((c) => c !== '') ? at : -1;
}
