/** validateWorkbook with styrtal, summary and Index sheets: one report, nothing read twice. */
import { validateWorkbook } from '../../../src/core/engine/validate';
import { buildSheet, buildWorkbook } from '../../helpers/buildSheet';

const styrtal = buildSheet('Styrtal', [
  ['Styrtal delårsrapport 2025'],
  ['Styrtal', 'Utfall', 'Årets målvärde', 'Långsiktigt målvärde'],
  ['Andel barn bland publik', '20 %', '30 %', null],
  ['Sjukfrånvaron ska minska.', '4,89 %', '4,2 %', '3,5 %'],
  ['Hållbart medarbetarengagemang (HME)', 79, '77- 80', 80],
]);

describe('validateWorkbook and styrtal', () => {
  it('a styrtal table is reported as styrtal, not as a sjukfrånvaro table, and its rows become targets', () => {
    const report = validateWorkbook(buildWorkbook(styrtal));
    expect(report.tables).toEqual([{ sheet: 'Styrtal', range: 'A2:D5', kind: 'styrtal' }]);
    expect(report.targets?.map((t) => [t.row, t.status])).toEqual([
      [3, 'not-met'],
      [4, 'not-met'],
      [5, 'met'],
    ]);
    expect(report.findings).toEqual([]);
    expect(Object.keys(report)).toEqual(['tables', 'unrecognizedSheets', 'findings', 'targets']);
  });

  it('Index and Måluppfyllelse sheets are understood, not "unknown"', () => {
    const index = buildSheet('Index', [['År', 'LPIK %'], [2024, 3.5], [2025, 2.9]]);
    const summary = buildSheet('Måluppfyllelse', [
      ['Prognos måluppfyllelse', 'Bedöms att uppnås', 'Bedöms att delvis uppnås', 'Bedöms att inte uppnås'],
      ['Nämndens mål', null, 1, null],
      [],
      ['Mål: Region Örebro län har stärkt förutsättningar för civilsamhället.'],
      ['• Bedömningen är att målet delvis kommer att uppnås vid årets slut.'],
    ]);
    const report = validateWorkbook(buildWorkbook(styrtal, index, summary));
    expect(report.unrecognizedSheets).toEqual([]);
    expect(report.findings.filter((f) => f.rule === 'recognition.unknown-sheet')).toEqual([]);
    expect(report.tables.map((t) => t.kind)).toEqual(['styrtal', 'maluppfyllelse', 'indexserier']);
  });

  it('a workbook without styrtal has no targets key', () => {
    const report = validateWorkbook(buildWorkbook(buildSheet('Blad1', [['Post', 'Utfall'], ['Intäkter', 1], ['Summa', 1]])));
    expect('targets' in report).toBe(false);
  });

  it('summary findings take their place in the sorted findings', () => {
    const summary = buildSheet('Måluppfyllelse', [
      ['Prognos måluppfyllelse', 'Bedöms att uppnås', 'Bedöms att delvis uppnås', 'Bedöms att inte uppnås'],
      ['Nämndens mål', 1, null, null],
      [],
      ['Mål: Region Örebro län har stärkt förutsättningar för civilsamhället.'],
      ['• Bedömningen är att målet delvis kommer att uppnås vid årets slut.'],
    ]);
    const report = validateWorkbook(buildWorkbook(styrtal, summary));
    expect(report.findings.map((f) => [f.sheet, f.cell, f.rule])).toEqual([
      ['Måluppfyllelse', 'B2', 'summary.count-mismatch'],
      ['Måluppfyllelse', 'C2', 'summary.count-mismatch'],
    ]);
  });

  it('a resultatrapport right below a styrtal table is still read and checked as one', () => {
    const sheet = buildSheet('Delårsrapport', [
      ['Styrtal', 'Utfall', 'Årets målvärde', 'Långsiktigt målvärde'],
      ['Budgetunderskott ska minska.', '0,4 mnkr', '0 mnkr', '0 mnkr'],
      [],
      ['Belopp i mnkr', 'Utfall ack', 'Budget ack', 'Budgetavvikelse ack'],
      ['Erhållna bidrag', 34.0, 32.8, 1.2],
      ['Summa Intäkter', 34.0, 32.8, 1.2],
      ['Personalkostnader', -8.8, -8.8, 0.1],
      ['Lämnade bidrag', -86.6, -84.2, -2.4],
      ['Summa Kostnader', -95.4, -93.0, -2.4],
      ['Resultat', -61.4, -60.2, -1.0],
    ]);
    const report = validateWorkbook(buildWorkbook(sheet));
    expect(report.tables.map((t) => [t.kind, t.range])).toEqual([
      ['resultatrapport', 'A4:D10'],
      ['styrtal', 'A1:D2'],
    ]);
    expect(report.targets).toHaveLength(1);
    // Resultat −1,0 is neither −61,4 − (−60,2) = −1,2 nor 1,2 + (−2,4): the table is checked, not swallowed.
    const atD10 = report.findings.filter((f) => f.cell === 'D10');
    expect(atD10.map((f) => f.rule)).toEqual(['sum.row-total']);
    expect(atD10[0].message).toContain('Även kontrollen "Budgetavvikelse stämmer inte" pekar på D10.');
  });
});
