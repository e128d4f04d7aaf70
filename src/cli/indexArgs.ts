/** Arguments of `periodkoll index`: parsing only, no I/O. */
import { parseSwedishNumber } from '../core/numbers/swedishNumber';
import type { OutputFormat } from './args';

export interface IndexCommand {
  kind: 'index';
  series: string;
  from: number;
  to: number;
  value: number;
  lag: number;
  /** A workbook whose Index sheet overrides the bundled index values. */
  indexFile?: string;
  format: OutputFormat;
}

type Parsed = IndexCommand | { kind: 'usage-error'; message: string };

const FLAGS = ['--series', '--from', '--to', '--value', '--lag', '--index', '--format'] as const;
type Flag = (typeof FLAGS)[number];

export function parseIndexArgs(args: string[]): Parsed {
  const given = new Map<Flag, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf('=');
    const name = (eq > 0 ? arg.slice(0, eq) : arg) as Flag;
    if (!FLAGS.includes(name)) {
      return { kind: 'usage-error', message: arg.startsWith('-') ? `Okänd flagga: ${arg}` : `Kommandot index tar inga filer utan flaggor: ${arg}` };
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') return { kind: 'usage-error', message: `${name} behöver ett värde.` };
    given.set(name, value);
  }
  const series = given.get('--series');
  if (!series) return { kind: 'usage-error', message: 'Ange indexserie med --series, t.ex. --series LPIK.' };
  const from = year(given.get('--from'));
  const to = year(given.get('--to'));
  if (from === undefined || to === undefined) return { kind: 'usage-error', message: 'Ange år med --from och --to, t.ex. --from 2023 --to 2025.' };
  const valueText = given.get('--value');
  const parsed = valueText === undefined ? undefined : parseSwedishNumber(valueText);
  if (!parsed || parsed.unit === '%') return { kind: 'usage-error', message: '--value ska vara ett belopp, t.ex. 113000000 eller "113 000 000".' };
  const lagText = given.get('--lag') ?? '0';
  if (!/^\d{1,2}$/.test(lagText)) return { kind: 'usage-error', message: '--lag ska vara ett antal år (0, 1, 2 …).' };
  const format = given.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json') return { kind: 'usage-error', message: '--format ska vara text eller json.' };
  const indexFile = given.get('--index');
  return { kind: 'index', series, from, to, value: parsed.value, lag: Number(lagText), format, ...(indexFile ? { indexFile } : {}) };
}

function year(text: string | undefined): number | undefined {
  return text !== undefined && /^(19|20)\d\d$/.test(text.trim()) ? Number(text.trim()) : undefined;
}
