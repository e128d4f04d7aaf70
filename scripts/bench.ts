/**
 * Size sweep (`npm run bench`, `npm run bench -- --quick` for a small run): generated
 * periodrapport workbooks with 1, 10, 100 and 500 report sheets, and one table of 1 000 to
 * 100 000 rows. For each: file size, cells, time to parse the file (readWorkbookBuffer), time to
 * validate the parsed model (validateWorkbook), peak memory, and validate/parse; then the
 * log-log slope of validate time against cells (1 = linear). Each case runs in a child process,
 * so its peak memory (maxRSS) is its own. The Office adapter's context.sync() count and proxy
 * objects per read come from the fake Excel of the tests. Then the formula benchmark and, when
 * present, the ledger benchmark. Figures are printed, never asserted.
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
import { driftredovisningFormulas } from './fixtures/driftredovisning';
import { handlingsplan } from './fixtures/handlingsplan';
import { personal } from './fixtures/personal';
import { resultatrapportLedger } from './fixtures/resultatrapport';
import { SheetSpec } from './fixtures/sheetSpec';
import { workbookBytes } from './fixtures/writeWorkbook';

interface Measured {
  name: string;
  fileBytes: number;
  cells: number;
  parseMs: number;
  validateMs: number;
  findings: number;
  peakMb: number;
  syncs: number;
  proxies: number;
}

const TSX = join(__dirname, '..', 'node_modules', '.bin', 'tsx');

// ------------------------------------------------------------------ generated workbooks

/** `count` report sheets, cycling through the four periodrapport sheets of the fixtures (real figures, live formulas). */
async function periodrapport(count: number): Promise<Uint8Array> {
  const builders = [
    ['Resultatrapport', resultatrapportLedger],
    ['Driftredovisning', driftredovisningFormulas],
    ['Handlingsplan', handlingsplan],
    ['Personal', personal],
  ] as const;
  const sheets: SheetSpec[] = [];
  for (let i = 0; i < count; i++) {
    const [name, build] = builders[i % builders.length];
    const sheet = new SheetSpec(count === 1 ? name : `${name} ${Math.floor(i / builders.length) + 1}`);
    build(sheet);
    sheets.push(sheet);
  }
  return workbookBytes({ fileName: `sweep-${count}.xlsx`, title: `Periodrapport, ${count} blad`, sheets });
}

/** One driftredovisning of `rows` områden: figures, a live Relation (%) formula per row and a SUM row. */
async function bigTable(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Driftredovisning');
  ws.addRow(['Driftredovisning per område']);
  ws.addRow([null, 'Budgetavvikelse ack 2025', 'Omsättning ack 2025', 'Relation (%)', 'Budgetavvikelse ack 2024']);
  let [dev, turnover, last] = [0, 0, 0];
  for (let i = 1; i <= rows; i++) {
    const r = i + 2;
    const d = Math.round(((i * 37) % 41) - 20) / 10;
    const t = 10 + ((i * 53) % 997) / 10;
    const l = Math.round(((i * 29) % 31) - 15) / 10;
    [dev, turnover, last] = [dev + d, turnover + t, last + l];
    ws.addRow([`Område ${i}`, d, t, { formula: `B${r}/C${r}*100`, result: (d / t) * 100 }, l]);
  }
  const end = rows + 2;
  ws.addRow([
    'Resultat',
    { formula: `SUM(B3:B${end})`, result: dev },
    { formula: `SUM(C3:C${end})`, result: turnover },
    { formula: `B${end + 1}/C${end + 1}*100`, result: (dev / turnover) * 100 },
    { formula: `SUM(E3:E${end})`, result: last },
  ]);
  for (const col of ['B', 'C', 'D', 'E']) ws.getColumn(col).numFmt = '0.0';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// ------------------------------------------------------------------ one case (child process)

async function measure(path: string, name: string): Promise<Measured> {
  const bytes = new Uint8Array(readFileSync(path));
  let t = performance.now();
  const workbook = await readWorkbookBuffer(bytes, name);
  const parseMs = performance.now() - t;
  t = performance.now();
  const report = validateWorkbook(workbook);
  const validateMs = performance.now() - t;
  const cells = workbook.sheets.reduce((n, s) => n + s.rows.reduce((m, row) => m + (row ? row.filter(Boolean).length : 0), 0), 0);
  const office = await officeRead(workbook);
  return {
    name,
    fileBytes: bytes.length,
    cells,
    parseMs,
    validateMs,
    findings: report.findings.length,
    peakMb: process.resourceUsage().maxRSS / 1024,
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

function runChild(path: string, name: string): Measured {
  const child = spawnSync(TSX, [__filename, '--child', path, name], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: 600_000 });
  const line = child.stdout.split('\n').find((l) => l.startsWith('{'));
  if (child.status !== 0 || !line) throw new Error(`${name} failed: ${child.stderr || child.stdout}`);
  return JSON.parse(line) as Measured;
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
  const head = ['fall', 'fil (kB)', 'celler', 'tolka (ms)', 'validera (ms)', 'validera/tolka', 'topp-minne (MB)', 'fynd', 'syncs', 'proxyobjekt'];
  const body = rows.map((m) => [
    m.name,
    (m.fileBytes / 1024).toFixed(0),
    String(m.cells),
    m.parseMs.toFixed(0),
    m.validateMs.toFixed(0),
    (m.validateMs / m.parseMs).toFixed(2),
    m.peakMb.toFixed(0),
    String(m.findings),
    String(m.syncs),
    String(m.proxies),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
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
      const m = runChild(path, name);
      console.log(`${m.parseMs.toFixed(0)} + ${m.validateMs.toFixed(0)} ms`);
      results.push(m);
    }
    console.log(`\nStorlekssvep (${quick ? 'snabb' : 'full'} körning)\n${table(results)}`);
    const fit = (rows: Measured[]) => slope(rows.map((m) => ({ x: m.cells, y: Math.max(m.validateMs, 0.1) })));
    console.log(`\nLog-log-lutning, valideringstid mot celler (1 = linjär):`);
    console.log(`  alla fall: ${fit(results).toFixed(2)}`);
    console.log(`  bladsvep:  ${fit(results.filter((m) => m.name.endsWith('blad'))).toFixed(2)}`);
    console.log(`  radsvep:   ${fit(results.filter((m) => m.name.endsWith('rader'))).toFixed(2)}`);
    console.log(`  (tolkning: ${slope(results.map((m) => ({ x: m.cells, y: m.parseMs }))).toFixed(2)})`);
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
  const quick = args.includes('--quick');
  await sweep(quick);
  await otherBenches(quick);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
