/**
 * Writes the scenario fixtures (tests/fixtures/scenario/*.xlsx), real figures (DOMAIN §3.3):
 * - verksamhetsplan-tillvaxt-2024-formler.xlsx: the regional tillväxtnämnd's resultatbudget with
 *   live sums, a labelled Budgetram and beside it (G3) "Resultat mot budgetram", a formula
 *   outside the table that reads it and that a scenario must make follow;
 *   and the driftbudget per område with =SUM on its own sheet.
 * Deterministic. Run with `npx tsx scripts/fixtures-scenario.ts` (also part of `npm run fixtures`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { driftbudget } from './fixtures/driftbudget';
import { DRIFTBUDGET_TILLVAXT_2024, DRIFTBUDGET_TILLVAXT_2024_SUMMA, RESULTATBUDGET_TILLVAXT_2024 } from './fixtures/figures';
import { resultatbudget } from './fixtures/resultatbudget';
import { SheetSpec, type WorkbookSpec } from './fixtures/sheetSpec';
import { FMT, fx, label, num, title } from './fixtures/styles';
import { workbookBytes } from './fixtures/writeWorkbook';
import { runWhenMain } from './fixtures/runWhenMain';

const DIR = join(__dirname, '..', 'tests', 'fixtures', 'scenario');

/** The budgetram of the regional tillväxtnämnd 2024 (mnkr), = −Resultat Budget 2024. */
export const BUDGETRAM_TILLVAXT_2024 = 143.4;

export function tillvaxtFormulas(): { spec: WorkbookSpec; resultRow: number } {
  const rb = new SheetSpec('Resultatbudget');
  rb.set(1, 1, title('4.4 Resultatbudget regional tillväxt'));
  rb.set(3, 1, label('Budgetram', true));
  rb.set(3, 2, num(BUDGETRAM_TILLVAXT_2024, FMT.oneDecimal, true));
  const table = resultatbudget(rb, RESULTATBUDGET_TILLVAXT_2024, { headerRow: 5, formulas: true, numFmt: FMT.oneDecimal, blankRows: false });
  const resultRow = table.row('resultat');
  rb.set(3, 6, label('Resultat mot budgetram', true));
  rb.set(3, 7, fx(`B${resultRow}+B3`, FMT.oneDecimal, true));
  const db = new SheetSpec('Driftbudget');
  db.set(1, 1, title('4.5 Driftbudget regional tillväxt'));
  driftbudget(db, DRIFTBUDGET_TILLVAXT_2024, DRIFTBUDGET_TILLVAXT_2024_SUMMA, { headerRow: 3, mergedHeader: true, formulas: true, numFmt: FMT.oneDecimal });
  return {
    spec: { fileName: 'verksamhetsplan-tillvaxt-2024-formler.xlsx', title: 'Verksamhetsplan med budget 2024, regional tillväxtnämnd (formler)', sheets: [rb, db] },
    resultRow,
  };
}

export async function writeScenarioFixtures(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const { spec } = tillvaxtFormulas();
  writeFileSync(join(DIR, spec.fileName), await workbookBytes(spec));
  console.log(`  scenario/${spec.fileName}`);
}

runWhenMain(module, writeScenarioFixtures);
