/**
 * Why strict util.parseArgs rejected a command line, in Swedish: the first flag that is unknown
 * (with the nearest of the command's flags, "Menade du --format?"), lacks its value, takes none,
 * or got a value that starts with "-". Read from the tokens of a non-strict parse, in order, as
 * util checks them.
 */
import { editDistance } from '../core/text/editDistance';
import { swedishList } from '../core/text/swedishList';
import type { Flags } from './flags';

export type FlagToken =
  | { kind: 'option'; name: string; rawName: string; value?: string; inlineValue?: boolean }
  | { kind: 'positional' | 'option-terminator' };

export function flagProblem(tokens: readonly FlagToken[], flags: Flags): string {
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const flag = Object.hasOwn(flags, token.name) ? flags[token.name] : undefined;
    if (!flag) return unknownFlag(token.rawName, Object.keys(flags));
    const name = `--${token.name}`;
    if (flag.type === 'boolean') {
      if (token.value !== undefined) return `Flaggan ${name} tar inget värde.`;
      continue;
    }
    if (token.value === undefined) return missingValue(token.name);
    if (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-')) {
      // "--format --explain": the value was forgotten. "--lag -1": util cannot tell a negative
      // value from a flag, so it must be written --lag=-1.
      if (/^--|^-\p{L}/u.test(token.value)) return missingValue(token.name);
      return `Värdet ${token.value} till ${name} börjar med minus: skriv ${name}=${token.value}.`;
    }
  }
  return 'Flaggorna kunde inte läsas.';
}

export function missingValue(name: string): string {
  return `Flaggan --${name} behöver ett värde.`;
}

/** "Okänd flagga --fromat. Menade du --format?"; no question when no flag is close. */
function unknownFlag(rawName: string, names: string[]): string {
  const typed = rawName.replace(/^-+/, '').toLowerCase();
  const close = names.map((name) => ({ name, distance: editDistance(typed, name) })).filter(({ name, distance }) => distance <= 2 && distance < name.length / 2);
  const best = Math.min(...close.map((c) => c.distance));
  const nearest = close.filter((c) => c.distance === best).map((c) => `--${c.name}`);
  return `Okänd flagga ${rawName}.${nearest.length > 0 ? ` Menade du ${swedishList(nearest, 'eller')}?` : ''}`;
}
