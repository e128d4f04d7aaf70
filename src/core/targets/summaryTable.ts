import { cellText } from '../recognize/cellKinds';
import { filledGrid, type FilledGrid } from '../recognize/filledGrid';
import { compactLabel } from '../text/normalize';
import type { CellRange, Sheet } from '../model/workbook';
import type { AssessmentGroup, AssessmentLevel } from './assessments';
import { headingKind } from './headings';

/** One row of a "Prognos måluppfyllelse" table: which groups it counts and its count cells. */
export interface SummaryRow {
  row: number;
  label: string;
  groups: AssessmentGroup[];
  /** Count per level as stated (an empty cell is 0) and the column it stands in. */
  counts: Array<{ level: AssessmentLevel; col: number; value: number }>;
}

export interface SummaryTable {
  sheet: string;
  range: CellRange;
  labelCol: number;
  rows: SummaryRow[];
}

const MAX_BLANKS = 2;
/** Summary labels are short ("Uppdrag från regionfullmäktige"); a long text is the body. */
const MAX_LABEL = 80;

/** The level a column header names: "Bedöms att delvis uppnås" -> partly; "Inte" -> not-met. */
function levelOf(compact: string): AssessmentLevel | undefined {
  if (compact.includes('delvis')) return 'partly';
  if (/uppnå|genomför/.test(compact)) return /inte|ej/.test(compact) ? 'not-met' : 'met';
  if (/^(inte|ej)$/.test(compact)) return 'not-met';
  return undefined;
}

/** Row labels of the summary (DOMAIN §3.6, delårsrapport 2025 §3.1). */
export function groupsOf(label: string): AssessmentGroup[] | undefined {
  const c = compactLabel(label);
  if (c.includes('målsättning')) return ['rf-målsättning'];
  if (c.includes('uppdrag')) {
    if (/regionfullmäktige|fullmäktige|regionstyrelse/.test(c)) return ['rf-uppdrag'];
    if (c.includes('nämnd')) return ['nämnd-uppdrag'];
    return ['rf-uppdrag', 'nämnd-uppdrag'];
  }
  if (c.includes('mål')) return c.includes('nämnd') ? ['nämnd-mål'] : ['rf-målsättning', 'nämnd-mål'];
  return undefined;
}

/** Finds the summary tables of måluppfyllelse on a sheet by their level headers. */
export function findSummaryTables(sheet: Sheet): SummaryTable[] {
  const grid = filledGrid(sheet);
  const tables: SummaryTable[] = [];
  let after = 0;
  for (const r of grid.usedRows()) {
    if (r <= after) continue;
    const levels = levelColumns(grid, r);
    if (!levels) continue;
    const firstLevel = Math.min(...levels.map((l) => l.col));
    const labelCol = labelColumn(grid, r, firstLevel);
    const rows = readRows(grid, r, labelCol, levels);
    if (rows.length === 0) continue;
    const bottom = rows[rows.length - 1].row;
    tables.push({ sheet: sheet.name, range: { top: r, left: labelCol, bottom, right: Math.max(...levels.map((l) => l.col)) }, labelCol, rows });
    after = bottom;
  }
  return tables;
}

function levelColumns(grid: FilledGrid, r: number): Array<{ level: AssessmentLevel; col: number }> | undefined {
  const cols: Array<{ level: AssessmentLevel; col: number }> = [];
  for (let c = 1; c <= grid.lastCol(r); c++) {
    const cell = grid.at(r, c);
    // Most cells of a sheet are blank or figures: skip them before the normalisation (the
    // compact form of a number is digits, which name no level).
    const text = typeof cell.value === 'number' ? '' : cellText(cell);
    const level = text === '' ? undefined : levelOf(compactLabel(text));
    if (level && !cols.some((x) => x.level === level)) cols.push({ level, col: c });
  }
  return cols.length >= 2 ? cols : undefined;
}

function labelColumn(grid: FilledGrid, r: number, firstLevel: number): number {
  for (let c = 1; c < firstLevel; c++) if (cellText(grid.at(r, c)) !== '') return c;
  return Math.max(1, firstLevel - 1);
}

function readRows(grid: FilledGrid, header: number, labelCol: number, levels: Array<{ level: AssessmentLevel; col: number }>): SummaryRow[] {
  const rows: SummaryRow[] = [];
  let blanks = 0;
  for (let r = header + 1; r <= grid.sheet.rowCount; r++) {
    const label = cellText(grid.at(r, labelCol));
    const cells = levels.map((l) => ({ ...l, text: cellText(grid.at(r, l.col)) }));
    if (label === '' && cells.every((x) => x.text === '')) {
      if (++blanks > MAX_BLANKS) break;
      continue;
    }
    blanks = 0;
    const groups = headingKind(label) === undefined && label.length <= MAX_LABEL ? groupsOf(label) : undefined;
    const counts = cells.every((x) => x.text === '' || /^\d{1,3}$/.test(x.text)) && cells.some((x) => x.text !== '');
    if (!groups || !counts) break;
    rows.push({ row: r, label, groups, counts: cells.map((x) => ({ level: x.level, col: x.col, value: x.text === '' ? 0 : Number(x.text) })) });
  }
  return rows;
}
