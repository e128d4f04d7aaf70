/** Command-line arguments -> what to do. Parsing only; no I/O, so it is tested on plain arrays. */
import { parseCheckArgs, parseRulesArgs, type CheckCommand, type RulesCommand } from './checkArgs';
import { parseIndexArgs, type IndexCommand, type IndexStoreCommand } from './indexArgs';
import { parseControlArgs, type ControlCommand } from './controlArgs';
import { parseScenarioArgs, type ScenarioCommand } from './scenarioArgs';
import { parseCompareArgs, type CompareCommand } from './compareArgs';
import { parseCommentArgs, type CommentCommand } from './commentArgs';
import { usageError, type HelpOrUsageError } from './flags';

export type Command =
  | CheckCommand
  | RulesCommand
  | IndexCommand
  | IndexStoreCommand
  | ControlCommand
  | ScenarioCommand
  | CompareCommand
  | CommentCommand
  | HelpOrUsageError;

/** Each command's parser; every one reads its flags with parseFlags (flags.ts). */
const PARSERS: Record<string, (args: string[]) => Command> = {
  check: parseCheckArgs,
  rules: parseRulesArgs,
  index: parseIndexArgs,
  control: parseControlArgs,
  scenario: parseScenarioArgs,
  compare: parseCompareArgs,
  comment: parseCommentArgs,
};

export function parseArgs(argv: string[]): Command {
  if (argv.length === 0) return usageError('Ange ett kommando.');
  const [command, ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') return { kind: 'help' };
  const parse = Object.hasOwn(PARSERS, command) ? PARSERS[command] : undefined;
  return parse ? parse(rest) : usageError(`Okänt kommando: ${command}`);
}
