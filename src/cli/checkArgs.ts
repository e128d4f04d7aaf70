/** Arguments of `periodkoll check` and `periodkoll rules`: parsing only, no I/O. */
import { parseSwedishNumber } from '../core/numbers/swedishNumber';
import type { ValidationSettings } from '../core/engine/settings';
import { parseFlags, usageError, type Flags, type HelpOrUsageError } from './flags';
import { FORMAT_FLAG, outputFormat, type OutputFormat } from './outputFormat';

export interface CheckCommand {
  kind: 'check';
  inputs: string[];
  format: OutputFormat;
  settings: ValidationSettings;
  explain: boolean;
  copy?: CopyRequest;
}

/** `check --mark/--report --out`: a copy of the one workbook with the marks and/or the Kontrollrapport sheet. */
export interface CopyRequest {
  out: string;
  mark: boolean;
  report: boolean;
}

export interface RulesCommand {
  kind: 'rules';
  format: OutputFormat;
}

/** --forklara and --report-year are the same flags as --explain and --rapportar, in the other language. */
export const CHECK_FLAGS = {
  ...FORMAT_FLAG,
  explain: { type: 'boolean' },
  forklara: { type: 'boolean' },
  mark: { type: 'boolean' },
  report: { type: 'boolean' },
  out: { type: 'string' },
  budgetram: { type: 'string' },
  rapportar: { type: 'string' },
  'report-year': { type: 'string' },
  lag: { type: 'string' },
} as const satisfies Flags;

export const RULES_FLAGS = { ...FORMAT_FLAG } as const satisfies Flags;

export function parseCheckArgs(args: string[]): CheckCommand | HelpOrUsageError {
  const parsed = parseFlags(args, CHECK_FLAGS);
  if (parsed.kind !== 'flags') return parsed;
  const { values, positionals } = parsed;
  const format = outputFormat(values.format);
  if (typeof format !== 'string') return format;

  const settings: ValidationSettings = {};
  if (values.budgetram !== undefined) {
    // The nämnd's ram in mnkr, Swedish or plain notation ("108,4" or "108.4").
    const ram = parseSwedishNumber(values.budgetram);
    if (!ram) return usageError('--budgetram ska vara ett belopp i mnkr, t.ex. 108,4.');
    settings.budgetram = ram.value;
  }
  // Whole years only: the report year of the målvärden and the index lag (DOMAIN §3.7).
  const yearFlag = values.rapportar !== undefined ? 'rapportar' : 'report-year';
  const reportYear = values[yearFlag];
  if (reportYear !== undefined) {
    if (!isWholeYears(reportYear)) return usageError(`--${yearFlag} ska vara ett helt antal år, t.ex. 2025.`);
    settings.reportYear = Number(reportYear);
  }
  if (values.lag !== undefined) {
    if (!isWholeYears(values.lag)) return usageError('--lag ska vara ett helt antal år, t.ex. 1.');
    settings.indexLag = Number(values.lag);
  }

  const { out, mark = false, report = false } = values;
  const explain = values.explain === true || values.forklara === true;
  if (positionals.length === 0) return usageError('Ange minst en .xlsx-fil eller mapp att kontrollera.');
  if (out === undefined && (mark || report)) return usageError(`${mark ? '--mark' : '--report'} skriver en kopia och behöver --out <kopia.xlsx>.`);
  if (out !== undefined && !mark && !report) return usageError('--out skriver en kopia: ange --mark (markera fynden), --report (bladet Kontrollrapport) eller båda.');
  if (out !== undefined && positionals.length !== 1) return usageError('--out skriver en kopia av en arbetsbok: ange exakt en .xlsx-fil.');
  return { kind: 'check', inputs: positionals, format, settings, explain, ...(out !== undefined ? { copy: { out, mark, report } } : {}) };
}

export function parseRulesArgs(args: string[]): RulesCommand | HelpOrUsageError {
  const parsed = parseFlags(args, RULES_FLAGS);
  if (parsed.kind !== 'flags') return parsed;
  if (parsed.positionals.length > 0) return usageError(`Kommandot rules tar inga filer: ${parsed.positionals[0]}`);
  const format = outputFormat(parsed.values.format);
  return typeof format === 'string' ? { kind: 'rules', format } : format;
}

function isWholeYears(text: string): boolean {
  return /^\d{1,4}$/.test(text);
}
