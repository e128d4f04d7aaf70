/**
 * The exit code of `periodkoll check`, for scripts and CI: 0 no finding of severity error,
 * 1 at least one, 2 an input could not be read. 2 wins over 1: a file that was not read was
 * not checked, so "no errors" cannot be claimed for the run.
 */
import type { FileResult } from './checkFiles';

export function exitCode(results: FileResult[]): 0 | 1 | 2 {
  if (results.some((r) => r.error !== undefined)) return 2;
  if (results.some((r) => r.report?.findings.some((f) => f.severity === 'error'))) return 1;
  return 0;
}
