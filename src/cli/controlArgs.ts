/** Arguments of `periodkoll control`: parsing only, no I/O. The flag names are a contract. */
import { parseAccountList, seedFromText, type AccountSet, type LedgerSettings, type SampleSize } from '../core/ledger';
import { parseSwedishNumber } from '../core/numbers/swedishNumber';
import { parseFlags, usageError, type Flags, type FlagValues, type HelpOrUsageError } from './flags';
import { FORMAT_FLAG, outputFormat, type OutputFormat } from './outputFormat';

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

export const CONTROL_FLAGS = {
  ...FORMAT_FLAG,
  sheet: { type: 'string' },
  accounts: { type: 'string' },
  n: { type: 'string' },
  share: { type: 'string' },
  seed: { type: 'string' },
  stratify: { type: 'string' },
  weighted: { type: 'boolean' },
  avtal: { type: 'string' },
  'auto-threshold': { type: 'string' },
  capitalisation: { type: 'string' },
  'operating-accounts': { type: 'string' },
  'investment-accounts': { type: 'string' },
  out: { type: 'string' },
} as const satisfies Flags;
type Given = FlagValues<typeof CONTROL_FLAGS>;

class ControlUsageError extends Error {}

export function parseControlArgs(args: string[]): ControlCommand | HelpOrUsageError {
  const parsed = parseFlags(args, CONTROL_FLAGS);
  if (parsed.kind !== 'flags') return parsed;
  try {
    return command(parsed.values, parsed.positionals);
  } catch (e) {
    if (e instanceof ControlUsageError) return usageError(e.message);
    throw e;
  }
}

function command(given: Given, files: string[]): ControlCommand {
  if (files.length !== 1) {
    throw new ControlUsageError(files.length === 0 ? 'Ange huvudbokens fil (.xlsx, .csv eller .sie), t.ex. periodkoll control huvudbok.xlsx --sheet Huvudbok.' : `Kommandot control tar en fil, inte ${files.length}.`);
  }
  const format = outputFormat(given.format);
  if (typeof format !== 'string') throw new ControlUsageError(format.message);

  const command: ControlCommand = { kind: 'control', file: files[0], settings: settings(given), format };
  if (given.sheet !== undefined) command.sheet = given.sheet;
  if (given.out !== undefined) command.out = given.out;
  const sample = sampleOptions(given);
  if (sample) command.sample = sample;
  return command;
}

function sampleOptions(given: Given): ControlCommand['sample'] {
  const { n, share, weighted = false } = given;
  if (n !== undefined && share !== undefined) throw new ControlUsageError('Ange antingen --n eller --share, inte båda.');
  if (n === undefined && share === undefined) {
    const stray = (['accounts', 'seed', 'stratify', 'weighted'] as const).find((f) => given[f] !== undefined);
    if (stray) throw new ControlUsageError(`--${stray} gäller stickprovet: ange också urvalets storlek med --n eller --share.`);
    return undefined;
  }
  let size: SampleSize;
  if (n !== undefined) {
    if (!/^\d{1,9}$/.test(n.trim()) || Number(n) < 1) throw new ControlUsageError('--n ska vara ett antal rader, t.ex. --n 25.');
    size = { n: Number(n) };
  } else {
    const parsed = parseSwedishNumber(share!);
    const value = parsed ? (parsed.unit === '%' ? parsed.value / 100 : parsed.unit === undefined ? parsed.value : NaN) : NaN;
    if (!(value > 0 && value <= 1)) throw new ControlUsageError('--share ska vara en andel mellan 0 och 1, t.ex. --share 0.05 (eller "5 %").');
    size = { share: value };
  }
  const { stratify, accounts, seed } = given;
  if (stratify !== undefined && !['account', 'konto'].includes(stratify.trim().toLowerCase())) {
    throw new ControlUsageError('--stratify kan bara vara account (ett stratum per konto).');
  }
  return {
    ...(accounts !== undefined ? { accounts: accountList('--accounts', accounts) } : {}),
    size,
    stratify: stratify !== undefined,
    weighted,
    ...(seed !== undefined ? { seed: seedFromText(seed) } : {}),
  };
}

function settings(given: Given): Partial<LedgerSettings> {
  const out: Partial<LedgerSettings> = {};
  const { avtal, capitalisation } = given;
  const auto = given['auto-threshold'];
  const operating = given['operating-accounts'];
  const investment = given['investment-accounts'];
  if (avtal !== undefined) out.avtal = avtal;
  if (auto !== undefined) out.autoThreshold = kronor('--auto-threshold', auto);
  if (capitalisation !== undefined) out.capitalisation = kronor('--capitalisation', capitalisation);
  if (operating !== undefined) out.operatingAccounts = accountList('--operating-accounts', operating);
  if (investment !== undefined) out.investmentAccounts = accountList('--investment-accounts', investment);
  return out;
}

function kronor(flag: string, text: string): number {
  const parsed = parseSwedishNumber(text);
  if (!parsed || (parsed.unit !== undefined && parsed.unit !== 'kr') || parsed.value < 0) {
    throw new ControlUsageError(`${flag} ska vara ett belopp i kronor, t.ex. 10000 eller "29 400".`);
  }
  return parsed.value;
}

function accountList(flag: string, text: string): AccountSet {
  const parsed = parseAccountList(text);
  if (!parsed.ok) throw new ControlUsageError(`${flag}: ${parsed.message}`);
  return parsed.set;
}
