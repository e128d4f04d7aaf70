/**
 * Formula-rule benchmark: the 70 annotated CUSTODES/ExceLint workbooks (see
 * shared/benchmarks/excelint-custodes/README.md). Reads each workbook with the project's own
 * reader, validates it exactly as `periodkoll check` does and scores its formula.* findings cell
 * by cell against the hand-audited error cells: a flagged cell is a true positive when it is
 * listed for its sheet.
 *
 *   npm run bench:formulas
 *
 * The benchmark folder is found beside the repository (../shared/benchmarks/excelint-custodes,
 * so a clean clone placed next to shared/ works) or wherever PERIODKOLL_BENCH_DIR points (the
 * folder that holds files/ and annotations-processed.json).
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { a1 } from '../src/core/model/address';
import { validateWorkbook } from '../src/core/engine/validate';
import { readWorkbookFile } from '../src/host/file/readWorkbook';

/** ExceLint-core on these exact files (README): the figures to beat. */
const REFERENCE = { precision: 0.215, recall: 0.203 };

type Annotations = Record<string, Record<string, { bugs: Array<[number, number, number]> }>>;

interface Score {
  flagged: number;
  tp: number;
  fp: number;
  fn: number;
}

function benchDir(): string {
  const fromEnv = process.env.PERIODKOLL_BENCH_DIR;
  const dir = fromEnv ? resolve(fromEnv) : resolve(__dirname, '..', '..', 'shared', 'benchmarks', 'excelint-custodes');
  if (!existsSync(join(dir, 'annotations-processed.json'))) {
    throw new Error(`Hittar inte benchmarken i ${dir} (sätt PERIODKOLL_BENCH_DIR till mappen med files/ och annotations-processed.json).`);
  }
  return dir;
}

/** Annotated cells per sheet, as A1 addresses. Annotation sheet names are trimmed, so match trimmed. */
function expectedCells(annotations: Annotations, workbook: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [sheet, { bugs }] of Object.entries(annotations[workbook] ?? {})) {
    out.set(sheet.trim(), new Set(bugs.map(([x, y]) => a1(y, x))));
  }
  return out;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

async function main(): Promise<void> {
  const dir = benchDir();
  const annotations = JSON.parse(readFileSync(join(dir, 'annotations-processed.json'), 'utf8')) as Annotations;
  const files = readdirSync(join(dir, 'files')).filter((f) => f.endsWith('.xlsx')).sort();
  const total: Score = { flagged: 0, tp: 0, fp: 0, fn: 0 };
  const byRule = new Map<string, { tp: number; fp: number }>();
  let ruleMs = 0;
  const started = Date.now();

  console.log(`${'arbetsbok'.padEnd(44)} ${'flaggade'.padStart(8)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}`);
  for (const file of files) {
    const expected = expectedCells(annotations, file);
    const score: Score = { flagged: 0, tp: 0, fp: 0, fn: 0 };
    const flaggedBySheet = new Map<string, Set<string>>();
    let note = '';
    try {
      const workbook = await readWorkbookFile(join(dir, 'files', file));
      const t0 = Date.now();
      // The same path as `periodkoll check`: one reading, every rule, then the formula findings.
      const findings = validateWorkbook(workbook).findings.filter((f) => f.rule.startsWith('formula.'));
      for (const sheet of workbook.sheets) {
        const name = sheet.name.trim();
        const flagged = new Set<string>();
        const bugs = expected.get(name) ?? new Set<string>();
        for (const f of findings) {
          // A cell flagged by two rules is still one flagged cell.
          if (f.sheet !== sheet.name || flagged.has(f.cell)) continue;
          flagged.add(f.cell);
          const hit = bugs.has(f.cell);
          const r = byRule.get(f.rule) ?? { tp: 0, fp: 0 };
          if (hit) r.tp++;
          else r.fp++;
          byRule.set(f.rule, r);
        }
        flaggedBySheet.set(name, flagged);
      }
      ruleMs += Date.now() - t0;
    } catch (e) {
      note = `  (kunde inte läsas: ${(e as Error).message})`;
    }
    for (const [sheet, flagged] of flaggedBySheet) {
      const bugs = expected.get(sheet) ?? new Set<string>();
      for (const cell of flagged) {
        if (bugs.has(cell)) score.tp++;
        else score.fp++;
      }
      score.flagged += flagged.size;
    }
    for (const [sheet, bugs] of expected) {
      const flagged = flaggedBySheet.get(sheet) ?? new Set<string>();
      for (const cell of bugs) if (!flagged.has(cell)) score.fn++;
    }
    total.flagged += score.flagged;
    total.tp += score.tp;
    total.fp += score.fp;
    total.fn += score.fn;
    const name = file.slice(0, 44);
    console.log(`${name.padEnd(44)} ${String(score.flagged).padStart(8)} ${String(score.tp).padStart(5)} `
      + `${String(score.fp).padStart(5)} ${String(score.fn).padStart(5)}${note}`);
  }

  const seconds = (Date.now() - started) / 1000;
  const precision = ratio(total.tp, total.tp + total.fp);
  const recall = ratio(total.tp, total.tp + total.fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  console.log('');
  for (const [rule, r] of [...byRule].sort()) {
    console.log(`${rule.padEnd(24)} TP ${String(r.tp).padStart(4)}  FP ${String(r.fp).padStart(4)}  precision ${ratio(r.tp, r.tp + r.fp).toFixed(3)}`);
  }
  console.log('');
  console.log(`${files.length} arbetsböcker: flaggade ${total.flagged}, TP ${total.tp}, FP ${total.fp}, FN ${total.fn}`);
  console.log(`precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`);
  console.log(`referens (ExceLint-core): precision ${REFERENCE.precision}  recall ${REFERENCE.recall}`);
  console.log(`tid ${seconds.toFixed(1)} s totalt, varav validering ${(ruleMs / 1000).toFixed(1)} s`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
