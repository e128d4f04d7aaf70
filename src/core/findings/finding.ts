/** What the engine tells a controller: one finding per thing to look at. */
import type { TargetRow } from '../targets/types';
import type { InternalControlSummary } from '../internalControl/types';
import type { ImplementationPlanSummary } from '../implementationPlan/types';
import type { RuleId } from '../rules/catalogue';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable rule id "category.name" from the catalogue. */
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address without "$" of the cell to look at. */
  cell: string;
  /** Short Swedish message a controller understands without the manual. */
  message: string;
  expected?: number;
  found?: number;
  /** Half-width of the rounding interval that was allowed (same unit as expected/found). */
  tolerance?: number;
}

export interface RecognizedTableSummary {
  sheet: string;
  /** A1 range of the table including its header. */
  range: string;
  kind: string;
  /** Sign convention for costs, when the table has costs. */
  signConvention?: 'costs-negative' | 'costs-positive';
  /** How the engine read the table (periodrapport tables only). */
  structure?: TableStructureSummary;
}

/** The reading of one table: row roles, what each sum adds, what each derived column is computed from. */
export interface TableStructureSummary {
  /** Row roles in runs of consecutive rows. */
  rows: Array<{ first: number; last: number; role: 'detail' | 'section' | 'subtotal' | 'total' | 'net' | 'result' | 'note' }>;
  sums: Array<{ row: number; label: string; covers: Array<{ row: number; weight: number }>; text: string; alternative?: string }>;
  derived: Array<{ column: string; header: string; rule: string; inputs: [string, string]; text: string }>;
}

export interface Report {
  tables: RecognizedTableSummary[];
  /** Sheets with content where no table was recognised. */
  unrecognizedSheets: string[];
  findings: Finding[];
  /** Styrtal rows with their målvärden and status (DOMAIN §3.6); absent when the workbook has none. */
  targets?: TargetRow[];
  /** The IK-plan's risks per colour and matrix cell, åtgärder per status (DOMAIN §3.8); absent when the workbook has none. */
  internalControl?: InternalControlSummary;
  /** The genomförandeplan's activities per mål: red, green, missing (DOMAIN §3.9); absent when the workbook has none. */
  implementationPlan?: ImplementationPlanSummary;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Deterministic order: sheet order as given, then severity, then row, then column. */
export function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((s, i) => [s, i]));
  const pos = (cell: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!m) return [0, 0];
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return [Number(m[2]), col];
  };
  return [...findings].sort((a, b) => {
    const s = (sheetIndex.get(a.sheet) ?? 1e9) - (sheetIndex.get(b.sheet) ?? 1e9);
    if (s !== 0) return s;
    const v = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
    if (v !== 0) return v;
    const [ra, ca] = pos(a.cell);
    const [rb, cb] = pos(b.cell);
    return ra - rb || ca - cb || a.rule.localeCompare(b.rule);
  });
}
