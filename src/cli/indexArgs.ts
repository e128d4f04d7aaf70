/** Arguments of `periodkoll index`: parsing only, no I/O. */
import type { IndexStatus } from '../core/indexation';
import { parseSwedishNumber } from '../core/numbers/swedishNumber';
import { parseFlags, usageError, type Flags, type FlagValues, type HelpOrUsageError } from './flags';
import { FORMAT_FLAG, outputFormat, type OutputFormat } from './outputFormat';

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

type Parsed = IndexCommand | IndexStoreCommand | HelpOrUsageError;

export const INDEX_FLAGS = {
  ...FORMAT_FLAG,
  series: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  value: { type: 'string' },
  lag: { type: 'string' },
  index: { type: 'string' },
  import: { type: 'string' },
  add: { type: 'string', multiple: true },
  remove: { type: 'string' },
  source: { type: 'string' },
  status: { type: 'string' },
  list: { type: 'boolean' },
  yes: { type: 'boolean' },
} as const satisfies Flags;
type Given = FlagValues<typeof INDEX_FLAGS>;

export function parseIndexArgs(args: string[]): Parsed {
  const parsed = parseFlags(args, INDEX_FLAGS);
  if (parsed.kind !== 'flags') return parsed;
  const { values: given, positionals } = parsed;
  if (positionals.length > 0) return usageError(`Kommandot index tar inga filer utan flaggor: ${positionals[0]}`);
  const format = outputFormat(given.format);
  if (typeof format !== 'string') return format;
  const yes = given.yes === true;

  const modes = (['list', 'import', 'add', 'remove'] as const).filter((m) => given[m] !== undefined);
  if (modes.length > 1) return usageError(`${modes.map((m) => `--${m}`).join(' och ')} kan inte användas samtidigt.`);
  const indexFile = given.index;
  switch (modes[0]) {
    case 'list':
      return { kind: 'index-list', format, ...(indexFile ? { indexFile } : {}) };
    case 'import': {
      const { series, source } = given;
      return { kind: 'index-import', file: given.import!, yes, format, ...(series ? { series } : {}), ...(source ? { source } : {}) };
    }
    case 'add':
      return parseAdd(given.add!, given.source, given.status, yes, format);
    case 'remove': {
      const m = /^([^:]+?)\s*(?::\s*(\d{4}))?$/.exec(given.remove!.trim());
      if (!m) return usageError('--remove ska vara en serie eller serie:år, t.ex. --remove LPIK:2025.');
      return { kind: 'index-remove', series: m[1], ...(m[2] ? { year: Number(m[2]) } : {}), yes, format };
    }
  }
  return parseUplift(given, format);
}

function parseAdd(specs: string[], source: string | undefined, statusText: string | undefined, yes: boolean, format: OutputFormat): Parsed {
  if (!source) return usageError('Ange varifrån värdet kommer med --source, t.ex. --source "SKR cirkulär 25:41, 2025-10-02".');
  const status = statusText?.trim().toLowerCase();
  if (status !== undefined && status !== 'utfall' && status !== 'prognos') return usageError('--status ska vara utfall eller prognos.');
  const values: TypedIndexValue[] = [];
  for (const spec of specs) {
    const m = /^([^:=]+?)\s*:\s*(\d{4})\s*=\s*(.+)$/.exec(spec.trim());
    const parsed = m ? parseSwedishNumber(m[3].trim()) : undefined;
    if (!m || !parsed || (parsed.unit !== undefined && parsed.unit !== '%')) {
      return usageError(`--add ${spec}: skriv serie:år=värde, t.ex. --add LPIK:2025=2,9% (förändring i %) eller --add KPI:2024=415,2 (indextal).`);
    }
    values.push({ series: m[1], year: Number(m[2]), value: parsed.value, percent: parsed.unit === '%' });
  }
  return { kind: 'index-add', values, source, yes, format, ...(status ? { status: status as IndexStatus } : {}) };
}

function parseUplift(given: Given, format: OutputFormat): Parsed {
  const { series, index: indexFile } = given;
  if (!series) return usageError('Ange indexserie med --series, t.ex. --series LPIK (eller --list, --import, --add, --remove för dina indexvärden).');
  const from = year(given.from);
  const to = year(given.to);
  if (from === undefined || to === undefined) return usageError('Ange år med --from och --to, t.ex. --from 2023 --to 2025.');
  const valueText = given.value;
  const parsed = valueText === undefined ? undefined : parseSwedishNumber(valueText);
  if (!parsed || parsed.unit === '%') return usageError('--value ska vara ett belopp, t.ex. 113000000 eller "113 000 000".');
  const lagText = given.lag ?? '0';
  if (!/^\d{1,2}$/.test(lagText)) return usageError('--lag ska vara ett antal år (0, 1, 2 …).');
  return { kind: 'index', series, from, to, value: parsed.value, lag: Number(lagText), format, ...(indexFile ? { indexFile } : {}) };
}

function year(text: string | undefined): number | undefined {
  return text !== undefined && /^(19|20)\d\d$/.test(text.trim()) ? Number(text.trim()) : undefined;
}
