/** Arguments of `periodkoll comment FILE [--format json]`: parsing only, no I/O. */
import type { OutputFormat } from './args';

export interface CommentCommand {
  kind: 'comment';
  file: string;
  format: OutputFormat;
}

export function parseCommentArgs(args: string[]): CommentCommand | { kind: 'usage-error'; message: string } {
  const positional: string[] = [];
  let format: OutputFormat = 'text';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json') return { kind: 'usage-error', message: '--format ska vara text eller json.' };
      format = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { kind: 'usage-error', message: `Okänd flagga: ${arg}` };
    } else positional.push(arg);
  }
  if (positional.length !== 1) {
    return { kind: 'usage-error', message: positional.length === 0 ? 'Ange en .xlsx-fil att skriva avvikelsekommentar för.' : `Kommandot comment tar en fil: ${positional.join(', ')}` };
  }
  return { kind: 'comment', file: positional[0], format };
}
