/** The genomförandeplan and its follow-up (DOMAIN §3.9): everything the engine says about it. */
import { makeFinding } from '../check/mismatch';
import type { Finding, RecognizedTableSummary } from '../findings/finding';
import { quote } from '../internalControl/words';
import { rangeA1 } from '../model/address';
import type { CellRange, Workbook } from '../model/workbook';
import { findImplementationPlan } from './findPlan';
import type { ImplementationPlanSummary, ImplementationPlanTable } from './types';

export interface ImplementationPlanResult {
  plans: ImplementationPlanTable[];
  findings: Finding[];
  /** The plans as the report lists recognised tables (kind "genomforandeplan"). */
  tables: RecognizedTableSummary[];
  /** Absent when the workbook holds no genomförandeplan. */
  summary?: ImplementationPlanSummary;
  /** True when a periodrapport table found at this range is really (part of) a plan. */
  claims(sheet: string, range: CellRange): boolean;
  /** Sheets holding a plan (not "unknown" even without periodrapport tables). */
  understands(sheet: string): boolean;
}

export function checkImplementationPlans(workbook: Workbook): ImplementationPlanResult {
  const plans = workbook.sheets.flatMap((sheet) => findImplementationPlan(sheet) ?? []);
  const overlaps = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
  return {
    plans,
    findings: plans.flatMap(planFindings),
    tables: plans.map((p) => ({ sheet: p.sheet, range: rangeA1(p.range.top, p.range.left, p.range.bottom, p.range.right), kind: 'genomforandeplan' })),
    ...(plans.length > 0 ? { summary: summarize(plans) } : {}),
    claims: (sheet, range) => plans.some((p) => p.sheet === sheet && overlaps(p.range, range)),
    understands: (sheet) => plans.some((p) => p.sheet === sheet),
  };
}

function planFindings(plan: ImplementationPlanTable): Finding[] {
  const out: Finding[] = [];
  for (const goal of plan.goals) {
    for (const priority of goal.priorities) {
      const under = priority.text ? `Prioriteringen ${quote(priority.text)}` : 'Prioriteringen';
      for (const m of priority.missing) {
        const year = m.year !== undefined ? ` för ${m.year}` : '';
        out.push(makeFinding('plan.missing-activity', plan.sheet, m.row, m.col, `${under} saknar aktivitet${year}.`));
      }
      for (const a of priority.activities) {
        if (a.colour === 'red' && !a.comment) {
          out.push(makeFinding('plan.red-without-comment', plan.sheet, a.row, a.followUpCol,
            `Aktiviteten ${quote(a.text)} är röd men saknar kommentar om varför och vad som görs.`));
        }
      }
    }
  }
  return out;
}

function summarize(plans: ImplementationPlanTable[]): ImplementationPlanSummary {
  return {
    goals: plans.flatMap((plan) =>
      plan.goals.map((goal) => {
        const activities = goal.priorities.flatMap((p) => p.activities);
        return {
          sheet: plan.sheet,
          row: goal.row,
          goal: goal.text,
          red: activities.filter((a) => a.colour === 'red').length,
          green: activities.filter((a) => a.colour === 'green').length,
          missing: goal.priorities.reduce((n, p) => n + p.missing.length, 0),
          unassessed: activities.filter((a) => a.colour === 'none').length,
        };
      }),
    ),
  };
}
