/**
 * How much of real-world formula use the scenario evaluator (src/core/evaluate) covers: every
 * formula of the CUSTODES/ExceLint workbooks is recomputed from the stored inputs and compared
 * with the value Excel cached for it.
 *
 *   npx tsx scripts/evaluator-coverage.ts
 *
 * The benchmark folder is found as for bench:formulas (../shared/benchmarks/excelint-custodes
 * beside the repository, or PERIODKOLL_BENCH_DIR).
 */
import { existsSync, readdirSync } from 'fs';
import { join, resolve } from 'path';
import { recalculate, scalarOf, type Scalar } from '../src/core/evaluate';
import { eachCell } from '../src/core/model/workbook';
import { readWorkbookFile } from '../src/host/file/readWorkbook';

function benchDir(): string {
  const fromEnv = process.env.PERIODKOLL_BENCH_DIR;
  const dir = fromEnv ? resolve(fromEnv) : resolve(__dirname, '..', '..', 'shared', 'benchmarks', 'excelint-custodes');
  if (!existsSync(join(dir, 'files'))) throw new Error(`Hittar inte benchmarken i ${dir} (sätt PERIODKOLL_BENCH_DIR).`);
  return dir;
}

/** Equal as Excel shows them: numbers to 1e-9 relative (15-digit arithmetic), text and errors exactly. */
function same(a: Scalar, b: Scalar): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  if (a === null || b === null) return (a ?? '') === (b ?? '') || (a === null && b === 0) || (b === null && a === 0);
  if (typeof a === 'object' && typeof b === 'object') return a.error === b.error;
  return a === b;
}

async function main(): Promise<void> {
  const dir = benchDir();
  const files = readdirSync(join(dir, 'files')).filter((f) => f.endsWith('.xlsx')).sort();
  const total = { formulas: 0, evaluable: 0, matching: 0, cycles: 0 };
  const unknown = new Map<string, number>();
  const refusedReasons = new Map<string, number>();
  const mismatches: string[] = [];
  for (const file of files) {
    let workbook;
    try {
      workbook = await readWorkbookFile(join(dir, 'files', file));
    } catch (e) {
      console.log(`${file}: kunde inte läsas (${e instanceof Error ? e.message : String(e)})`);
      continue;
    }
    const recalc = recalculate(workbook, [], { all: true });
    const score = { formulas: 0, evaluable: 0, matching: 0 };
    for (const sheet of workbook.sheets) {
      for (const { row, col, cell } of eachCell(sheet)) {
        if (cell.formula === undefined) continue;
        score.formulas++;
        const outcome = recalc.outcome(sheet.name, row, col);
        if (outcome?.status === 'recomputed') {
          score.evaluable++;
          const got = recalc.value(sheet.name, row, col);
          if (same(got, scalarOf(cell))) score.matching++;
          else if (mismatches.length < 25) mismatches.push(`${file} ${sheet.name}!${cell.formula} → ${JSON.stringify(got)} ≠ ${JSON.stringify(scalarOf(cell))}`);
        } else if (outcome?.status === 'cycle') total.cycles++;
        else if (outcome) {
          const m = /funktione[nr]n?a? (.+?) stöds inte/.exec(outcome.message);
          if (m) for (const f of m[1].split(', ')) unknown.set(f, (unknown.get(f) ?? 0) + 1);
          else refusedReasons.set(outcome.message.replace(/^.*?: /, ''), (refusedReasons.get(outcome.message.replace(/^.*?: /, '')) ?? 0) + 1);
        }
      }
    }
    total.formulas += score.formulas;
    total.evaluable += score.evaluable;
    total.matching += score.matching;
    console.log(`${file.padEnd(44)} ${String(score.formulas).padStart(6)} ${String(score.evaluable).padStart(6)} ${String(score.matching).padStart(6)}`);
  }
  const pct = (a: number, b: number) => `${b === 0 ? 0 : ((100 * a) / b).toFixed(1)} %`;
  console.log('');
  console.log(`Formler: ${total.formulas}`);
  console.log(`Kan räknas: ${total.evaluable} (${pct(total.evaluable, total.formulas)})`);
  console.log(`Samma som sparat värde: ${total.matching} (${pct(total.matching, total.evaluable)} av de räknade, ${pct(total.matching, total.formulas)} av alla)`);
  console.log(`Cirkelreferenser: ${total.cycles}`);
  console.log(`Okända funktioner: ${[...unknown].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([f, n]) => `${f} ${n}`).join(', ')}`);
  console.log(`Andra skäl: ${[...refusedReasons].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([f, n]) => `${f} (${n})`).join('; ')}`);
  if (mismatches.length > 0) console.log(`Exempel på avvikelser:\n  ${mismatches.join('\n  ')}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
