/**
 * Finds a genomförandeplan on a sheet (DOMAIN §3.9): a header row with Aktivitet, Ansvar (för
 * handläggning) and Uppföljning, under "Mål: …" and "Prioritering: …" lines. The header may be
 * repeated under every prioritering, as in the printed plans. Each later row with an activity and
 * a responsible or a follow-up is an activity; "Saknas aktivitet 2025" is a missing one.
 */
import { cellText } from '../recognize/cellKinds';
import { filledGrid, type FilledGrid } from '../recognize/filledGrid';
import { normalizeLabel } from '../text/normalize';
import { cellAt, type Sheet } from '../model/workbook';
import { colourWord, fillColour } from './colour';
import type { ImplementationPlanTable, PlanActivity, PlanGoal, PlanPriority } from './types';

export interface Columns {
  activity: number;
  responsible: number;
  followUp: number;
  comment?: number;
}

const GOAL = /^(?:\d+(?:\.\d+)*\.?\s*)?mål\s*:\s*(.+)$/u;
const PRIORITY = /^(?:\d+(?:\.\d+)*\.?\s*)?prioritering\s*:\s*(.+)$/u;
const MISSING = /^saknas\s+aktivitet(?:er)?(?:\s+(\d{4}))?/u;

export function findImplementationPlan(sheet: Sheet): ImplementationPlanTable | undefined {
  const grid = filledGrid(sheet);
  let columns: Columns | undefined;
  const goals: PlanGoal[] = [];
  let goal: PlanGoal | undefined;
  let priority: PlanPriority | undefined;
  let top = 0;
  let bottom = 0;
  const touch = (r: number) => {
    if (top === 0) top = r;
    bottom = r;
  };
  const currentPriority = (r: number): PlanPriority => {
    if (!goal) goals.push((goal = { row: 0, text: '', priorities: [] }));
    if (!priority) goal.priorities.push((priority = { row: r, text: '', activities: [], missing: [] }));
    return priority;
  };
  for (const r of grid.usedRows()) {
    const header = headerAt(grid, r);
    if (header) {
      columns = header;
      touch(r);
      continue;
    }
    const first = firstText(grid, r);
    if (!first) continue;
    const line = normalizeLabel(first.text);
    const g = GOAL.exec(line);
    if (g) {
      goals.push((goal = { row: r, text: first.text.replace(/^[^:]*:\s*/u, '').trim(), priorities: [] }));
      priority = undefined;
      touch(r);
      continue;
    }
    if (PRIORITY.test(line)) {
      if (!goal) goals.push((goal = { row: 0, text: '', priorities: [] }));
      goal.priorities.push((priority = { row: r, text: first.text.replace(/^[^:]*:\s*/u, '').trim(), activities: [], missing: [] }));
      touch(r);
      continue;
    }
    if (!columns) continue;
    const missing = MISSING.exec(line);
    if (missing) {
      currentPriority(r).missing.push({ row: r, col: first.col, ...(missing[1] ? { year: Number(missing[1]) } : {}) });
      touch(r);
      continue;
    }
    const activity = activityAt(grid, r, columns);
    if (activity) {
      currentPriority(r).activities.push(activity);
      touch(r);
    }
  }
  const found = goals.some((x) => x.priorities.some((p) => p.activities.length > 0 || p.missing.length > 0));
  if (!columns || !found) return undefined;
  return { sheet: sheet.name, range: { top, left: 1, bottom, right: Math.max(1, sheet.colCount) }, goals };
}

/** A header row: Aktivitet, Ansvar … and Uppföljning, each once; Kommentar optional. */
export function headerAt(grid: FilledGrid, r: number): Columns | undefined {
  let activity = 0;
  let responsible = 0;
  let followUp = 0;
  let comment: number | undefined;
  for (let c = 1; c <= grid.lastCol(r); c++) {
    const cell = grid.at(r, c);
    if (cell.type !== 'text' || grid.isCovered(r, c)) continue;
    const t = normalizeLabel(String(cell.value));
    if (t === 'aktivitet' || t === 'aktiviteter') activity ||= c;
    else if (t.startsWith('ansvar')) responsible ||= c;
    else if (t.startsWith('uppföljning')) followUp ||= c;
    else if (t.startsWith('kommentar')) comment ??= c;
  }
  if (!activity || !responsible || !followUp) return undefined;
  return { activity, responsible, followUp, ...(comment ? { comment } : {}) };
}

function firstText(grid: FilledGrid, r: number): { col: number; text: string } | undefined {
  for (let c = 1; c <= grid.lastCol(r); c++) {
    const cell = grid.at(r, c);
    if (cell.type === 'text' && !grid.isCovered(r, c)) {
      const text = cellText(cell);
      if (text) return { col: c, text };
    }
  }
  return undefined;
}

/**
 * An activity needs its text and a responsible or a follow-up: a lone text in the activity
 * column is a heading ("AKTIVITETER", "3.1.6 …"), not an activity.
 */
function activityAt(grid: FilledGrid, r: number, columns: Columns): PlanActivity | undefined {
  const text = cellText(grid.at(r, columns.activity));
  if (!text) return undefined;
  const responsible = cellText(grid.at(r, columns.responsible));
  // The fill is read from the stored cell: a merge's covered cells carry none of their own.
  const followCell = cellAt(grid.sheet, r, columns.followUp);
  const followText = cellText(grid.at(r, columns.followUp));
  const word = colourWord(followText);
  const colour = word.colour !== 'none' ? word.colour : fillColour(followCell.fill);
  if (!responsible && !followText && colour === 'none') return undefined;
  const comment = [word.rest, columns.comment ? cellText(grid.at(r, columns.comment)) : ''].filter((x) => x).join(' ');
  return {
    row: r,
    text,
    ...(responsible ? { responsible } : {}),
    colour,
    followUpCol: columns.followUp,
    ...(comment ? { comment } : {}),
  };
}
