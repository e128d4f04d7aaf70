/** Command-line arguments -> what to do. Parsing only; no I/O, so it is tested on plain arrays. */
import { parseSwedishNumber } from '../core/numbers/swedishNumber';
import type { ValidationSettings } from '../core/engine/settings';
import { parseIndexArgs, type IndexCommand, type IndexStoreCommand } from './indexArgs';
import { parseControlArgs, type ControlCommand } from './controlArgs';
import { parseScenarioArgs, type ScenarioCommand } from './scenarioArgs';
import { parseCompareArgs, type CompareCommand } from './compareArgs';
import { parseCommentArgs, type CommentCommand } from './commentArgs';

export type OutputFormat = 'text' | 'json';

export type Command =
  | { kind: 'check'; inputs: string[]; format: OutputFormat; settings: ValidationSettings; explain: boolean; copy?: CopyRequest }
  | { kind: 'rules'; format: OutputFormat }
  | IndexCommand
  | IndexStoreCommand
  | ControlCommand
  | ScenarioCommand
  | CompareCommand
  | CommentCommand
  | { kind: 'help' }
  /** A usage mistake; the message is Swedish and shown with a pointer to --help. */
  | { kind: 'usage-error'; message: string };

/** `check --mark/--report --out`: a copy of the one workbook with the marks and/or the Kontrollrapport sheet. */
export interface CopyRequest {
  out: string;
  mark: boolean;
  report: boolean;
}

export function parseArgs(argv: string[]): Command {
  if (argv.length === 0) return { kind: 'usage-error', message: 'Ange ett kommando.' };
  if (argv.some((a) => a === '--help' || a === '-h') || argv[0] === 'help') return { kind: 'help' };

  const [command, ...rest] = argv;
  if (command === 'index') return parseIndexArgs(rest);
  if (command === 'control') return parseControlArgs(rest);
  if (command === 'scenario') return parseScenarioArgs(rest);
  if (command === 'compare') return parseCompareArgs(rest);
  if (command === 'comment') return parseCommentArgs(rest);
  let format: OutputFormat = 'text';
  const settings: ValidationSettings = {};
  const positional: string[] = [];
  let explain = false;
  let mark = false;
  let report = false;
  let out: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    let value: string | undefined;
    if (arg === '--explain' || arg === '--forklara') {
      explain = true;
      continue;
    }
    if (arg === '--mark' || arg === '--report') {
      if (arg === '--mark') mark = true;
      else report = true;
      continue;
    }
    if (arg === '--out' || arg.startsWith('--out=')) {
      out = arg === '--out' ? rest[++i] : arg.slice('--out='.length);
      if (!out) return { kind: 'usage-error', message: '--out ska följas av namnet på kopian, t.ex. --out kopia.xlsx.' };
      continue;
    }
    if (arg === '--budgetram' || arg.startsWith('--budgetram=')) {
      // The nämnd's ram in mnkr, Swedish or plain notation ("108,4" or "108.4").
      const text = arg === '--budgetram' ? rest[++i] : arg.slice('--budgetram='.length);
      const parsed = text === undefined ? undefined : parseSwedishNumber(text);
      if (!parsed) return { kind: 'usage-error', message: '--budgetram ska vara ett belopp i mnkr, t.ex. 108,4.' };
      settings.budgetram = parsed.value;
      continue;
    }
    if (arg === '--rapportar' || arg === '--report-year' || arg === '--lag') {
      // Whole years only: the report year of the målvärden and the index lag (DOMAIN §3.7).
      const text = rest[++i];
      const n = text !== undefined && /^\d{1,4}$/.test(text) ? Number(text) : undefined;
      if (n === undefined) return { kind: 'usage-error', message: `${arg} ska följas av ett helt antal år, t.ex. ${arg === '--lag' ? '1' : '2025'}.` };
      if (arg === '--lag') settings.indexLag = n;
      else settings.reportYear = n;
      continue;
    }
    if (arg === '--format') value = rest[++i];
    else if (arg.startsWith('--format=')) value = arg.slice('--format='.length);
    else if (arg === '--') {
      positional.push(...rest.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { kind: 'usage-error', message: `Okänd flagga: ${arg}` };
    } else {
      positional.push(arg);
      continue;
    }
    if (value !== 'text' && value !== 'json') {
      return { kind: 'usage-error', message: '--format ska vara text eller json.' };
    }
    format = value;
  }

  switch (command) {
    case 'check':
      if (positional.length === 0) return { kind: 'usage-error', message: 'Ange minst en .xlsx-fil eller mapp att kontrollera.' };
      if (out === undefined && (mark || report)) return { kind: 'usage-error', message: `${mark ? '--mark' : '--report'} skriver en kopia och behöver --out <kopia.xlsx>.` };
      if (out !== undefined && !mark && !report) return { kind: 'usage-error', message: '--out skriver en kopia: ange --mark (markera fynden), --report (bladet Kontrollrapport) eller båda.' };
      if (out !== undefined && positional.length !== 1) return { kind: 'usage-error', message: '--out skriver en kopia av en arbetsbok: ange exakt en .xlsx-fil.' };
      return { kind: 'check', inputs: positional, format, settings, explain, ...(out !== undefined ? { copy: { out, mark, report } } : {}) };
    case 'rules':
      if (positional.length > 0) return { kind: 'usage-error', message: `Kommandot rules tar inga filer: ${positional[0]}` };
      return { kind: 'rules', format };
    default:
      return { kind: 'usage-error', message: `Okänt kommando: ${command}` };
  }
}
