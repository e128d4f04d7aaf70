/** Arguments of `periodkoll control`: parsing only, no I/O. The flag names are a contract. */
import { parseAccountList, seedFromText, type AccountSet, type LedgerSettings, type SampleSize } from '../core/ledger';
import { parseSwedishNumber } from '../core/numbers/swedishNumber';
import type { OutputFormat } from './args';

export interface ControlCommand {
  kind: 'control';
  file: string;
  sheet?: string;
  /** Present when a stickprov was asked for (--n or --share). */
  sample?: {
    accounts?: AccountSet;
    size: SampleSize;
    stratify: boolean;
    weighted: boolean;
    /** Absent: the command picks one and prints it. */
    seed?: number;
  };
  settings: Partial<LedgerSettings>;
  out?: string;
  format: OutputFormat;
}

type Parsed = ControlCommand | { kind: 'usage-error'; message: string };

const VALUE_FLAGS = [
  '--sheet', '--accounts', '--n', '--share', '--seed', '--stratify', '--avtal', '--auto-threshold',
  '--capitalisation', '--operating-accounts', '--investment-accounts', '--out', '--format',
] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

class UsageError extends Error {}

export function parseControlArgs(args: string[]): Parsed {
  try {
    return parse(args);
  } catch (e) {
    if (e instanceof UsageError) return { kind: 'usage-error', message: e.message };
    throw e;
  }
}

function parse(args: string[]): ControlCommand {
  const given = new Map<ValueFlag, string>();
  let weighted = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--weighted') {
      weighted = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq > 0 ? arg.slice(0, eq) : arg) as ValueFlag;
    if (!VALUE_FLAGS.includes(name)) throw new UsageError(`Okänd flagga: ${arg}`);
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value.trim() === '') throw new UsageError(`${name} behöver ett värde.`);
    given.set(name, value);
  }
  if (files.length !== 1) {
    throw new UsageError(files.length === 0 ? 'Ange huvudbokens fil (.xlsx, .csv eller .sie), t.ex. periodkoll control huvudbok.xlsx --sheet Huvudbok.' : `Kommandot control tar en fil, inte ${files.length}.`);
  }
  const format = given.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format ska vara text eller json.');

  const command: ControlCommand = { kind: 'control', file: files[0], settings: settings(given), format };
  const sheet = given.get('--sheet');
  if (sheet !== undefined) command.sheet = sheet;
  const out = given.get('--out');
  if (out !== undefined) command.out = out;
  const sample = sampleOptions(given, weighted);
  if (sample) command.sample = sample;
  return command;
}

function sampleOptions(given: Map<ValueFlag, string>, weighted: boolean): ControlCommand['sample'] {
  const n = given.get('--n');
  const share = given.get('--share');
  if (n !== undefined && share !== undefined) throw new UsageError('Ange antingen --n eller --share, inte båda.');
  if (n === undefined && share === undefined) {
    const stray = (['--accounts', '--seed', '--stratify'] as const).find((f) => given.has(f)) ?? (weighted ? '--weighted' : undefined);
    if (stray) throw new UsageError(`${stray} gäller stickprovet: ange också urvalets storlek med --n eller --share.`);
    return undefined;
  }
  let size: SampleSize;
  if (n !== undefined) {
    if (!/^\d{1,9}$/.test(n.trim()) || Number(n) < 1) throw new UsageError('--n ska vara ett antal rader, t.ex. --n 25.');
    size = { n: Number(n) };
  } else {
    const parsed = parseSwedishNumber(share!);
    const value = parsed ? (parsed.unit === '%' ? parsed.value / 100 : parsed.unit === undefined ? parsed.value : NaN) : NaN;
    if (!(value > 0 && value <= 1)) throw new UsageError('--share ska vara en andel mellan 0 och 1, t.ex. --share 0.05 (eller "5 %").');
    size = { share: value };
  }
  const stratify = given.get('--stratify');
  if (stratify !== undefined && !['account', 'konto'].includes(stratify.trim().toLowerCase())) {
    throw new UsageError('--stratify kan bara vara account (ett stratum per konto).');
  }
  const accounts = given.get('--accounts');
  const seed = given.get('--seed');
  return {
    ...(accounts !== undefined ? { accounts: accountList('--accounts', accounts) } : {}),
    size,
    stratify: stratify !== undefined,
    weighted,
    ...(seed !== undefined ? { seed: seedFromText(seed) } : {}),
  };
}

function settings(given: Map<ValueFlag, string>): Partial<LedgerSettings> {
  const out: Partial<LedgerSettings> = {};
  const avtal = given.get('--avtal');
  if (avtal !== undefined) out.avtal = avtal;
  const auto = given.get('--auto-threshold');
  if (auto !== undefined) out.autoThreshold = kronor('--auto-threshold', auto);
  const cap = given.get('--capitalisation');
  if (cap !== undefined) out.capitalisation = kronor('--capitalisation', cap);
  const operating = given.get('--operating-accounts');
  if (operating !== undefined) out.operatingAccounts = accountList('--operating-accounts', operating);
  const investment = given.get('--investment-accounts');
  if (investment !== undefined) out.investmentAccounts = accountList('--investment-accounts', investment);
  return out;
}

function kronor(flag: string, text: string): number {
  const parsed = parseSwedishNumber(text);
  if (!parsed || (parsed.unit !== undefined && parsed.unit !== 'kr') || parsed.value < 0) {
    throw new UsageError(`${flag} ska vara ett belopp i kronor, t.ex. 10000 eller "29 400".`);
  }
  return parsed.value;
}

function accountList(flag: string, text: string): AccountSet {
  const parsed = parseAccountList(text);
  if (!parsed.ok) throw new UsageError(`${flag}: ${parsed.message}`);
  return parsed.set;
}
