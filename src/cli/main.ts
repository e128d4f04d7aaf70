/** `periodkoll` on the command line: a thin layer over the file reader and the engine. */
import { RULES } from '../core/rules/catalogue';
import { parseArgs, type Command } from './args';
import { checkFiles, type FileResult } from './checkFiles';
import { checkIntoCopy } from './markedCopy';
import { exitCode } from './exitCode';
import { formatJson } from './formatJson';
import { formatRulesJson, formatRulesText } from './formatRules';
import { formatTextReport } from './formatText';
import { HELP_TEXT } from './help';
import { expandInputs } from './inputs';
import { runIndex } from './indexCommand';
import { runIndexStore } from './indexStoreCommand';
import { userIndexLayer } from './indexStoreFile';
import { askYesNo } from './terminalQuestion';
import type { CliIO } from './cliIO';
import { runControl } from './controlCommand';
import { runScenarioCommand } from './scenarioCommand';
import { runCompare } from './compareCommand';
import { runCommentCommand } from './commentCommand';

export type { CliIO } from './cliIO';

const processIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  ...(process.stdin.isTTY && process.stdout.isTTY ? { confirm: askYesNo } : {}),
};

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  let code: number;
  try {
    code = await run(argv, io);
  } catch (e) {
    // A bug, not the user's file: say so, with the stack for the report, and use an exit code of
    // its own so that a script does not read it as "the workbook has errors" (1) or "unreadable" (2).
    io.stderr(`periodkoll: internt fel i Periodkoll: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    code = 3;
  }
  if (io === processIO) await flushStdout();
  return code;
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      io.stdout(HELP_TEXT);
      return 0;
    case 'usage-error':
      io.stderr(`periodkoll: ${command.message}\nSkriv periodkoll --help för hjälp.\n`);
      return 2;
    case 'rules':
      io.stdout(command.format === 'json' ? formatRulesJson(RULES) : formatRulesText(RULES));
      return 0;
    case 'check':
      return check(command, io);
    case 'index':
      return runIndex(command, io);
    case 'index-list':
    case 'index-import':
    case 'index-add':
    case 'index-remove':
      return runIndexStore(command, io);
    case 'control':
      return runControl(command, io);
    case 'scenario':
      return runScenarioCommand(command, io);
    case 'compare':
      return runCompare(command, io);
    case 'comment':
      return runCommentCommand(command, io);
  }
}

async function check(command: Extract<Command, { kind: 'check' }>, io: CliIO): Promise<number> {
  const { format, explain, copy } = command;
  const settings = { ...command.settings, userIndex: await userIndexLayer(io.stderr) };
  let results: FileResult[];
  let hadFolder = false;
  if (copy) {
    const outcome = await checkIntoCopy(command.inputs[0], copy, settings);
    results = [outcome.result];
    for (const line of outcome.notes) io.stderr(`periodkoll: ${line}\n`);
  } else {
    const expanded = await expandInputs(command.inputs);
    hadFolder = expanded.hadFolder;
    results = await checkFiles(expanded.files, settings);
  }
  for (const r of results) {
    if (r.error !== undefined) io.stderr(`periodkoll: ${r.file}: ${r.error}\n`);
  }
  if (format === 'json') {
    io.stdout(formatJson(results, hadFolder || results.length > 1));
  } else {
    const texts = results.flatMap((r) => (r.report ? [formatTextReport(r.file, r.report, { explain })] : []));
    io.stdout(texts.join('\n'));
  }
  return exitCode(results);
}

/** bin/periodkoll.js calls process.exit right after; let piped output reach its reader first. */
function flushStdout(): Promise<void> {
  return new Promise((resolve) => process.stdout.write('', () => resolve()));
}
