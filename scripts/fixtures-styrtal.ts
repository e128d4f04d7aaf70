/**
 * Writes the styrtal fixtures (run with `npx tsx scripts/fixtures-styrtal.ts`):
 * - tests/fixtures/styrtal/styrtal-kultur-2025.xlsx: the real styrtal rows of the kulturnämnd's
 *   delårsrapport 2025 (sheet Styrtal, Rapportår 2025) and the summary of måluppfyllelse for
 *   "Nämndens mål" with the five real assessments it counts (sheet Måluppfyllelse). No Index
 *   sheet: the bundled index table applies, so the frilansare row lacks LPIK 2025.
 * - tests/fixtures/styrtal/index-lpik-scenario.xlsx: an Index sheet with LPIK 2024 3,5 % (the
 *   seed budget) and 2,9 % for 2025 as a SCENARIO (DOMAIN §1: "what if LPIK is 3.5 % instead of
 *   2.9 %"), not a published figure, and the real frilansare row that it lets Periodkoll compute.
 * Deterministic: the same bytes on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DELVIS, NAMNDENS_MAL, STYRTAL_ROWS } from './fixtures-styrtal-rows';
import { SheetSpec, type WorkbookSpec } from './fixtures/sheetSpec';
import { header, label, note, title } from './fixtures/styles';
import { workbookBytes } from './fixtures/writeWorkbook';
import { runWhenMain } from './fixtures/runWhenMain';

const DIR = join(__dirname, '..', 'tests', 'fixtures', 'styrtal');

/** First body row of the Styrtal sheet; row i of STYRTAL_ROWS is at FIRST_ROW + i. */
export const FIRST_ROW = 5;

function styrtalSheet(rows = STYRTAL_ROWS): SheetSpec {
  const s = new SheetSpec('Styrtal');
  s.set(1, 1, title('Styrtal – kulturnämnden, delårsrapport 2025'));
  s.set(2, 1, label('Rapportår'));
  s.set(2, 2, { value: 2025 });
  ['Styrtal', 'Utfall', 'Årets målvärde', 'Långsiktigt\nmålvärde', 'Kommentar'].forEach((h, i) => s.set(4, i + 1, header(h)));
  rows.forEach((r, i) => {
    const row = FIRST_ROW + i;
    s.set(row, 1, { value: r.name, wrap: true });
    if (r.actual) s.set(row, 2, r.actual);
    if (r.target) s.set(row, 3, r.target);
    if (r.longTerm) s.set(row, 4, r.longTerm);
    if (r.comment) s.set(row, 5, { value: r.comment, wrap: true });
  });
  s.width(1, 60);
  [2, 3, 4].forEach((c) => s.width(c, 16));
  s.width(5, 60);
  return s;
}

function summarySheet(): SheetSpec {
  const s = new SheetSpec('Måluppfyllelse');
  s.set(1, 1, title('3.1 Sammanfattning uppföljning av målsättningar, mål och uppdrag'));
  ['Prognos måluppfyllelse', 'Bedöms att\nuppnås', 'Bedöms att\ndelvis uppnås', 'Bedöms att\ninte uppnås'].forEach((h, i) => s.set(3, i + 1, header(h)));
  s.set(4, 1, label('Nämndens mål'));
  s.set(4, 3, { value: 5 });
  let row = 6;
  for (const mal of NAMNDENS_MAL) {
    s.set(row++, 1, { value: mal, bold: true, wrap: true });
    s.set(row++, 1, { value: DELVIS, wrap: true });
    row++;
  }
  s.width(1, 90);
  [2, 3, 4].forEach((c) => s.width(c, 14));
  return s;
}

function indexScenario(): WorkbookSpec {
  const idx = new SheetSpec('Index');
  idx.set(1, 1, note('Scenario: LPIK 2025 = 2,9 % är ett antagande, inte ett publicerat värde.'));
  idx.set(3, 1, header('År'));
  idx.set(3, 2, header('LPIK %'));
  idx.set(4, 1, { value: 2024 });
  idx.set(4, 2, { value: 3.5, numFmt: '0.0' });
  idx.set(5, 1, { value: 2025 });
  idx.set(5, 2, { value: 2.9, numFmt: '0.0' });
  const frilansare = STYRTAL_ROWS.find((r) => r.name.includes('frilansare'))!;
  return {
    fileName: 'index-lpik-scenario.xlsx',
    title: 'Indexserier – scenario LPIK 2025',
    sheets: [styrtalSheet([frilansare]), idx],
  };
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const specs: WorkbookSpec[] = [
    { fileName: 'styrtal-kultur-2025.xlsx', title: 'Styrtal kulturnämnden, delårsrapport 2025', sheets: [styrtalSheet(), summarySheet()] },
    indexScenario(),
  ];
  for (const spec of specs) {
    writeFileSync(join(DIR, spec.fileName), await workbookBytes(spec));
    console.log(`  tests/fixtures/styrtal/${spec.fileName}`);
  }
}

runWhenMain(module, main);
