/** Arguments of `periodkoll index`: parsing only, no I/O. */
import type { IndexStatus } from '../core/indexation';
import { parseSwedishNumber } from '../core/numbers/swedishNumber';
import type { OutputFormat } from './args';

/** One indexuppräkning: --series --from --to --value. */
export interface IndexCommand {
  kind: 'index';
  series: string;
  from: number;
  to: number;
  value: number;
  lag: number;
  /** A workbook whose Index sheet overrides the bundled and stored index values. */
  indexFile?: string;
  format: OutputFormat;
}

/** A value typed on the command line: --add LPIK:2025=2,9 (percent kept as written: "2,9%" or "2,9"). */
export interface TypedIndexValue {
  series: string;
  year: number;
  value: number;
  /** The text said "%": a change in percent. */
  percent: boolean;
}

/** --list, --import, --add, --remove: the user's own store. */
export type IndexStoreCommand =
  | { kind: 'index-list'; format: OutputFormat; indexFile?: string }
  | { kind: 'index-import'; file: string; series?: string; source?: string; yes: boolean; format: OutputFormat }
  | { kind: 'index-add'; values: TypedIndexValue[]; source: string; status?: IndexStatus; yes: boolean; format: OutputFormat }
  | { kind: 'index-remove'; series: string; year?: number; yes: boolean; format: OutputFormat };

type Parsed = IndexCommand | IndexStoreCommand | { kind: 'usage-error'; message: string };

const VALUE_FLAGS = ['--series', '--from', '--to', '--value', '--lag', '--index', '--format', '--import', '--add', '--remove', '--source', '--status'] as const;
const SWITCHES = ['--list', '--yes'] as const;
type Flag = (typeof VALUE_FLAGS)[number] | (typeof SWITCHES)[number];

const usage = (message: string): Parsed => ({ kind: 'usage-error', message });

export function parseIndexArgs(args: string[]): Parsed {
  const given = new Map<Flag, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf('=');
    const name = (eq > 0 ? arg.slice(0, eq) : arg) as Flag;
    if ((SWITCHES as readonly string[]).includes(name)) {
      given.set(name, ['']);
      continue;
    }
    if (!(VALUE_FLAGS as readonly string[]).includes(name)) {
      return usage(arg.startsWith('-') ? `Okänd flagga: ${arg}` : `Kommandot index tar inga filer utan flaggor: ${arg}`);
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') return usage(`${name} behöver ett värde.`);
    given.set(name, [...(given.get(name) ?? []), value]);
  }
  const one = (flag: Flag) => given.get(flag)?.at(-1);
  const format = one('--format') ?? 'text';
  if (format !== 'text' && format !== 'json') return usage('--format ska vara text eller json.');
  const yes = given.has('--yes');

  const modes = (['--list', '--import', '--add', '--remove'] as const).filter((m) => given.has(m));
  if (modes.length > 1) return usage(`${modes.join(' och ')} kan inte användas samtidigt.`);
  const indexFile = one('--index');
  switch (modes[0]) {
    case '--list':
      return { kind: 'index-list', format, ...(indexFile ? { indexFile } : {}) };
    case '--import': {
      const series = one('--series');
      const source = one('--source');
      return { kind: 'index-import', file: one('--import')!, yes, format, ...(series ? { series } : {}), ...(source ? { source } : {}) };
    }
    case '--add':
      return parseAdd(given.get('--add')!, one('--source'), one('--status'), yes, format);
    case '--remove': {
      const m = /^([^:]+?)\s*(?::\s*(\d{4}))?$/.exec(one('--remove')!.trim());
      if (!m) return usage('--remove ska vara en serie eller serie:år, t.ex. --remove LPIK:2025.');
      return { kind: 'index-remove', series: m[1], ...(m[2] ? { year: Number(m[2]) } : {}), yes, format };
    }
  }
  return parseUplift(one, format, indexFile);
}

function parseAdd(specs: string[], source: string | undefined, statusText: string | undefined, yes: boolean, format: OutputFormat): Parsed {
  if (!source) return usage('Ange varifrån värdet kommer med --source, t.ex. --source "SKR cirkulär 25:41, 2025-10-02".');
  const status = statusText?.trim().toLowerCase();
  if (status !== undefined && status !== 'utfall' && status !== 'prognos') return usage('--status ska vara utfall eller prognos.');
  const values: TypedIndexValue[] = [];
  for (const spec of specs) {
    const m = /^([^:=]+?)\s*:\s*(\d{4})\s*=\s*(.+)$/.exec(spec.trim());
    const parsed = m ? parseSwedishNumber(m[3].trim()) : undefined;
    if (!m || !parsed || (parsed.unit !== undefined && parsed.unit !== '%')) {
      return usage(`--add ${spec}: skriv serie:år=värde, t.ex. --add LPIK:2025=2,9% (förändring i %) eller --add KPI:2024=415,2 (indextal).`);
    }
    values.push({ series: m[1], year: Number(m[2]), value: parsed.value, percent: parsed.unit === '%' });
  }
  return { kind: 'index-add', values, source, yes, format, ...(status ? { status: status as IndexStatus } : {}) };
}

function parseUplift(one: (flag: Flag) => string | undefined, format: OutputFormat, indexFile: string | undefined): Parsed {
  const series = one('--series');
  if (!series) return usage('Ange indexserie med --series, t.ex. --series LPIK (eller --list, --import, --add, --remove för dina indexvärden).');
  const from = year(one('--from'));
  const to = year(one('--to'));
  if (from === undefined || to === undefined) return usage('Ange år med --from och --to, t.ex. --from 2023 --to 2025.');
  const valueText = one('--value');
  const parsed = valueText === undefined ? undefined : parseSwedishNumber(valueText);
  if (!parsed || parsed.unit === '%') return usage('--value ska vara ett belopp, t.ex. 113000000 eller "113 000 000".');
  const lagText = one('--lag') ?? '0';
  if (!/^\d{1,2}$/.test(lagText)) return usage('--lag ska vara ett antal år (0, 1, 2 …).');
  return { kind: 'index', series, from, to, value: parsed.value, lag: Number(lagText), format, ...(indexFile ? { indexFile } : {}) };
}

function year(text: string | undefined): number | undefined {
  return text !== undefined && /^(19|20)\d\d$/.test(text.trim()) ? Number(text.trim()) : undefined;
}
