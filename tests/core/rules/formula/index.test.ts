import { sheetFromGrid } from '../../../../src/core/model/workbook';
import { RULES } from '../../../../src/core/rules/catalogue';
import { formulaRules } from '../../../../src/core/rules/formula';
import { f, n, t } from './grid';

/** The kulturnämnd resultatrapport (DOMAIN §3.1) built with live formulas, as a controller would. */
function resultatrapport() {
  const rows: Array<[string, number, number] | [string, string, string]> = [
    ['Erhållna bidrag', 34.0, 32.8],
    ['Övriga intäkter', 0.0, 0.0],
    ['Summa Intäkter', '=SUM(B2:B3)', '=SUM(C2:C3)'],
    ['Personalkostnader', -8.8, -8.8],
    ['Lämnade bidrag', -86.6, -84.2],
    ['Övriga kostnader', -5.9, -9.8],
    ['Summa Kostnader', '=SUM(B5:B7)', '=SUM(C5:C7)'],
    ['Verksamhetens nettokostnad', '=B4+B8', '=C4+C8'],
    ['Resultat', '=B9', '=C9'],
  ];
  const grid = [[t(''), t('Utfall ack'), t('Budget ack'), t('Budgetavvikelse ack')]];
  rows.forEach(([label, u, b], i) => {
    const r = i + 2;
    const cell = (x: number | string) => (typeof x === 'number' ? n(x) : f(x));
    grid.push([t(label), cell(u), cell(b), f(`=B${r}-C${r}`)]);
  });
  return sheetFromGrid('Resultatrapport', grid);
}

describe('formulaRules', () => {
  it('uses rule ids from the catalogue', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const sheet = resultatrapport();
    sheet.rows[4]![3] = n(1.2);
    sheet.rows[8]![1] = f('=SUM(B6:B7)');
    const found = formulaRules.flatMap((rule) => rule(sheet));
    expect(found.length).toBeGreaterThan(0);
    for (const x of found) expect(ids.has(x.rule)).toBe(true);
  });

  it('are silent on a clean, formula-built resultatrapport', () => {
    const sheet = resultatrapport();
    expect(formulaRules.flatMap((rule) => rule(sheet))).toEqual([]);
  });
});
