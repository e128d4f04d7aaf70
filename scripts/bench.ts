/**
 * Size sweep (`npm run bench`, `npm run bench -- --quick` for a small run, `--sweep` for the
 * sweep alone): generated periodrapport workbooks with 1, 10, 100 and 500 report sheets, and one
 * table of 1 000 to 100 000 rows (scripts/benchWorkbooks.ts). For each: file size, cells, the
 * yardstick — the time ExcelJS takes to load the file (`new ExcelJS.Workbook().xlsx.load(buffer)`,
 * in a process of its own) — then the time to read the file into the model (readWorkbookBuffer:
 * ExcelJS plus checks and conversion), the time to validate the model (validateWorkbook), peak
 * memory, and validate/ExcelJS-load; then the log-log slope of validate time against cells
 * (1 = linear). Each case runs in child processes, so each peak memory (maxRSS) is its own: the
 * reading and validating process is measured before the Office comparison runs in it, and again
 * after. The Office adapter's context.sync() count and proxy objects per read come from the fake
 * Excel of the tests. Then the formula benchmark, the marked copy benchmark and, when present,
 * the ledger benchmark.
 * Figures are printed, never asserted; the goals of the speed issue are printed beside them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { validateWorkbook } from '../src/core/engine/validate';
import type { Workbook } from '../src/core/model/workbook';
import { createExcelHost } from '../src/host/excel';
import { readWorkbookBuffer } from '../src/host/file/readWorkbookBuffer';
import { FakeExcel } from '../tests/host/excel/fakeExcel';
import { fakeState, type FakeCell, type SheetInit } from '../tests/host/excel/fakeState';
import { runMarkedCopyBench } from './bench-marked-copy';
import { bigTable, periodrapport } from './benchWorkbooks';

interface Measured {
  name: string;
  fileBytes: number;
  cells: number;
  /** The yardstick: ExcelJS loading the file, in a process of its own. */
  excelMs: number;
  excelPeakMb: number;
  /** readWorkbookBuffer: ExcelJS load, checks and conversion to the model. */
  readMs: number;
  validateMs: number;
  findings: number;
  /** Peak of the process that read and validated the file, before the Office comparison. */
  peakMb: number;
  /** The same process after the fake-Excel read as well. */
  officePeakMb: number;
  syncs: number;
  proxies: number;
}

/** The goals of the speed issue: validate ≤ 0.3 × ExcelJS load in every case, slope ≤ 1.05, 100 000 rows under 600 MB. */
const GOAL = { ratio: 0.3, slope: 1.05, bigRows: 100_000, bigPeakMb: 600 };

const TSX = join(__dirname, '..', 'node_modules', '.bin', 'tsx');

// ------------------------------------------------------------------ one case (child process)

type Reading = Omit<Measured, 'excelMs' | 'excelPeakMb'>;

function peakMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** The yardstick, alone in its process: ExcelJS loading the bytes, nothing else. */
async function measureExcel(path: string): Promise<{ excelMs: number; excelPeakMb: number }> {
  const buffer = readFileSync(path);
  const t = performance.now();
  const workbook = new ExcelJS.Workbook();
  // A Node Buffer, as ExcelJS expects; its typings name an older Buffer type.
  await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const excelMs = performance.now() - t;
  return { excelMs, excelPeakMb: peakMb() };
}

async function measure(path: string, name: string): Promise<Reading> {
  const bytes = new Uint8Array(readFileSync(path));
  let t = performance.now();
  const workbook = await readWorkbookBuffer(bytes, name);
  const readMs = performance.now() - t;
  t = performance.now();
  const report = validateWorkbook(workbook);
  const validateMs = performance.now() - t;
  const peak = peakMb();
  const cells = workbook.sheets.reduce((n, s) => n + s.rows.reduce((m, row) => m + (row ? row.filter(Boolean).length : 0), 0), 0);
  const office = await officeRead(workbook);
  return {
    name,
    fileBytes: bytes.length,
    cells,
    readMs,
    validateMs,
    findings: report.findings.length,
    peakMb: peak,
    officePeakMb: peakMb(),
    ...office,
  };
}

/** The same workbook in the fake Excel: syncs and proxy objects of one whole read. */
async function officeRead(workbook: Workbook): Promise<{ syncs: number; proxies: number }> {
  const sheets: SheetInit[] = workbook.sheets.map((s) => {
    const cells: Record<string, FakeCell> = {};
    s.rows.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (!c || c.type === 'empty') return;
        const address = `${columnName(col + 1)}${r + 1}`;
        cells[address] =
          c.type === 'error'
            ? { value: String(c.value), type: 'Error', englishError: String(c.value), formula: c.formula, numberFormat: c.numberFormat }
            : { value: c.value as FakeCell['value'], formula: c.formula, numberFormat: c.numberFormat };
      }),
    );
    return { name: s.name, cells, merges: s.merges.map((m) => `${columnName(m.left)}${m.top}:${columnName(m.right)}${m.bottom}`) };
  });
  const excel = new FakeExcel(fakeState({ sheets }), { payloadLimit: 5 * 1024 * 1024 });
  await createExcelHost(excel.run, { isSetSupported: excel.isSetSupported }).readWorkbook();
  // A proxy is every object the adapter addressed: each distinct object label in the call log.
  return { syncs: excel.syncCount, proxies: new Set(excel.calls.map((c) => c.object)).size };
}

function columnName(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

// ------------------------------------------------------------------ sweep (parent process)

function runChild<T>(mode: '--child' | '--excel', path: string, name: string): T {
  const child = spawnSync(TSX, [__filename, mode, path, name], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: 600_000 });
  const line = child.stdout.split('\n').find((l) => l.startsWith('{'));
  if (child.status !== 0 || !line) throw new Error(`${name} failed: ${child.stderr || child.stdout}`);
  return JSON.parse(line) as T;
}

function slope(points: Array<{ x: number; y: number }>): number {
  const xs = points.map((p) => Math.log(p.x));
  const ys = points.map((p) => Math.log(p.y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const num = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0);
  const den = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return num / den;
}

function table(rows: Measured[]): string {
  const head = [
    'fall', 'fil (kB)', 'celler', 'ExcelJS-laddning (ms)', 'läsa modell (ms)', 'validera (ms)', 'validera/ExcelJS',
    'topp läs+validera (MB)', 'topp ExcelJS (MB)', 'topp inkl. Office (MB)', 'fynd', 'syncs', 'proxyobjekt',
  ];
  const body = rows.map((m) => [
    m.name,
    (m.fileBytes / 1024).toFixed(0),
    String(m.cells),
    m.excelMs.toFixed(0),
    m.readMs.toFixed(0),
    m.validateMs.toFixed(0),
    (m.validateMs / m.excelMs).toFixed(2),
    m.peakMb.toFixed(0),
    m.excelPeakMb.toFixed(0),
    m.officePeakMb.toFixed(0),
    String(m.findings),
    String(m.syncs),
    String(m.proxies),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** The goals against this run (informational: figures are printed, never asserted). */
function goals(results: Measured[], allSlope: number): string {
  const worst = results.reduce((a, b) => (b.validateMs / b.excelMs > a.validateMs / a.excelMs ? b : a));
  const worstRatio = worst.validateMs / worst.excelMs;
  const big = results.find((m) => m.name.endsWith('rader') && m.cells >= GOAL.bigRows * 5);
  const mark = (ok: boolean) => (ok ? 'uppfyllt' : 'ej uppfyllt');
  return [
    `\nMål (ärendet):`,
    `  validera ≤ ${GOAL.ratio} × ExcelJS-laddning i alla fall: störst ${worstRatio.toFixed(2)} (${worst.name}) – ${mark(worstRatio <= GOAL.ratio)}`,
    `  lutning ≤ ${GOAL.slope}: ${allSlope.toFixed(2)} – ${mark(allSlope <= GOAL.slope)}`,
    big
      ? `  ${GOAL.bigRows.toLocaleString('sv-SE')} rader under ${GOAL.bigPeakMb} MB: ${big.peakMb.toFixed(0)} MB läs+validera – ${mark(big.peakMb < GOAL.bigPeakMb)}`
      : `  ${GOAL.bigRows.toLocaleString('sv-SE')} rader: ingår inte i en snabb körning`,
  ].join('\n');
}

async function sweep(quick: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'periodkoll-bench-'));
  const started = Date.now();
  try {
    const cases: Array<[string, () => Promise<Uint8Array>]> = [
      ...(quick ? [1, 10] : [1, 10, 100, 500]).map((n): [string, () => Promise<Uint8Array>] => [`${n} blad`, () => periodrapport(n)]),
      ...(quick ? [1_000, 10_000] : [1_000, 10_000, 30_000, 100_000]).map((n): [string, () => Promise<Uint8Array>] => [`${n.toLocaleString('sv-SE')} rader`, () => bigTable(n)]),
    ];
    const results: Measured[] = [];
    for (const [name, build] of cases) {
      const path = join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
      writeFileSync(path, await build());
      process.stdout.write(`  ${name} (${(statSync(path).size / 1024).toFixed(0)} kB) … `);
      const excel = runChild<{ excelMs: number; excelPeakMb: number }>('--excel', path, name);
      const m: Measured = { ...runChild<Reading>('--child', path, name), ...excel };
      console.log(`ExcelJS ${m.excelMs.toFixed(0)} ms; läsa ${m.readMs.toFixed(0)} + validera ${m.validateMs.toFixed(0)} ms`);
      results.push(m);
    }
    console.log(`\nStorlekssvep (${quick ? 'snabb' : 'full'} körning)\n${table(results)}`);
    const fit = (rows: Measured[]) => slope(rows.map((m) => ({ x: m.cells, y: Math.max(m.validateMs, 0.1) })));
    console.log(`\nLog-log-lutning, valideringstid mot celler (1 = linjär):`);
    console.log(`  alla fall: ${fit(results).toFixed(2)}`);
    console.log(`  bladsvep:  ${fit(results.filter((m) => m.name.endsWith('blad'))).toFixed(2)}`);
    console.log(`  radsvep:   ${fit(results.filter((m) => m.name.endsWith('rader'))).toFixed(2)}`);
    console.log(`  (ExcelJS-laddning: ${slope(results.map((m) => ({ x: m.cells, y: m.excelMs }))).toFixed(2)}, läsa modell: ${slope(results.map((m) => ({ x: m.cells, y: m.readMs }))).toFixed(2)})`);
    console.log(goals(results, fit(results)));
    console.log(`Svepet tog ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function otherBenches(quick: boolean): Promise<void> {
  if (quick) {
    console.log('\nFormelbenchmark och huvudboksbenchmark hoppas över med --quick (npm run bench:formulas).');
    return;
  }
  console.log('\nFormelbenchmark (npm run bench:formulas):');
  const formulas = spawnSync(TSX, [join(__dirname, 'bench-formulas.ts')], { stdio: 'inherit', timeout: 600_000 });
  if (formulas.status !== 0) console.log('  formelbenchmarken kunde inte köras (se ovan).');

  console.log('\nMarkerad kopia (scripts/bench-marked-copy.ts):');
  await runMarkedCopyBench();

  const ledgerPath = join(__dirname, 'bench-ledger.ts');
  let ledger: { runLedgerBench?: () => Promise<unknown> } | undefined;
  try {
    statSync(ledgerPath);
    ledger = (await import(ledgerPath)) as { runLedgerBench?: () => Promise<unknown> };
  } catch {
    ledger = undefined;
  }
  if (typeof ledger?.runLedgerBench !== 'function') {
    console.log('\nHuvudboksbenchmark: scripts/bench-ledger.ts exporterar ingen runLedgerBench; hoppas över.');
    return;
  }
  console.log('\nHuvudboksbenchmark:');
  await ledger.runLedgerBench();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const child = args.indexOf('--child');
  if (child >= 0) {
    console.log(JSON.stringify(await measure(args[child + 1], args[child + 2])));
    return;
  }
  const excel = args.indexOf('--excel');
  if (excel >= 0) {
    console.log(JSON.stringify(await measureExcel(args[excel + 1])));
    return;
  }
  const quick = args.includes('--quick');
  await sweep(quick);
  if (!args.includes('--sweep')) await otherBenches(quick);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
