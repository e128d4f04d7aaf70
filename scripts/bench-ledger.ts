/**
 * Ledger benchmark (issue 5, "Scale"): a 1 000 000-row huvudbok, generated with a seeded generator
 * both as the in-memory core model and as an .xlsx file (ExcelJS streaming writer, in the OS temp
 * folder). Measured separately, each phase in its own Node process so that its peak RSS is its own:
 *
 *   write    writing the .xlsx (ExcelJS streaming writer)
 *   host     reading the .xlsx with Periodkoll's file reader (src/host/file), as the CLI does
 *   fast     the same streaming reader (readXlsxStream) with its limits lifted, so the size the
 *            limits refuse is measured too
 *   stream   reading the .xlsx with ExcelJS's streaming reader into the core model (the yardstick)
 *   check    all control steps and a stratified stickprov on the in-memory model
 *   control  reading the .xlsx as `periodkoll control` does and then all control steps and the
 *            stickprov, in one process: the time and peak memory a controller waits for
 *
 *   npx tsx scripts/bench-ledger.ts [rows]      (runLedgerBench is also called by `npm run bench`)
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { accountSet, controlLedger } from '../src/core/ledger';
import { dayFromCivil } from '../src/core/model/excelDate';
import { mulberry32, randomBelow } from '../src/core/ledger/prng';
import type { Cell, Sheet, Workbook } from '../src/core/model/workbook';
import { plainValue } from '../src/host/file/cellValue';
import { readWorkbookFile } from '../src/host/file/readWorkbook';
import { readXlsxStream } from '../src/host/file/readXlsxStream';

const HEADERS = ['Verifikationsnummer', 'Bokföringsdatum', 'Konto', 'Belopp', 'Leverantör', 'Org.nr', 'Fakturanummer', 'Beställare', 'Automatiskt attesterad', 'Text'];
const SUPPLIERS = 5000;
/** Suppliers from this index on are not on the avtal list (2 % of them). */
const LISTED = 4900;
const ORDERERS = Array.from({ length: 60 }, (_, i) => `Beställare ${i + 1}`);
const TEXTS = ['Resa', 'Konferens', 'Kontorsmaterial', 'Konsult', 'Representation', 'Licens', 'Hyra', 'Städning'];
const IK_ACCOUNTS = '4611, 4630, 6811-6899, 7070';

type Phase = 'write' | 'host' | 'fast' | 'stream' | 'check' | 'control';

/** No limit is reached: the bench measures what the reader costs, not where the product stops. */
const NO_LIMITS = { fileBytes: Infinity, cells: Infinity, worksheetXmlBytes: Infinity, unpackedBytes: Infinity };

interface Measurement {
  phase: Phase;
  rows: number;
  seconds: number;
  peakRssMb: number;
  note: string;
}

const supplierName = (i: number) => `Leverantör ${String(i).padStart(4, '0')} AB`;
const orgNr = (i: number) => `5561${String(i).padStart(2, '0').slice(-2)}-${String(1000 + (i % 9000)).padStart(4, '0')}`;

/** Row i of the ledger as plain values, the same for the file and the model (seeded, so reproducible). */
function* ledgerRows(count: number): Generator<Array<string | number>> {
  const next = mulberry32(1_000_000);
  const start = dayFromCivil({ year: 2024, month: 1, day: 1 });
  for (let i = 0; i < count; i++) {
    const day = start + Math.floor((i * 731) / count);
    const s = randomBelow(next, SUPPLIERS);
    const kind = randomBelow(next, 100);
    // Mostly costs on 4xxx–7xxx with amounts from a few kronor to tens of thousands; a few
    // investments on 1221; one amount in a hundred as Swedish text.
    const account = kind < 2 ? 1221 : kind < 30 ? [4611, 4630, 6811, 6850, 6899, 7070][randomBelow(next, 6)] : 4000 + randomBelow(next, 4000);
    const amount = kind < 2 ? 30_000 + randomBelow(next, 500_000) : Math.round(Math.exp(2 + (randomBelow(next, 1_000_000) / 1_000_000) * 8.5) * 100) / 100;
    const auto = randomBelow(next, 10) < 4 && amount < 10_000 ? 'Ja' : 'Nej';
    yield [
      `V${i + 1}`,
      day,
      account,
      kind === 99 ? amount.toFixed(2).replace('.', ',') : amount,
      supplierName(s),
      orgNr(s),
      `F${s}-${i}`,
      ORDERERS[randomBelow(next, ORDERERS.length)],
      auto,
      TEXTS[randomBelow(next, TEXTS.length)],
    ];
  }
}

function cellOf(v: string | number): Cell {
  return typeof v === 'number' ? { value: v, type: 'number' } : { value: v, type: 'text' };
}

function avtalSheet(): Sheet {
  const rows: Sheet['rows'] = [[cellOf('Leverantör'), cellOf('Organisationsnummer')]];
  for (let s = 0; s < LISTED; s++) rows.push([cellOf(supplierName(s)), cellOf(orgNr(s))]);
  return { name: 'Avtalsleverantörer', rows, rowCount: rows.length, colCount: 2, merges: [] };
}

export function ledgerModel(count: number): Workbook {
  const rows: Sheet['rows'] = [HEADERS.map(cellOf)];
  for (const values of ledgerRows(count)) rows.push(values.map(cellOf));
  const ledger: Sheet = { name: 'Huvudbok', rows, rowCount: rows.length, colCount: HEADERS.length, merges: [] };
  return { name: 'bench.xlsx', sheets: [ledger, avtalSheet()] };
}

export async function writeXlsx(path: string, count: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet('Huvudbok');
  ws.getColumn(2).numFmt = 'yyyy-mm-dd';
  ws.addRow(HEADERS).commit();
  for (const values of ledgerRows(count)) ws.addRow(values).commit();
  await ws.commit();
  const avtal = wb.addWorksheet('Avtalsleverantörer');
  avtal.addRow(['Leverantör', 'Organisationsnummer']).commit();
  for (let s = 0; s < LISTED; s++) avtal.addRow([supplierName(s), orgNr(s)]).commit();
  await avtal.commit();
  await wb.commit();
}

/** ExcelJS's streaming reader -> the core model, the way convertSheet turns values into cells. */
export async function readStreaming(path: string): Promise<Workbook> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', worksheets: 'emit', hyperlinks: 'ignore', styles: 'ignore', entries: 'emit' });
  const sheets: Sheet[] = [];
  for await (const ws of reader) {
    const rows: Sheet['rows'] = [];
    let colCount = 0;
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      const cells: Cell[] = [];
      const values = row.values as unknown[];
      for (let c = 1; c < values.length; c++) {
        const plain = plainValue(values[c], 1900);
        if (plain) cells[c - 1] = { value: plain.value, type: plain.type };
      }
      rows[row.number - 1] = cells;
      colCount = Math.max(colCount, cells.length);
    }
    sheets.push({ name: (ws as unknown as { name: string }).name, rows, rowCount: rows.length, colCount, merges: [] });
  }
  return { name: 'bench.xlsx', sheets };
}

function rowsOf(wb: Workbook): number {
  return Math.max(0, (wb.sheets.find((s) => s.name === 'Huvudbok')?.rowCount ?? 1) - 1);
}

/** Runs one phase in this process and returns what it measured. */
async function runPhase(phase: Phase, rows: number, path: string): Promise<Measurement> {
  const t0 = performance.now();
  const done = (n: number, note: string): Measurement => ({
    phase,
    rows: n,
    seconds: (performance.now() - t0) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    note,
  });
  switch (phase) {
    case 'write':
      await writeXlsx(path, rows);
      return done(rows, 'ExcelJS strömskrivare');
    case 'host':
      try {
        return done(rowsOf(await readWorkbookFile(path)), 'Periodkolls filläsare (src/host/file)');
      } catch (e) {
        return done(0, `avvisad: ${e instanceof Error ? e.message : String(e)}`);
      }
    case 'fast':
      return done(rowsOf(await readXlsxStream(new Uint8Array(readFileSync(path)), 'bench.xlsx', NO_LIMITS)), 'strömläsaren, utan gränser');
    case 'stream':
      return done(rowsOf(await readStreaming(path)), 'ExcelJS strömläsare -> kärnmodell (måttstock)');
    case 'check': {
      const model = ledgerModel(rows);
      const built = (performance.now() - t0) / 1000;
      const t1 = performance.now();
      const r = controlSteps(model);
      const seconds = (performance.now() - t1) / 1000;
      return {
        phase,
        rows: r.summary.rows,
        seconds,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
        note: `alla kontroller + stratifierat stickprov (${r.sample!.rows.length} rader); ${r.findings.length} anmärkningar; modellen byggdes på ${built.toFixed(1)} s`,
      };
    }
    case 'control': {
      const model = await readWorkbookFile(path);
      const read = (performance.now() - t0) / 1000;
      const r = controlSteps(model);
      return done(r.summary.rows, `läsning ${read.toFixed(1)} s + kontroller och stickprov ${((performance.now() - t0) / 1000 - read).toFixed(1)} s; ${r.findings.length} anmärkningar`);
    }
  }
}

/** All control steps and a stratified stickprov of 200 rows over the IK accounts. */
function controlSteps(model: Workbook) {
  const result = controlLedger(model, {
    sheet: 'Huvudbok',
    sample: { accounts: accountSet(IK_ACCOUNTS), size: { n: 200 }, stratify: true, weighted: false, seed: 2025 },
  });
  if (!result.ok) throw new Error(result.message);
  return result.result;
}

/** Forks this file for one phase, so peak memory is measured per phase. */
function inChild(phase: Phase, rows: number, path: string): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--phase', phase, String(rows), path], {
      execArgv: ['--import', 'tsx', '--max-old-space-size=8192'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: Measurement | undefined;
    child.on('message', (m) => (result = m as Measurement));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (result) resolve(result);
      else resolve({ phase, rows: 0, seconds: 0, peakRssMb: 0, note: `processen avslutades utan resultat (kod ${code}, signal ${signal}), troligen slut på minne` });
    });
  });
}

const PHASE_TITLE: Record<Phase, string> = {
  write: 'Skriva .xlsx',
  host: 'Läsa .xlsx (Periodkoll)',
  fast: 'Läsa .xlsx (strömläsare)',
  stream: 'Läsa .xlsx (ström)',
  check: 'Kontroller + stickprov',
  control: 'Läsa + kontroller',
};

function printTable(results: Measurement[]): void {
  const line = (cols: string[]) => console.log(`${cols[0].padEnd(26)}${cols[1].padStart(11)}${cols[2].padStart(10)}${cols[3].padStart(13)}${cols[4].padStart(12)}  ${cols[5]}`);
  line(['Steg', 'Rader', 'Tid (s)', 'Rader/s', 'Topp-RSS MB', 'Anmärkning']);
  for (const r of results) {
    const perSecond = r.rows > 0 && r.seconds > 0 ? Math.round(r.rows / r.seconds).toLocaleString('sv-SE') : '–';
    line([PHASE_TITLE[r.phase], r.rows.toLocaleString('sv-SE'), r.seconds.toFixed(2), perSecond, r.peakRssMb.toFixed(0), r.note]);
  }
}

export async function runLedgerBench(rows = 1_000_000): Promise<void> {
  const path = join(tmpdir(), `periodkoll-bench-ledger-${rows}.xlsx`);
  console.log(`Huvudbok med ${rows.toLocaleString('sv-SE')} rader (${path})`);
  const results: Measurement[] = [];
  try {
    for (const phase of ['write', 'host', 'fast', 'stream', 'check', 'control'] as const) {
      results.push(await inChild(phase, rows, path));
      console.log(`  ${PHASE_TITLE[phase]}: klart`);
    }
  } finally {
    if (existsSync(path)) rmSync(path);
  }
  printTable(results);
  const fast = results.find((r) => r.phase === 'fast');
  const stream = results.find((r) => r.phase === 'stream');
  if (fast && stream && fast.rows > 0 && stream.rows > 0) {
    console.log(
      `Strömläsaren mot ExcelJS strömläsare: tid ${(fast.seconds / stream.seconds).toFixed(2)}×, ` +
        `topp-RSS ${(fast.peakRssMb / stream.peakRssMb).toFixed(2)}× (under 1 är bättre; maskinen är brusig, kör flera gånger)`,
    );
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] === '--phase') {
    runPhase(args[1] as Phase, Number(args[2]), args[3]).then((m) => process.send!(m, () => process.disconnect()));
  } else {
    const rows = args[0] ? Number(args[0].replace(/[_\s]/g, '')) : 1_000_000;
    runLedgerBench(rows).catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
  }
}
