/** `periodkoll comment`: the draft variance commentary of a workbook, as text or JSON. */
import type { CliIO } from './cliIO';
import { draftCommentary } from '../core/commentary';
import { readWorkbook } from '../core/reading/readWorkbook';
import { readWorkbookOrSay } from './readInput';
import type { CommentCommand } from './commentArgs';

/** 0: drafted; 2: the file could not be read, or has no resultatrapport or driftredovisning to comment on. */
export async function runCommentCommand(command: CommentCommand, io: CliIO): Promise<number> {
  const workbook = await readWorkbookOrSay(command.file, io.stderr);
  if (!workbook) return 2;
  const outcome = draftCommentary(readWorkbook(workbook));
  if (!outcome.ok) {
    io.stderr(`periodkoll: ${command.file}: ${outcome.message}\n`);
    return 2;
  }
  io.stdout(command.format === 'json' ? `${JSON.stringify({ file: command.file, ...outcome.draft }, null, 2)}\n` : `${outcome.draft.text}\n`);
  return 0;
}
