import { sheetFromGrid } from '../../../../src/core/model/workbook';
import { inconsistentFormula } from '../../../../src/core/rules/formula/inconsistent';
import { _, f, n, t } from './grid';

/** Rows 2–7: label, utfall, budget, avvikelse = utfall − budget; row 8 the totals. */
function varianceSheet(slip?: { row: number; formula: string }) {
  const grid = [[t('Område'), t('Utfall'), t('Budget'), t('Avvikelse')]];
  for (let r = 2; r <= 7; r++) {
    const formula = slip?.row === r ? slip.formula : `=B${r}-C${r}`;
    grid.push([t(`Område ${r}`), n(r * 10), n(r * 9), f(formula)]);
  }
  grid.push([t('Summa'), f('=SUM(B2:B7)'), f('=SUM(C2:C7)'), f('=SUM(D2:D7)')]);
  return sheetFromGrid('Blad1', grid);
}

describe('formula.inconsistent', () => {
  it('flags a formula pointing at the wrong row, at its exact cell', () => {
    const findings = inconsistentFormula(varianceSheet({ row: 5, formula: '=B5-C6' }));
    expect(findings.map((x) => x.cell)).toEqual(['D5']);
    expect(findings[0]).toMatchObject({ rule: 'formula.inconsistent', severity: 'warning', sheet: 'Blad1' });
    expect(findings[0].message).toBe(
      'Formeln i D5 (=B5-C6) avviker från grannarna i kolumnen (deras formel vore =B5-C5 i D5); den kan peka på fel rad.',
    );
  });

  it('stays silent on a clean column and on its totals row', () => {
    expect(inconsistentFormula(varianceSheet())).toEqual([]);
  });

  it('does not mistake reordered terms for a different formula', () => {
    expect(inconsistentFormula(varianceSheet({ row: 4, formula: '=-C4+B4' }))).toEqual([]);
  });

  it('flags a total in a totals row whose range differs from the others', () => {
    const grid = [
      [t('Post'), t('Jan'), t('Feb'), t('Mar'), t('Apr')],
      [t('A'), n(1), n(2), n(3), n(4)],
      [t('B'), n(1), n(2), n(3), n(4)],
      [t('C'), n(1), n(2), n(3), n(4)],
      [t('Summa'), f('=SUM(B2:B4)'), f('=SUM(C2:C4)'), f('=SUM(D3:D4)'), f('=SUM(E2:E4)')],
    ];
    const findings = inconsistentFormula(sheetFromGrid('Blad1', grid));
    expect(findings.map((x) => x.cell)).toEqual(['D5']);
    expect(findings[0].message).toContain('i raden');
  });

  it('leaves single formulas and short runs alone', () => {
    const grid = [
      [t('x'), n(1), f('=B1*2')],
      [t('y'), n(2), f('=B2*3')],
      [t('z'), n(3), _],
    ];
    expect(inconsistentFormula(sheetFromGrid('Blad1', grid))).toEqual([]);
  });

  it('leaves a deliberately different computation alone (other shape)', () => {
    const grid = [[t('Post'), t('Utfall'), t('Budget'), t('Andel')]];
    for (let r = 2; r <= 7; r++) grid.push([t(`P${r}`), n(r), n(r + 1), f(`=B${r}/C${r}`)]);
    grid[4][3] = f('=IF(C4=0,0,B4/C4)');
    expect(inconsistentFormula(sheetFromGrid('Blad1', grid))).toEqual([]);
  });

  it('names a lost reference', () => {
    const findings = inconsistentFormula(varianceSheet({ row: 3, formula: '=B3-#REF!' }));
    expect(findings.map((x) => x.cell)).toEqual(['D3']);
    expect(findings[0].message).toContain('#REFERENS!');
  });

  it('does not mistake reordered factors for a different formula', () => {
    const grid = [[t('Post'), t('Antal'), t('Pris'), t('Belopp')]];
    for (let r = 2; r <= 6; r++) grid.push([t(`P${r}`), n(r), n(10), f(r === 4 ? `=C${r}*B${r}` : `=B${r}*C${r}`)]);
    expect(inconsistentFormula(sheetFromGrid('Blad1', grid))).toEqual([]);
  });

  it('treats a link to another sheet as another computation, not a slipped reference', () => {
    const grid = [[t('Post'), t('Jan'), t('Feb'), t('Mar'), t('Apr')]];
    grid.push([t('Saldo'), f('=Data!B2'), f('=B2'), f('=C2'), f('=D2')]);
    expect(inconsistentFormula(sheetFromGrid('Blad1', grid))).toEqual([]);
  });

  it('leaves a deviant alone when it is itself filled down its column', () => {
    // Column E divides by another column than B–D do across the row, in every row: by design.
    const grid = [[t('Post'), t('A'), t('B'), t('C'), t('D')]];
    for (let r = 2; r <= 5; r++) grid.push([t(`P${r}`), f(`=H${r}/2`), f(`=I${r}/2`), f(`=J${r}/2`), f(`=G${r}/2`)]);
    expect(inconsistentFormula(sheetFromGrid('Blad1', grid))).toEqual([]);
  });

  it('reads a totals row across blank spacer columns', () => {
    const grid = [
      [t('Post'), t('Jan'), _, t('Feb'), _, t('Mar'), _, t('Apr')],
      [t('A'), n(1), _, n(2), _, n(3), _, n(4)],
      [t('B'), n(1), _, n(2), _, n(3), _, n(4)],
      [t('C'), n(1), _, n(2), _, n(3), _, n(4)],
      [t('Summa'), f('=SUM(B2:B4)'), _, f('=SUM(D2:D4)'), _, f('=SUM(F3:F4)'), _, f('=SUM(H2:H4)')],
    ];
    expect(inconsistentFormula(sheetFromGrid('Blad1', grid)).map((x) => x.cell)).toEqual(['F5']);
  });
});
