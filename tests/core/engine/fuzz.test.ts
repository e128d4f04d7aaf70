import fc from 'fast-check';
import { validateWorkbook } from '../../../src/core/engine/validate';
import { parseA1 } from '../../../src/core/model/address';
import { cellAt, sheetFromGrid, type Cell, type Workbook } from '../../../src/core/model/workbook';

/** Labels and headers the recogniser reacts to, so random sheets often look like real tables. */
const WORDS = [
  'Summa', 'Summa intäkter', 'Summa kostnader', 'Totalt', 'Resultat', 'Verksamhetens nettokostnad', 'Personalkostnader',
  'Erhållna bidrag', 'Utfall ack', 'Budget ack', 'Budgetavvikelse ack', 'Prognos', 'Budget', 'Omsättning', 'Relation (%)',
  'Varav budgetram', 'Kvinnor', 'Män', 'Förändring', 'Ökningstakt (%)', 'Budgetram', 'Ledning', '2024', '2025', '−2,4', '1 234,5',
  '#DIVISION/0!', '', 'Kommentar', 'Antal årsarbetare', 'Handlingsplan', 'Sjukfrånvaro totalt',
];

const cellArb: fc.Arbitrary<Cell | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => ({ value: Math.round(v * 10) / 10, type: 'number' as const })) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS).map((v) => ({ value: v, type: 'text' as const })) },
  { weight: 1, arbitrary: fc.constantFrom('#DIV/0!', '#REF!', '#N/A').map((v) => ({ value: v, type: 'error' as const })) },
  { weight: 1, arbitrary: fc.constantFrom('=SUM(B2:B4)', '=B2-C2', '=B3/C3*100', '=SUM(A1:A1)').map((f) => ({ value: 1, type: 'number' as const, formula: f })) },
  { weight: 1, arbitrary: fc.constantFrom(1e300, -1e-300, 0).map((v) => ({ value: v, type: 'number' as const, numberFormat: '0.0' })) },
);

const sheetArb = (name: string) =>
  fc.array(fc.array(cellArb, { minLength: 0, maxLength: 7 }), { minLength: 0, maxLength: 14 }).map((grid) => sheetFromGrid(name, grid));

const workbookArb: fc.Arbitrary<Workbook> = fc
  .tuple(sheetArb('Blad1'), sheetArb('Blad 2'), sheetArb("Kvartal's"))
  .map((sheets) => ({ name: 'fuzz.xlsx', sheets }));

describe('the engine on random workbooks', () => {
  it('never throws, and every finding points at a cell inside its sheet', () => {
    fc.assert(
      fc.property(workbookArb, (wb) => {
        const report = validateWorkbook(wb);
        for (const f of report.findings) {
          const sheet = wb.sheets.find((s) => s.name === f.sheet);
          expect(sheet).toBeDefined();
          const pos = parseA1(f.cell)!;
          expect(pos).toBeDefined();
          expect(pos.row).toBeLessThanOrEqual(Math.max(1, sheet!.rowCount));
          expect(pos.col).toBeLessThanOrEqual(Math.max(1, sheet!.colCount));
          if (f.rule !== 'recognition.unknown-sheet' && f.rule !== 'recognition.merged-body') expect(cellAt(sheet!, pos.row, pos.col).type).not.toBe('empty');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same findings per sheet when sheets are reordered', () => {
    fc.assert(
      fc.property(workbookArb, (wb) => {
        const key = (r: ReturnType<typeof validateWorkbook>) => r.findings.map((f) => `${f.sheet}|${f.cell}|${f.rule}`).sort();
        const reordered = { ...wb, sheets: [...wb.sheets].reverse() };
        expect(key(validateWorkbook(reordered))).toEqual(key(validateWorkbook(wb)));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same findings, under the new names, when sheets are renamed', () => {
    // Names a controller might use, with quotes, spaces and å/ä/ö; none a rule reads by name (Index, Styrtal).
    const NEW_NAMES = ["Ekonomi 'jan–jul'", 'Årsbudget ÅÄÖ', 'Kvartal 2 (prognos)'];
    fc.assert(
      fc.property(workbookArb, (wb) => {
        const rename = new Map(wb.sheets.map((s, i) => [s.name, NEW_NAMES[i]]));
        const renamed = { ...wb, sheets: wb.sheets.map((s) => ({ ...s, name: rename.get(s.name)! })) };
        const key = (r: ReturnType<typeof validateWorkbook>, name: (sheet: string) => string) =>
          r.findings.map((f) => `${name(f.sheet)}|${f.cell}|${f.rule}|${f.severity}`).sort();
        expect(key(validateWorkbook(renamed), (s) => s)).toEqual(key(validateWorkbook(wb), (s) => rename.get(s) ?? s));
      }),
      { numRuns: 150 },
    );
  });
});
