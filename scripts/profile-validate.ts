/**
 * Profiles validateWorkbook alone on one generated bench workbook (scripts/benchWorkbooks.ts):
 * the file is built and read into the model first, then only validation runs under the V8
 * CPU profiler (node:inspector). Prints self and total time per function, the share of the
 * main validation phases, and memory (RSS and heap after each step, peak RSS).
 *
 *   npx tsx scripts/profile-validate.ts rows 100000 [--runs 3] [--out /tmp/validate.cpuprofile]
 *   npx tsx scripts/profile-validate.ts sheets 500
 *   npx tsx scripts/profile-validate.ts sheets 1 --interval 50   (finer sampling, for a small cold run)
 *   npx tsx scripts/profile-validate.ts rows 100000 --alloc   (bytes allocated per function instead)
 *   npx tsx scripts/profile-validate.ts rows 100000 --old     (only what outlived the young generation:
 *                                                             what fills the old space and sets peak memory)
 *
 * NODE_OPTIONS='--expose-gc --enable-source-maps' gives heap figures after a full GC and
 * source lines (not positions in tsx's compiled output) in the profile. The workbook file is
 * built once in a child process and kept in the temp folder (periodkoll-profile-*.xlsx).
 */
import { spawnSync } from 'node:child_process';
import { Session } from 'node:inspector';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { findSourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { validateWorkbook } from '../src/core/engine/validate';
import { readWorkbookBuffer } from '../src/host/file/readWorkbookBuffer';
import { bigTable, periodrapport } from './benchWorkbooks';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))),
  );
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(0);
}

function memory(label: string): void {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  console.log(`  ${label.padEnd(28)} rss ${mb(m.rss).padStart(5)} MB  heap ${mb(m.heapUsed).padStart(5)} MB  peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(5)} MB`);
}

/** Function name and source line; tsx compiles each file to one line, so positions go through its source map. */
function frameName(f: ProfileNode['callFrame']): string {
  if (!f.url) return f.functionName || '(anonymous)';
  let line = f.lineNumber + 1;
  if (f.lineNumber >= 0) {
    const entry = findSourceMap(f.url)?.findEntry(f.lineNumber, f.columnNumber) as { originalLine?: number } | undefined;
    if (entry?.originalLine !== undefined) line = entry.originalLine + 1;
  }
  const file = relative(process.cwd(), f.url.replace(/^file:\/\//, ''));
  return `${f.functionName || '(anonymous)'} ${file}:${line}`;
}

/** Self and total (inclusive, counted once per sample even under recursion) time per function. */
export function summarise(profile: CpuProfile, top = 40): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    all += dt;
    const leaf = frameName(byId.get(id)!.callFrame);
    self.set(leaf, (self.get(leaf) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const name = frameName(byId.get(n)!.callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + dt);
    }
  });
  const pct = (x: number) => `${((100 * x) / all).toFixed(1).padStart(5)} %`;
  const rows = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `  ${ms.toFixed(0).padStart(7)} ms ${pct(ms)}  ${name}`)
      .join('\n');
  return `Samplad tid: ${all.toFixed(0)} ms\n\nEgen tid (self):\n${rows(self)}\n\nTotal tid (inklusive anrop):\n${rows(total)}`;
}

/**
 * Time under each direct callee of `root` (e.g. validateWorkbook), summed per function, with
 * the root's own time: the phases of one validation. Percentages are of all sampled time, so
 * the garbage collector (sampled outside any function) shows as its own line.
 */
export function phases(profile: CpuProfile, root: string): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    all += dt;
    // The outermost frame named `root` on the stack, and the frame just below it.
    let below: number | undefined;
    let phase: string | undefined;
    for (let n: number | undefined = id; n !== undefined; below = n, n = parent.get(n)) {
      if (byId.get(n)!.callFrame.functionName === root) phase = below === undefined ? '(egen tid)' : frameName(byId.get(below)!.callFrame);
    }
    const name = phase ?? frameName(byId.get(id)!.callFrame);
    if (phase || name === '(garbage collector)') out.set(name, (out.get(name) ?? 0) + dt);
  });
  return [...out.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `  ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / all).toFixed(1).padStart(5)} %  ${name}`)
    .join('\n');
}

interface HeapNode {
  callFrame: ProfileNode['callFrame'];
  selfSize: number;
  children: HeapNode[];
}

/**
 * Bytes allocated per function during one validation (V8's sampling heap profiler, keeping the
 * samples of objects the collector has freed): where the garbage comes from.
 */
function allocations(root: HeapNode, heading: string, top = 30): string {
  const self = new Map<string, number>();
  let all = 0;
  // A built-in (push, sort, a RegExp) is named with the function that called it.
  const walk = (n: HeapNode, caller: string) => {
    const own = frameName(n.callFrame);
    const name = n.callFrame.url ? own : `${own} ← ${caller}`;
    self.set(name, (self.get(name) ?? 0) + n.selfSize);
    all += n.selfSize;
    for (const c of n.children) walk(c, n.callFrame.url ? own : caller);
  };
  walk(root, '');
  return [`${heading}: ${mb(all)} MB`, ...[...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, bytes]) => `  ${mb(bytes).padStart(6)} MB ${((100 * bytes) / all).toFixed(1).padStart(5)} %  ${name}`)].join('\n');
}

async function main(): Promise<void> {
  const [kind, sizeArg] = process.argv.slice(2);
  const size = Number(sizeArg);
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 1;
  const outAt = process.argv.indexOf('--out');
  const out = outAt > 0 ? process.argv[outAt + 1] : undefined;
  if ((kind !== 'rows' && kind !== 'sheets') || !(size > 0)) {
    throw new Error('Användning: profile-validate.ts rows|sheets <antal> [--runs n] [--out fil.cpuprofile]');
  }
  console.log(`Profil av validateWorkbook: ${kind === 'rows' ? `${size} rader` : `${size} blad`}`);
  // The file is built in a child process (and kept in the temp folder), so building it with
  // ExcelJS does not count in this process's peak memory.
  const path = join(tmpdir(), `periodkoll-profile-${kind}-${size}.xlsx`);
  if (!existsSync(path)) {
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--build', kind, String(size), path], { stdio: 'inherit' });
    if (child.status !== 0) throw new Error('Kunde inte bygga arbetsboken.');
  }
  memory('start');
  const bytes = new Uint8Array(readFileSync(path));
  const workbook = await readWorkbookBuffer(bytes, `${kind}-${size}.xlsx`);
  memory('modell läst');
  const cells = workbook.sheets.reduce((n, s) => n + s.rows.reduce((m, row) => m + (row ? row.filter(Boolean).length : 0), 0), 0);
  console.log(`  ${workbook.sheets.length} blad, ${cells} celler`);

  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  // 1 ms between samples (--interval µs to change): finer sampling slows the run noticeably,
  // but a small case's first (cold) run needs it.
  const intervalAt = process.argv.indexOf('--interval');
  await post(session, 'Profiler.setSamplingInterval', { interval: intervalAt > 0 ? Number(process.argv[intervalAt + 1]) : 1000 });
  const old = process.argv.includes('--old');
  if (process.argv.includes('--alloc') || old) {
    await post(session, 'HeapProfiler.enable');
    await post(session, 'HeapProfiler.startSampling', {
      samplingInterval: 64 * 1024,
      includeObjectsCollectedByMajorGC: true,
      // Without the objects a scavenge frees, what is left went to the old space (or is still live).
      includeObjectsCollectedByMinorGC: !old,
    });
    const t = performance.now();
    validateWorkbook(workbook);
    console.log(`  validering med allokeringsprofil: ${(performance.now() - t).toFixed(0)} ms`);
    const { profile: heap } = await post<{ profile: { head: HeapNode } }>(session, 'HeapProfiler.stopSampling');
    session.disconnect();
    console.log(`\n${allocations(heap.head, old ? 'Överlevde den unga generationen (gamla utrymmet)' : 'Allokerat under valideringen')}`);
    return;
  }
  let profile: CpuProfile | undefined;
  for (let run = 1; run <= runs; run++) {
    const last = run === runs;
    if (last) await post(session, 'Profiler.start');
    const t = performance.now();
    const report = validateWorkbook(workbook);
    const ms = performance.now() - t;
    if (last) profile = (await post<{ profile: CpuProfile }>(session, 'Profiler.stop')).profile;
    console.log(`  körning ${run}: ${ms.toFixed(0)} ms, ${report.findings.length} fynd, ${report.tables.length} tabeller`);
    memory(`efter validering ${run}`);
  }
  session.disconnect();
  if (out) writeFileSync(out, JSON.stringify(profile));
  console.log(`\nFaser (anrop direkt under validateWorkbook):\n${phases(profile!, 'validateWorkbook')}`);
  console.log(`\n${summarise(profile!)}`);
}

async function build(kind: string, size: number, path: string): Promise<void> {
  writeFileSync(path, kind === 'rows' ? await bigTable(size) : await periodrapport(size));
}

if (require.main === module) {
  const at = process.argv.indexOf('--build');
  (at > 0 ? build(process.argv[at + 1], Number(process.argv[at + 2]), process.argv[at + 3]) : main()).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
