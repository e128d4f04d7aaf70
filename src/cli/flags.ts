/**
 * The one argument parser of every periodkoll command: Node's util.parseArgs, strict, over the
 * command's flags declared as data. So in every command `--flag value` and `--flag=value` mean the
 * same, `--` ends the flags (a file named "-x.xlsx" goes after it), a repeatable flag collects its
 * values in order, and every mistake is worded in Swedish (flagProblem.ts), never util's English.
 */
import { parseArgs } from 'util';
import { flagProblem, missingValue, type FlagToken } from './flagProblem';

export interface Flag {
  type: 'string' | 'boolean';
  /** Given more than once, every value is kept in order (--set, --add); otherwise the last wins. */
  multiple?: true;
  short?: string;
}
export type Flags = Readonly<Record<string, Flag>>;

type FlagValue<F extends Flag> = F['type'] extends 'string' ? (F['multiple'] extends true ? string[] : string) : boolean;
/** What was given, by flag name; a flag not given is absent. */
export type FlagValues<F extends Flags> = { [K in keyof F]?: FlagValue<F[K]> };

export interface UsageError {
  kind: 'usage-error';
  /** Swedish; shown with a pointer to --help. */
  message: string;
}
export const usageError = (message: string): UsageError => ({ kind: 'usage-error', message });

/** --help or -h among the flags (not after "--"): the help wins over any mistake in the other flags. */
export interface HelpRequest {
  kind: 'help';
}
/** What a command's parser returns when the command line is not a run of the command. */
export type HelpOrUsageError = HelpRequest | UsageError;

export type ParsedFlags<F extends Flags> = { kind: 'flags'; values: FlagValues<F>; positionals: string[] } | HelpOrUsageError;

/** Every command takes --help (-h). */
const HELP_FLAG: Flags = { help: { type: 'boolean', short: 'h' } };

export function parseFlags<F extends Flags>(args: readonly string[], flags: F): ParsedFlags<F> {
  const options: Flags = { ...flags, ...HELP_FLAG };
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (e) {
    if (!isParseArgsError(e)) throw e;
    // Read again without strictness, only to name the mistake; someone who typed --help gets help.
    const tokens: FlagToken[] = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true }).tokens;
    if (tokens.some((t) => t.kind === 'option' && t.name === 'help')) return { kind: 'help' };
    return usageError(flagProblem(tokens, options));
  }
  const { help, ...values } = parsed.values;
  if (help) return { kind: 'help' };
  // "--sheet=" or --sheet "" names no sheet: the same mistake as no value at all.
  const blank = Object.keys(values).find((name) => [values[name]].flat().some((v) => typeof v === 'string' && v.trim() === ''));
  if (blank !== undefined) return usageError(missingValue(blank));
  return { kind: 'flags', values: values as FlagValues<F>, positionals: parsed.positionals };
}

/**
 * util.parseArgs rejected the command line (not a bug in the flag declarations). Known by its code,
 * not instanceof: Node's own errors come from another realm under jest.
 */
function isParseArgsError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
