import { validateWorkbook } from '../../../src/core/engine/validate';
import type { CellRange } from '../../../src/core/model/workbook';
import { buildSheet, buildWorkbook, type TestCell } from '../../helpers/buildSheet';
import * as T from '../../helpers/domainTables';

const copy = (rows: TestCell[][]) => rows.map((r) => [...r]);
const noisy = (f: { severity: string }) => f.severity !== 'info';

function validate(rows: TestCell[][], merges: CellRange[] = []) {
  return validateWorkbook(buildWorkbook(buildSheet('Blad1', rows, merges)));
}

describe('every real table of DOMAIN §3 is recognised and clean', () => {
  const cases: Array<[string, TestCell[][], CellRange[], string]> = [
    ['resultatbudget', T.RESULTATBUDGET, [], 'resultatbudget'],
    ['driftbudget (two-level merged header)', T.DRIFTBUDGET, T.DRIFTBUDGET_MERGES, 'driftbudget'],
    ['handlingsplan (årsarbetare outside the sum)', T.HANDLINGSPLAN, [], 'handlingsplan'],
    ['lönekostnad (headers broken over lines)', T.LONEKOSTNAD, [], 'personalkostnader'],
    ['kostnadsanalys', T.KOSTNADSANALYS, [], 'kostnadsanalys'],
    ['årsarbetare (merged two-level header)', T.ARSARBETARE, T.ARSARBETARE_MERGES, 'arsarbetare'],
    ['sjukfrånvaro (Totalt is a weighted mean)', T.SJUKFRANVARO, [], 'sjukfranvaro'],
  ];
  it.each(cases)('%s', (_name, rows, merges, kind) => {
    const report = validate(rows, merges);
    expect(report.tables.map((t) => t.kind)).toEqual([kind]);
    expect(report.findings.filter(noisy)).toEqual([]);
  });

  it('recognises several tables on one sheet separated by blank rows and titles', () => {
    const rows = [...T.KOSTNADSANALYS, [null], [null], ...T.SJUKFRANVARO, [null], ...T.HANDLINGSPLAN];
    const report = validate(rows);
    expect(report.tables.map((t) => [t.kind, t.range])).toEqual([
      ['kostnadsanalys', 'A1:E8'],
      ['sjukfranvaro', 'A11:D15'],
      ['handlingsplan', 'A17:F22'],
    ]);
    expect(report.findings.filter(noisy)).toEqual([]);
  });

  it('still recognises the resultatrapport with columns in another order and a blank row under the header', () => {
    const order = [0, 5, 6, 7, 1, 2, 3, 4, 8];
    const rows = T.RESULTATRAPPORT.map((r) => (r.length > 1 ? order.map((i) => r[i] ?? null) : [...r]));
    rows.splice(3, 0, [null]);
    const report = validate(rows);
    expect(report.tables.map((t) => t.kind)).toEqual(['resultatrapport']);
    expect(report.findings.filter(noisy)).toEqual([]);
  });
});

describe('slips in these tables', () => {
  it('ökningstakt that does not follow from the figures', () => {
    const rows = copy(T.LONEKOSTNAD);
    rows[2][5] = 12.7;
    expect(validate(rows).findings.filter(noisy).map((f) => [f.rule, f.cell])).toEqual([['relation.growth', 'F3']]);
  });

  it('Totalt ≠ Kvinnor + Män in årsarbetare', () => {
    const rows = copy(T.ARSARBETARE);
    rows[4][3] = 18.5;
    const found = validate(rows, T.ARSARBETARE_MERGES).findings.filter(noisy).map((f) => [f.rule, f.cell]);
    expect(found).toContainEqual(['sum.column-total', 'D5']);
  });

  it('Förändring that is not this year − last year', () => {
    const rows = copy(T.ARSARBETARE);
    rows[4][7] = 3.0;
    rows[4][9] = 4.0;
    rows[5][7] = 3.0;
    rows[5][9] = 4.0;
    const found = validate(rows, T.ARSARBETARE_MERGES).findings.filter(noisy).map((f) => [f.rule, f.cell]);
    expect(found).toContainEqual(['variance.change', 'H5']);
  });

  it('sjukfrånvaro Totalt outside Kvinnor–Män', () => {
    const rows = copy(T.SJUKFRANVARO);
    rows[2][3] = 0.9;
    const found = validate(rows).findings.filter(noisy).map((f) => [f.rule, f.cell]);
    expect(found).toContainEqual(['relation.weighted-mean', 'D3']);
  });

  it('varav budgetram larger than omsättning', () => {
    const rows = copy(T.DRIFTBUDGET);
    rows[8][2] = 4.5;
    const found = validate(rows, T.DRIFTBUDGET_MERGES).findings.filter(noisy).map((f) => [f.rule, f.cell]);
    expect(found).toContainEqual(['budgetram.exceeds-turnover', 'C9']);
  });

  it('resultatbudget that does not match the labelled budgetram', () => {
    const rows = copy(T.RESULTATBUDGET);
    rows[0][1] = 107.9;
    const found = validate(rows).findings.filter(noisy).map((f) => [f.rule, f.cell]);
    expect(found).toEqual([['budgetram.result', 'B14']]);
  });

  it('driftbudget summa varav budgetram against resultatbudget on another sheet', () => {
    const drift = copy(T.DRIFTBUDGET);
    drift[10][2] = 110.4;
    drift[6][2] = 46.0;
    const wb = buildWorkbook(buildSheet('Resultatbudget', T.RESULTATBUDGET), buildSheet('Driftbudget', drift, T.DRIFTBUDGET_MERGES));
    const found = validateWorkbook(wb).findings.filter(noisy).map((f) => [f.sheet, f.rule, f.cell]);
    expect(found).toEqual([['Driftbudget', 'crossref.budgetram', 'C11']]);
  });

  it('driftredovisning Resultat that disagrees with the resultatrapport', () => {
    const drift = copy(T.DRIFTREDOVISNING);
    drift[10][1] = 3.3;
    drift[2][1] = 1.5;
    drift[2][3] = 17.9;
    const wb = buildWorkbook(buildSheet('Resultatrapport', T.RESULTATRAPPORT), buildSheet('Driftredovisning', drift));
    const found = validateWorkbook(wb).findings.filter(noisy).map((f) => [f.sheet, f.rule, f.cell]);
    expect(found).toContainEqual(['Driftredovisning', 'crossref.result', 'B11']);
  });
});

describe('merged cells among the figures', () => {
  it('are reported as info, and the table is still checked', () => {
    const rows = copy(T.KOSTNADSANALYS);
    const report = validate(rows, [{ top: 4, left: 2, bottom: 4, right: 3 }]);
    expect(report.tables.map((t) => t.kind)).toEqual(['kostnadsanalys']);
    expect(report.findings.map((f) => [f.rule, f.cell, f.severity])).toContainEqual(['recognition.merged-body', 'B4', 'info']);
  });
});
