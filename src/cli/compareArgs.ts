/** Arguments of `periodkoll compare FÖRRA.xlsx DENNA.xlsx [--format json] [--threshold 0,5]`: parsing only. */
import { parseSwedishNumber } from '../core/numbers/swedishNumber';
import { parseFlags, usageError, type Flags, type HelpOrUsageError } from './flags';
import { FORMAT_FLAG, outputFormat, type OutputFormat } from './outputFormat';

export interface CompareCommand {
  kind: 'compare';
  previous: string;
  current: string;
  format: OutputFormat;
  /** mnkr; a forecast move of at least this much is a warning. */
  threshold?: number;
}

export const COMPARE_FLAGS = { ...FORMAT_FLAG, threshold: { type: 'string' } } as const satisfies Flags;

export function parseCompareArgs(args: string[]): CompareCommand | HelpOrUsageError {
  const parsed = parseFlags(args, COMPARE_FLAGS);
  if (parsed.kind !== 'flags') return parsed;
  const { values, positionals } = parsed;
  const format = outputFormat(values.format);
  if (typeof format !== 'string') return format;
  let threshold: number | undefined;
  if (values.threshold !== undefined) {
    const amount = parseSwedishNumber(values.threshold);
    if (!amount || amount.value < 0 || (amount.unit !== undefined && amount.unit !== 'mnkr')) {
      return usageError('--threshold ska vara ett belopp i mnkr, t.ex. 0,5.');
    }
    threshold = amount.value;
  }
  if (positionals.length !== 2) {
    return usageError('Kommandot compare tar två filer: förra månadens rapport och den här månadens, t.ex. periodkoll compare juli.xlsx augusti.xlsx.');
  }
  return { kind: 'compare', previous: positionals[0], current: positionals[1], format, ...(threshold !== undefined ? { threshold } : {}) };
}
