/**
 * Reads and validates each workbook in turn (one at a time, so memory holds one workbook).
 * A file that cannot be read becomes a result with its Swedish reason; the others still run.
 */
import { validateWorkbook } from '../core/engine/validate';
import type { ValidationSettings } from '../core/engine/settings';
import type { Report } from '../core/findings/finding';
import { isWorkbookReadError, readWorkbookFile } from '../host/file/readWorkbook';
import type { InputFile } from './inputs';
import { isoDateOf } from '../core/model/excelDate';

export type FileResult =
  | { file: string; report: Report; error?: undefined }
  | { file: string; error: string; report?: undefined };

export async function checkFiles(files: InputFile[], settings: ValidationSettings = {}): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const input of files) {
    if (input.error) {
      results.push({ file: input.file, error: input.error });
      continue;
    }
    try {
      const workbook = await readWorkbookFile(input.file);
      results.push({ file: input.file, report: validateWorkbook(workbook, withToday(settings)) });
    } catch (e) {
      // Only read errors are the file's fault; anything else is a bug and must surface as one.
      if (!isWorkbookReadError(e)) throw e;
      results.push({ file: input.file, error: e.message });
    }
  }
  return results;
}

/**
 * The engine never reads the clock, so "today" for the IK-plan's Klart senast check is given
 * here, as the local calendar date, unless the settings name a date of their own.
 */
export function withToday(settings: ValidationSettings, now: Date = new Date()): ValidationSettings {
  if (settings.internalControl?.asOf) return settings;
  return { ...settings, internalControl: { ...settings.internalControl, asOf: isoDateOf(now) } };
}
