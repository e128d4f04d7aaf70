/**
 * Differential test of the streaming reader (readXlsxStream) against the ExcelJS reader
 * (loadXlsx + workbookModel): every .xlsx fixture, the in-memory test workbooks and, when the
 * shared benchmark corpus is there, its files must give the same model. Where ExcelJS is wrong,
 * the streaming reader keeps the file's value and the comparison forgives exactly that
 * (`forgiven` below says which):
 *
 *  - number formats: ExcelJS drops the backslash escapes of custom codes ("\(0.00\)" becomes
 *    "(0.00)"); Excel and Office.js keep them, and core's format readers expect them.
 *  - numbers under a date or time format: ExcelJS turns them into a Date rounded to the
 *    millisecond, and back, so 138.3 comes out as 138.29999999999927; the file says 138.3.
 *  - a text or error result ("November 30, 2002", #REF!) of a formula under a date format:
 *    ExcelJS makes an invalid Date of it, which reads as empty; the file says the text or error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Cell, Workbook } from '../../../src/core/model/workbook';
import { loadXlsx } from '../../../src/host/file/loadXlsx';
import { readXlsxStream } from '../../../src/host/file/readXlsxStream';
import { workbookModel } from '../../../src/host/file/workbookModel';
import { hiddenAndProtectedWorkbook, richWorkbook, toBytes, workbookWithPicture } from './xlsxFixtures';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const CORPUS = join(__dirname, '..', '..', '..', '..', 'shared', 'benchmarks', 'excelint-custodes', 'files');

function xlsxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return xlsxFiles(path);
    return name.endsWith('.xlsx') ? [path] : [];
  });
}

type Outcome = { model: Workbook } | { error: string };

async function withExcelJs(bytes: Uint8Array): Promise<Outcome> {
  try {
    const workbook = workbookModel(await loadXlsx(bytes, 'bok.xlsx'), 'bok.xlsx');
    return workbook.sheets.length === 0 ? { error: 'Arbetsboken innehåller inga kalkylblad att kontrollera.' } : { model: workbook };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

async function streamed(bytes: Uint8Array): Promise<Outcome> {
  try {
    return { model: await readXlsxStream(bytes, 'bok.xlsx') };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** ExcelJS's own test for a date format (utils.isDateFmt). */
function isDateFormat(format: string | undefined): boolean {
  return !!format && /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Which known ExcelJS fault explains the difference between its cell and the file's, if any. */
function forgiven(old: Cell | undefined, now: Cell | undefined): string | undefined {
  if (!old || !now) return old === now ? 'same' : undefined;
  const format = now.numberFormat?.replace(/[\\](.)/g, '$1');
  if (format !== old.numberFormat) return undefined;
  const reasons: string[] = [];
  if (format !== now.numberFormat) reasons.push('backslash');
  if (old.formula !== now.formula) return undefined;
  if (old.value !== now.value || old.type !== now.type) {
    if (old.type === 'number' && now.type === 'number' && isDateFormat(format) && Math.abs((old.value as number) - (now.value as number)) < 1e-8) reasons.push('date-rounding');
    else if (old.type === 'empty' && now.formula !== undefined && now.type !== 'number' && isDateFormat(format)) reasons.push('date-non-number');
    else return undefined;
  }
  return reasons.length ? reasons.join('+') : 'same';
}

/** Differences not explained by a known ExcelJS fault, and a count of those that are. */
function compare(old: Workbook, now: Workbook, forgivenCount: Map<string, number>): string[] {
  const problems: string[] = [];
  const { sheets: a, ...restA } = old;
  const { sheets: b, ...restB } = now;
  if (JSON.stringify(restA) !== JSON.stringify(restB)) problems.push(`workbook: ${JSON.stringify(restA)} vs ${JSON.stringify(restB)}`);
  if (a.length !== b.length) return [...problems, `sheets: ${a.map((s) => s.name)} vs ${b.map((s) => s.name)}`];
  a.forEach((sa, i) => {
    const sb = b[i];
    const { rows: ra, ...metaA } = sa;
    const { rows: rb, ...metaB } = sb;
    if (JSON.stringify(metaA) !== JSON.stringify(metaB)) problems.push(`${sa.name}: ${JSON.stringify(metaA)} vs ${JSON.stringify(metaB)}`);
    for (let r = 0; r < Math.max(ra.length, rb.length); r++) {
      const ca = ra[r] ?? [];
      const cb = rb[r] ?? [];
      for (let c = 0; c < Math.max(ca.length, cb.length); c++) {
        const reason = forgiven(ca[c] ?? undefined, cb[c] ?? undefined);
        if (reason === undefined) problems.push(`${sa.name}!R${r + 1}C${c + 1}: ${JSON.stringify(ca[c])} vs ${JSON.stringify(cb[c])}`);
        else if (reason !== 'same') forgivenCount.set(reason, (forgivenCount.get(reason) ?? 0) + 1);
      }
    }
  });
  return problems;
}

async function differences(bytes: Uint8Array, forgivenCount: Map<string, number>): Promise<string[]> {
  const [old, now] = [await withExcelJs(bytes), await streamed(bytes)];
  if ('error' in old || 'error' in now) {
    return JSON.stringify(old) === JSON.stringify(now) ? [] : [`${'error' in old ? old.error : 'model'} vs ${'error' in now ? now.error : 'model'}`];
  }
  // Plain data both: compare what survives JSON, as the model promises.
  return compare(JSON.parse(JSON.stringify(old.model)), JSON.parse(JSON.stringify(now.model)), forgivenCount);
}

describe('readXlsxStream gives the model the ExcelJS reader gives', () => {
  const fixtures = xlsxFiles(FIXTURES);
  const corpus = xlsxFiles(CORPUS);

  it('finds the fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(40);
  });

  it.each(fixtures.map((f) => [f.slice(FIXTURES.length + 1), f]))('fixture %s', async (_name, path) => {
    const forgivenCount = new Map<string, number>();
    expect(await differences(new Uint8Array(readFileSync(path)), forgivenCount)).toEqual([]);
    expect([...forgivenCount]).toEqual([]);
  });

  it.each([
    ['rich', () => toBytes(richWorkbook())],
    ['hidden and protected', async () => toBytes(await hiddenAndProtectedWorkbook())],
    ['picture', () => toBytes(workbookWithPicture())],
  ])('in-memory workbook: %s', async (_name, make) => {
    const forgivenCount = new Map<string, number>();
    expect(await differences(await make(), forgivenCount)).toEqual([]);
    expect([...forgivenCount]).toEqual([]);
  });

  (corpus.length > 0 ? it : it.skip)('the shared benchmark corpus, with only known ExcelJS faults', async () => {
    const forgivenCount = new Map<string, number>();
    const problems: string[] = [];
    for (const path of corpus) {
      for (const p of await differences(new Uint8Array(readFileSync(path)), forgivenCount)) problems.push(`${path.slice(CORPUS.length + 1)}: ${p}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    // Shown so a run tells how often ExcelJS is wrong on real workbooks.
    console.log(`${corpus.length} corpus files; ExcelJS faults forgiven: ${JSON.stringify(Object.fromEntries(forgivenCount))}`);
  }, 120_000);
});
