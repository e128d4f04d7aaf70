import type { InternalControlSettings } from '../engine/settings';
import type { Finding, RecognizedTableSummary } from '../findings/finding';
import { rangeA1 } from '../model/address';
import type { CellRange, Workbook } from '../model/workbook';
import { dateSystemOf } from '../model/excelDate';
import { assessRisks } from './assessRisks';
import { checkDeadlines } from './checks/deadlines';
import { checkDuplicateComments } from './checks/duplicateComments';
import { checkFollowUps } from './checks/followUp';
import { checkLongOngoing } from './checks/longOngoing';
import { checkMissingActions } from './checks/missingAction';
import type { PlanContext } from './checks/context';
import { findIkPlans } from './findIkPlan';
import { resolveIcSettings } from './icSettings';
import { summarize } from './summary';
import type { IkPlanTable, InternalControlSummary } from './types';

export interface InternalControlResult {
  plans: IkPlanTable[];
  findings: Finding[];
  /** The IK-plans as the report lists recognised tables (kind "ikplan"). */
  tables: RecognizedTableSummary[];
  /** Absent when the workbook holds no IK-plan. */
  summary?: InternalControlSummary;
  /** True when a periodrapport table found at this range is really (part of) an IK-plan. */
  claims(sheet: string, range: CellRange): boolean;
  /** Sheets holding an IK-plan (not "unknown" even without periodrapport tables). */
  understands(sheet: string): boolean;
}

const PLAN_CHECKS = [checkMissingActions, checkFollowUps, checkDeadlines, checkDuplicateComments, checkLongOngoing];

/** The internkontrollplan and its follow-up (DOMAIN §3.8): everything the engine says about it. */
export function checkInternalControl(workbook: Workbook, options: InternalControlSettings = {}): InternalControlResult {
  const settings = resolveIcSettings(options);
  const system = dateSystemOf(workbook);
  const plans = workbook.sheets.flatMap((sheet) => findIkPlans(sheet, system));
  const findings: Finding[] = [];
  const assessed = plans.map((plan) => {
    const { assessments, findings: assessmentFindings } = assessRisks(plan, settings);
    const ctx: PlanContext = { plan, assessments, settings };
    findings.push(...assessmentFindings, ...PLAN_CHECKS.flatMap((check) => check(ctx)));
    return { plan, assessments };
  });
  const overlaps = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
  return {
    plans,
    findings,
    tables: plans.map((p) => ({ sheet: p.sheet, range: rangeA1(p.range.top, p.range.left, p.range.bottom, p.range.right), kind: 'ikplan' })),
    ...(plans.length > 0 ? { summary: summarize(assessed, settings) } : {}),
    claims: (sheet, range) => plans.some((p) => p.sheet === sheet && overlaps(p.range, range)),
    understands: (sheet) => plans.some((p) => p.sheet === sheet),
  };
}
