/**
 * A base built from formulas: the workbook's own formulas are recomputed in memory, so sums and
 * cells outside the table follow (tests/fixtures/scenario, real tillväxtnämnd figures).
 */
import { join } from 'path';
import { readWorkbookFile } from '../../../src/host/file/readWorkbook';
import { runScenario } from '../../../src/core/scenario';
import type { Workbook } from '../../../src/core/model/workbook';
import { baseOf } from './tables';

const FILE = join(__dirname, '..', '..', 'fixtures', 'scenario', 'verksamhetsplan-tillvaxt-2024-formler.xlsx');

describe('scenario on the workbook’s own formulas', () => {
  let workbook: Workbook;
  beforeAll(async () => {
    workbook = await readWorkbookFile(FILE);
  });

  it('recomputes the sums with the workbook’s formulas and a cell outside the table follows', () => {
    const base = baseOf(workbook, 'Resultatbudget');
    expect(base.formulaModel).toBe(true);
    const r = runScenario(base, { name: 'Lön', base: { sheet: 'Resultatbudget' }, parameters: [{ kind: 'percent', target: 'Personalkostnader', percent: 2, column: 'Budget 2024' }] });
    expect(r.rows.find((x) => x.label === 'Resultat')!.scenario[0]).toBeCloseTo(-146.358, 9);
    // G3 = B18 + B3 ("Resultat mot budgetram") is not part of the table, yet it follows.
    expect(r.followers).toEqual([{ sheet: 'Resultatbudget', cell: 'G3', base: 0, scenario: expect.closeTo(-2.958, 9) }]);
    expect(r.problems).toEqual([]);
  });

  it('a sum the evaluator cannot recompute is added up from its rows and reported', () => {
    const copy: Workbook = JSON.parse(JSON.stringify(workbook));
    const sheet = copy.sheets.find((s) => s.name === 'Resultatbudget')!;
    // Summa kostnader, Budget 2024, written with a function the evaluator does not know.
    const row = sheet.rows.findIndex((r) => r?.[0]?.value === 'Summa kostnader');
    sheet.rows[row]![1] = { ...sheet.rows[row]![1]!, formula: '=AGGREGATE(9,6,B11:B14)' };
    const base = baseOf(copy, 'Resultatbudget');
    const r = runScenario(base, { name: 'Lön', base: { sheet: 'Resultatbudget' }, parameters: [{ kind: 'percent', target: 'Personalkostnader', percent: 2, column: 'Budget 2024' }] });
    expect(r.rows.find((x) => x.label === 'Summa kostnader')!.scenario[0]).toBeCloseTo(-275.758, 9);
    expect(r.problems[0].message).toBe('Resultatbudget!B15 kan inte räknas om: funktionen AGGREGATE stöds inte av Periodkolls räknare.');
    expect(r.notes).toContain('Summa kostnader (B15) räknades från raderna eftersom formeln inte kunde räknas om.');
  });
});
