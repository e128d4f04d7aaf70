/**
 * The JSON output, a contract for scripts and CI: key names and order are fixed, optional
 * numbers appear only when the engine set them. One file -> one object; several files or a
 * folder -> an array of them.
 */
import type { Finding, Report, TableStructureSummary } from '../core/findings/finding';
import type { TargetRow } from '../core/targets/types';
import type { InternalControlSummary } from '../core/internalControl/types';
import type { ImplementationPlanSummary } from '../core/implementationPlan/types';
import type { FileResult } from './checkFiles';

/** The finding as the engine gives it; the JSON copies it field by field to fix the key order. */
export type JsonFinding = Finding;

/** A styrtal row as the engine gives it; copied field by field to fix the key order. */
export type JsonTarget = TargetRow;

export type JsonFileResult =
  | {
      file: string;
      tables: Array<{ sheet: string; range: string; kind: string; signConvention?: string; structure?: TableStructureSummary }>;
      findings: JsonFinding[];
      targets?: JsonTarget[];
      internalControl?: InternalControlSummary;
      implementationPlan?: ImplementationPlanSummary;
    }
  | { file: string; error: string };

export function toJsonResult(result: FileResult): JsonFileResult {
  if (result.error !== undefined) return { file: result.file, error: result.error };
  return jsonReport(result.file, result.report);
}

function jsonReport(file: string, report: Report): JsonFileResult {
  return {
    file,
    // The reading every rule used (row roles, each sum's rows, each derived column's inputs), after the old keys.
    tables: report.tables.map((t) => ({
      sheet: t.sheet,
      range: t.range,
      kind: t.kind,
      ...(t.signConvention ? { signConvention: t.signConvention } : {}),
      ...(t.structure ? { structure: t.structure } : {}),
    })),
    findings: report.findings.map(jsonFinding),
    // Added last, and only when the workbook has styrtal, so existing consumers see the same keys.
    ...(report.targets && report.targets.length > 0 ? { targets: report.targets.map(jsonTarget) } : {}),
    // The IK-plan summary (risks per colour and matrix cell, åtgärder per status), only when there is a plan.
    ...(report.internalControl ? { internalControl: report.internalControl } : {}),
    // The genomförandeplan's counts per mål (röd, grön, saknas), only when there is a plan.
    ...(report.implementationPlan ? { implementationPlan: report.implementationPlan } : {}),
  };
}

function jsonTarget(t: TargetRow): JsonTarget {
  return {
    sheet: t.sheet,
    row: t.row,
    name: t.name,
    unit: t.unit,
    direction: t.direction,
    actual: t.actual,
    target: t.target,
    ...(t.computedTarget !== undefined ? { computedTarget: t.computedTarget } : {}),
    ...(t.chain !== undefined ? { chain: t.chain } : {}),
    ...(t.indexSources !== undefined ? { indexSources: t.indexSources, indexFactors: t.indexFactors } : {}),
    ...(t.missingIndex !== undefined ? { missingIndex: t.missingIndex } : {}),
    status: t.status,
    ...(t.qualifier !== undefined ? { qualifier: t.qualifier } : {}),
    ...(t.note !== undefined ? { note: t.note } : {}),
  };
}

function jsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = { rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message };
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.found !== undefined) out.found = f.found;
  if (f.tolerance !== undefined) out.tolerance = f.tolerance;
  return out;
}

export function formatJson(results: FileResult[], asArray: boolean): string {
  const json = results.map(toJsonResult);
  return `${JSON.stringify(asArray ? json : json[0], null, 2)}\n`;
}
