/** Arguments of `periodkoll comment FILE [--format json]`: parsing only, no I/O. */
import { parseFlags, usageError, type Flags, type HelpOrUsageError } from './flags';
import { FORMAT_FLAG, outputFormat, type OutputFormat } from './outputFormat';

export interface CommentCommand {
  kind: 'comment';
  file: string;
  format: OutputFormat;
}

export const COMMENT_FLAGS = { ...FORMAT_FLAG } as const satisfies Flags;

export function parseCommentArgs(args: string[]): CommentCommand | HelpOrUsageError {
  const parsed = parseFlags(args, COMMENT_FLAGS);
  if (parsed.kind !== 'flags') return parsed;
  const { values, positionals } = parsed;
  const format = outputFormat(values.format);
  if (typeof format !== 'string') return format;
  if (positionals.length !== 1) {
    return usageError(positionals.length === 0 ? 'Ange en .xlsx-fil att skriva avvikelsekommentar för.' : `Kommandot comment tar en fil: ${positionals.join(', ')}`);
  }
  return { kind: 'comment', file: positionals[0], format };
}
