/**
 * `periodkoll control`: the IK-plan's control steps on a ledger sheet — the checks, a stickprov
 * when asked for, and with --out a copy of the workbook with the Stickprov sheet and the finding
 * rows marked. A thin layer: without --out the ledger is only read (the streaming reader, as
 * `check` reads); with --out it is opened in the file host, which writes the copy. Everything
 * else is in core.
 */
import type { CliIO } from './cliIO';
import { randomInt } from 'crypto';
import { writeFile } from 'fs/promises';
import { basename, resolve } from 'path';
import type { Finding } from '../core/findings/finding';
import {
  controlLedger,
  describeSample,
  describeSummary,
  findAvtalList,
  stickprovSheetName,
  stickprovSheetOf,
  type ControlResult,
  type PartyListResult,
  type Sample,
} from '../core/ledger';
import type { Workbook } from '../core/model/workbook';
import { isAvtalFileName, readAvtalFile } from '../host/file/avtalFile';
import type { FileWorkbookHost } from '../host/file/fileHost';
import { openLedgerHost } from '../host/file/ledgerHost';
import { readInputBytes } from './readInput';
import { isWorkbookReadError } from '../host/file/WorkbookReadError';
import { HostError } from '../host/port';
import type { ControlCommand } from './controlArgs';
import { SEVERITY_WORD } from '../core/findings/severityWords';

export interface ControlEnvironment {
  /** The day written into the Stickprov sheet's name. */
  today?: Date;
  /** Picks a seed when none was given. */
  pickSeed?: () => number;
}

/** 0: no finding of severity error; 1: at least one; 2: the input could not be read or used. */
export async function runControl(command: ControlCommand, io: CliIO, env: ControlEnvironment = {}): Promise<number> {
  const fail = (message: string) => {
    io.stderr(`periodkoll: ${message}\n`);
    return 2;
  };
  if (command.out !== undefined && resolve(command.out) === resolve(command.file)) {
    return fail('--out ska vara en ny fil; Periodkoll skriver aldrig över huvudboken.');
  }
  let host: FileWorkbookHost;
  let workbook: Workbook;
  try {
    // .xlsx, or a CSV or SIE export read into a one-sheet workbook. Only the streaming reader
    // reads it; ExcelJS is loaded only when --out writes a copy.
    host = await openLedgerHost(await readInputBytes(command.file), basename(command.file));
    workbook = await host.readWorkbook();
  } catch (e) {
    if (!isWorkbookReadError(e)) throw e;
    return fail(`${command.file}: ${e.message}`);
  }
  let avtalList: PartyListResult | undefined;
  const avtalName = command.settings.avtal;
  if (avtalName !== undefined) {
    if (isAvtalFileName(avtalName)) {
      try {
        avtalList = await readAvtalFile(await readInputBytes(avtalName), basename(avtalName));
      } catch (e) {
        if (!isWorkbookReadError(e)) throw e;
        return fail(`${avtalName}: ${e.message}`);
      }
    }
    const avtal = avtalList ?? findAvtalList(workbook, avtalName);
    if (!avtal.ok) return fail(avtal.reason);
  }

  let sampleRequest;
  if (command.sample) {
    const seed = command.sample.seed ?? (env.pickSeed ?? (() => randomInt(0, 2 ** 32)))();
    if (command.sample.seed === undefined) io.stderr(`periodkoll: inget --seed angivet; seed ${seed} användes (ange --seed ${seed} för samma urval igen).\n`);
    sampleRequest = { ...command.sample, seed };
  }
  const outcome = controlLedger(workbook, { sheet: command.sheet, settings: command.settings, sample: sampleRequest, avtalList });
  if (!outcome.ok) return fail(outcome.message);
  const result = outcome.result;

  let written: string | undefined;
  if (command.out !== undefined) {
    try {
      written = await writeCopy(host, workbook, result, command.out, env.today ?? new Date());
    } catch (e) {
      // A ledger too large for writing: no copy, exit 2 as for a file that cannot be used.
      if (!(e instanceof HostError)) throw e;
      return fail(e.message);
    }
  }
  io.stdout(command.format === 'json' ? formatJson(command, result, written) : formatText(command, result, written));
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** The copy: the Stickprov sheet (under a free name) and marks on the finding cells. Returns the sheet name. */
async function writeCopy(host: FileWorkbookHost, workbook: Workbook, result: ControlResult, out: string, today: Date): Promise<string | undefined> {
  let sheetName: string | undefined;
  if (result.sample) {
    const base = stickprovSheetName(today);
    sheetName = base;
    for (let k = 2; await host.sheetExists(sheetName); k++) sheetName = `${base} (${k})`;
    await host.writeReportSheet(stickprovSheetOf(workbook, result, { date: today, name: sheetName })!, { replace: false });
  }
  const marks = result.findings.flatMap((f) => (f.severity === 'info' ? [] : [{ sheet: f.sheet, cell: f.cell, severity: f.severity, note: f.message }]));
  if (marks.length > 0) await host.writeMarks(marks);
  await writeFile(out, await host.toBuffer());
  return sheetName;
}

function sampleJson(sample: Sample) {
  const r = sample.request;
  return {
    seed: sample.seed,
    population: sample.population,
    sum: sample.sum,
    rows: sample.rows,
    requested: sample.requested,
    options: {
      accounts: r.accounts?.text ?? null,
      ...('n' in r.size ? { n: r.size.n } : { share: r.size.share }),
      stratify: r.stratify ? 'account' : null,
      weighted: r.weighted,
    },
    ...(sample.strata ? { strata: sample.strata } : {}),
  };
}

function formatJson(command: ControlCommand, result: ControlResult, sheetName: string | undefined): string {
  const json = {
    file: command.file,
    sheet: result.ledger.sheet,
    sample: result.sample ? sampleJson(result.sample) : null,
    findings: result.findings.map((f: Finding) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message })),
    summary: result.summary,
    ...(command.out !== undefined ? { out: { file: command.out, stickprovSheet: sheetName ?? null } } : {}),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function formatText(command: ControlCommand, result: ControlResult, sheetName: string | undefined): string {
  const lines = [command.file, ...describeSummary(result.summary).map((l) => `  ${l}`)];
  if (result.sample) lines.push(...describeSample(result.sample).map((l, i) => (i === 0 ? `  ${l}` : `    ${l}`)));
  const cellWidth = Math.max(0, ...result.findings.map((f) => f.cell.length));
  lines.push(result.findings.length === 0 ? '  Inga anmärkningar.' : '  Anmärkningar:');
  for (const f of result.findings) lines.push(`    ${SEVERITY_WORD[f.severity].padEnd(7)}  ${f.cell.padEnd(cellWidth)}  ${f.message}`);
  if (command.out !== undefined) {
    const sheet = sheetName ? `bladet "${sheetName}" och ` : '';
    lines.push(`  Skrev ${command.out} med ${sheet}markerade rader.`);
  }
  return `${lines.join('\n')}\n`;
}
