/**
 * Every workbook of the formula-error benchmark (../shared/benchmarks, beside the repository)
 * must load: they are real-world files with shared formulas, charts and pictures, including
 * FinalBudget.xlsx, on which ExcelJS alone throws while reading a drawing.
 */
import { existsSync, readdirSync } from 'fs';
import { join, resolve } from 'path';
import { cellAt, type Workbook } from '../../../src/core/model/workbook';
import { readWorkbookFile } from '../../../src/host/file/readWorkbook';

const FILES = resolve(__dirname, '../../../../shared/benchmarks/excelint-custodes/files');
const present = existsSync(FILES);
const maybe = present ? it : it.skip;
if (!present) {
  console.warn(`Benchmark workbooks not found at ${FILES}; skipping the benchmark loading tests.`);
}

describe('the 70 benchmark workbooks', () => {
  maybe(
    'all load without throwing',
    async () => {
      const names = readdirSync(FILES).filter((f) => f.endsWith('.xlsx')).sort();
      expect(names).toHaveLength(70);
      const failed: string[] = [];
      let formulas = 0;
      for (const name of names) {
        try {
          const wb = await readWorkbookFile(join(FILES, name));
          expect(wb.sheets.length).toBeGreaterThan(0);
          formulas += countFormulas(wb);
        } catch (e) {
          failed.push(`${name}: ${(e as Error).message}`);
        }
      }
      expect(failed).toEqual([]);
      expect(formulas).toBeGreaterThan(20000);
    },
    // Speed is measured by npm run bench:formulas, not asserted here; this only bounds a hang.
    180_000,
  );

  maybe('expands shared formulas as Excel shows them (yef00.xlsx, FTEE Calculation)', async () => {
    const wb = await readWorkbookFile(join(FILES, 'yef00.xlsx'));
    const sheet = wb.sheets.find((s) => s.name === 'FTEE Calculation')!;
    // Master cells: C12 "+B12/24" (C12:C25) and I12 "+H12/$H$27" (I12:I25).
    expect(cellAt(sheet, 12, 3).formula).toBe('=+B12/24');
    expect(cellAt(sheet, 13, 3)).toMatchObject({ formula: '=+B13/24', value: 2580.7083333333335 });
    expect(cellAt(sheet, 25, 3).formula).toBe('=+B25/24');
    expect(cellAt(sheet, 14, 9)).toMatchObject({ formula: '=+H14/$H$27', value: 0.020960108971432155 });
  });

  maybe('reads FinalBudget.xlsx, whose chart drawings make ExcelJS throw', async () => {
    const wb = await readWorkbookFile(join(FILES, 'FinalBudget.xlsx'));
    expect(wb.sheets.length).toBeGreaterThan(0);
    expect(countFormulas(wb)).toBeGreaterThan(0);
  });
});

function countFormulas(wb: Workbook): number {
  let n = 0;
  for (const s of wb.sheets) for (const row of s.rows) for (const c of row ?? []) if (c?.formula) n++;
  return n;
}
