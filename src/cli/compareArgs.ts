/** Arguments of `periodkoll compare FÖRRA.xlsx DENNA.xlsx [--format json] [--threshold 0,5]`: parsing only. */
import { parseSwedishNumber } from '../core/numbers/swedishNumber';
import type { OutputFormat } from './args';

export interface CompareCommand {
  kind: 'compare';
  previous: string;
  current: string;
  format: OutputFormat;
  /** mnkr; a forecast move of at least this much is a warning. */
  threshold?: number;
}

export function parseCompareArgs(args: string[]): CompareCommand | { kind: 'usage-error'; message: string } {
  const positional: string[] = [];
  let format: OutputFormat = 'text';
  let threshold: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (flag !== '--format' && flag !== '--threshold') {
      if (arg.startsWith('-') && arg !== '-') return { kind: 'usage-error', message: `Okänd flagga: ${arg}` };
      positional.push(arg);
      continue;
    }
    const value = flag !== arg ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value.trim() === '') return { kind: 'usage-error', message: `${flag} behöver ett värde.` };
    if (flag === '--format') {
      if (value !== 'text' && value !== 'json') return { kind: 'usage-error', message: '--format ska vara text eller json.' };
      format = value;
    } else {
      const parsed = parseSwedishNumber(value);
      if (!parsed || parsed.value < 0 || (parsed.unit !== undefined && parsed.unit !== 'mnkr')) {
        return { kind: 'usage-error', message: '--threshold ska vara ett belopp i mnkr, t.ex. 0,5.' };
      }
      threshold = parsed.value;
    }
  }
  if (positional.length !== 2) {
    return { kind: 'usage-error', message: 'Kommandot compare tar två filer: förra månadens rapport och den här månadens, t.ex. periodkoll compare juli.xlsx augusti.xlsx.' };
  }
  return { kind: 'compare', previous: positional[0], current: positional[1], format, ...(threshold !== undefined ? { threshold } : {}) };
}
