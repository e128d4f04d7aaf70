/** --format text|json, a flag of every command that prints a report. */
import { usageError, type Flag, type UsageError } from './flags';

export type OutputFormat = 'text' | 'json';

export const FORMAT_FLAG = { format: { type: 'string' } } as const satisfies Record<string, Flag>;

/** Absent is text. */
export function outputFormat(text: string | undefined): OutputFormat | UsageError {
  const value = text ?? 'text';
  return value === 'text' || value === 'json' ? value : usageError('--format ska vara text eller json.');
}
