/**
 * The paths given on the command line -> the workbook files to check. A folder stands for its
 * .xlsx files (not sub-folders), sorted so that runs and their JSON are reproducible.
 */
import { readdir, stat } from 'fs/promises';
import { join } from 'path';

export interface InputFile {
  file: string;
  /** Set when the input cannot even be listed (an empty folder); Swedish. */
  error?: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  /** A folder was given: JSON output is then an array even when it holds one file. */
  hadFolder: boolean;
}

export async function expandInputs(inputs: string[]): Promise<ExpandedInputs> {
  const files: InputFile[] = [];
  let hadFolder = false;
  for (const input of inputs) {
    if (!(await isDirectory(input))) {
      // Files and missing paths alike go to the reader, which gives the precise message.
      files.push({ file: input });
      continue;
    }
    hadFolder = true;
    const names = (await readdir(input, { withFileTypes: true }))
      // "~$name.xlsx" is the lock file Excel leaves next to an open workbook, not a workbook.
      .filter((e) => e.isFile() && /\.xlsx$/i.test(e.name) && !e.name.startsWith('~$'))
      .map((e) => e.name)
      .sort();
    if (names.length === 0) files.push({ file: input, error: 'Mappen innehåller inga .xlsx-filer.' });
    for (const name of names) files.push({ file: join(input, name) });
  }
  return { files, hadFolder };
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
