/**
 * `periodkoll check FILE --mark --report --out COPY`: the copy the page downloads, from the command
 * line, so marking can be batched and tested. The workbook is read and validated through the file
 * host that then writes the copy; the input file itself is never written.
 */
import { writeFile } from 'fs/promises';
import { basename, resolve } from 'path';
import { validateWorkbook } from '../core/engine/validate';
import type { Report } from '../core/findings/finding';
import type { ValidationSettings } from '../core/engine/settings';
import { buildControlReport, REPORT_SHEET_NAME } from '../core/report/controlReport';
import { countWord } from '../core/text/countWord';
import { FileWorkbookHost } from '../host/file/fileHost';
import { fileHostMessages } from '../host/file/fileHostMessages';
import { isWorkbookReadError } from '../host/file/readWorkbook';
import { HostError, marksFor } from '../host/port';
import type { CopyRequest } from './checkArgs';
import { withToday, type FileResult } from './checkFiles';
import { readInputBytes } from './readInput';

export interface CopyOutcome {
  result: FileResult;
  /** Swedish lines about the copy for stderr; none when the file could not be read. */
  notes: string[];
}

export async function checkIntoCopy(file: string, copy: CopyRequest, settings: ValidationSettings, today = new Date()): Promise<CopyOutcome> {
  if (resolve(copy.out) === resolve(file)) {
    return { result: { file, error: '--out ska vara en ny fil; Periodkoll skriver aldrig över arbetsboken som kontrolleras.' }, notes: [] };
  }
  let host: FileWorkbookHost;
  let report;
  try {
    host = await FileWorkbookHost.open(await readInputBytes(file), basename(file));
    report = validateWorkbook(await host.readWorkbook(), withToday(settings, today));
  } catch (e) {
    if (!isWorkbookReadError(e)) throw e;
    return { result: { file, error: e.message }, notes: [] };
  }
  try {
    return { result: { file, report }, notes: await writeCopy(host, file, report, copy, today) };
  } catch (e) {
    // A file too large for writing: no copy, and the run fails as for a file that cannot be used.
    if (!(e instanceof HostError)) throw e;
    return { result: { file, error: e.message }, notes: [] };
  }
}

/** Marks, the Kontrollrapport, the copy on disk; returns the Swedish lines about it. */
async function writeCopy(host: FileWorkbookHost, file: string, report: Report, copy: CopyRequest, today: Date): Promise<string[]> {
  const notes: string[] = [];
  if (copy.mark) {
    const marked = await host.writeMarks(marksFor(report.findings));
    notes.push(countWord(marked.marked, 'cell markerad', 'celler markerade'));
    for (const s of marked.skipped) notes.push(`${s.sheet}!${s.cell} markerades inte: ${s.reason}`);
  }
  if (copy.report) {
    let name = REPORT_SHEET_NAME;
    for (let k = 2; await host.sheetExists(name); k++) name = `${REPORT_SHEET_NAME} (${k})`;
    await host.writeReportSheet({ ...buildControlReport(report, { workbook: basename(file), date: today }), name }, { replace: false });
    notes.push(`bladet ${name}`);
  }
  await writeFile(copy.out, await host.toBuffer());
  const lines = [`Skrev ${copy.out}: ${notes.join(', ')}.`];
  if (host.lostDrawings) lines.push(fileHostMessages.lostDrawings);
  return lines;
}
