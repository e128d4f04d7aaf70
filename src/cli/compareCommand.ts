/** `periodkoll compare`: last month's report against this month's, as Swedish text or JSON. */
import type { CliIO } from './cliIO';
import { readWorkbookOrSay } from './readInput';
import { compareWorkbooks, type Comparison } from '../core/compare';
import type { CompareCommand } from './compareArgs';
import { formatCompareText } from './formatCompareText';

/** 0: no warnings; 1: warnings (or new errors) since last month; 2: a file could not be read. */
export async function runCompare(command: CompareCommand, io: CliIO): Promise<number> {
  const previous = await readWorkbookOrSay(command.previous, io.stderr);
  const current = await readWorkbookOrSay(command.current, io.stderr);
  if (!previous || !current) return 2;
  const comparison = compareWorkbooks(previous, current, command.threshold !== undefined ? { threshold: command.threshold } : {});
  io.stdout(command.format === 'json' ? `${JSON.stringify(compareJson(comparison, command), null, 2)}\n` : formatCompareText(comparison, command));
  return compareExitCode(comparison);
}

export function compareExitCode(c: Comparison): 0 | 1 {
  const warned = c.findings.some((f) => f.severity !== 'info') || c.newFindings.some((f) => f.severity !== 'info');
  return warned ? 1 : 0;
}

export function compareJson(c: Comparison, command: CompareCommand) {
  return {
    previous: command.previous,
    current: command.current,
    previousPeriod: c.previousPeriod ?? null,
    currentPeriod: c.currentPeriod ?? null,
    acrossYears: c.acrossYears,
    tables: c.tables.map((t) => ({ sheet: t.sheet, kind: t.kind, matchedWith: t.matchedWith ?? null })),
    removedTables: c.removedTables,
    findings: c.findings,
    newFindings: c.newFindings,
    resolvedFindings: c.resolvedFindings,
  };
}
