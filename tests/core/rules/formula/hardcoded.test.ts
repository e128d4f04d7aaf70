import { sheetFromGrid } from '../../../../src/core/model/workbook';
import { hardcodedNumber } from '../../../../src/core/rules/formula/hardcoded';
import { _, f, n, t } from './grid';

function varianceSheet(typedRow?: number) {
  const grid = [[t('Område'), t('Utfall'), t('Budget'), t('Avvikelse')]];
  for (let r = 2; r <= 7; r++) {
    grid.push([t(`Område ${r}`), n(r * 10), n(r * 9), r === typedRow ? n(4.5) : f(`=B${r}-C${r}`)]);
  }
  grid.push([t('Summa'), f('=SUM(B2:B7)'), f('=SUM(C2:C7)'), f('=SUM(D2:D7)')]);
  return sheetFromGrid('Blad1', grid);
}

describe('formula.hardcoded', () => {
  it('flags a typed number amid a column of one formula, at its exact cell', () => {
    const findings = hardcodedNumber(varianceSheet(4));
    expect(findings.map((x) => x.cell)).toEqual(['D4']);
    expect(findings[0]).toMatchObject({ rule: 'formula.hardcoded', severity: 'warning', found: 4.5 });
    expect(findings[0].message).toBe(
      'I D4 står det inskrivna talet 4,5 där grannarna i kolumnen räknas med en formel (i D4 vore den =B4-C4); '
      + 'talet uppdateras inte när underlaget ändras.',
    );
  });

  it('stays silent on a clean column and its totals row', () => {
    expect(hardcodedNumber(varianceSheet())).toEqual([]);
  });

  it('flags a typed total in a totals row of SUM formulas', () => {
    const grid = [
      [t('Post'), t('Jan'), t('Feb'), t('Mar')],
      [t('A'), n(1), n(2), n(3)],
      [t('B'), n(1), n(2), n(3)],
      [t('Summa'), f('=SUM(B2:B3)'), n(4), f('=SUM(D2:D3)')],
    ];
    expect(hardcodedNumber(sheetFromGrid('Blad1', grid)).map((x) => x.cell)).toEqual(['C4']);
  });

  it('leaves seeds alone: a first year, an opening balance', () => {
    const grid = [
      [t('År'), n(2023), f('=B1+1'), f('=C1+1'), f('=D1+1')],
      [t('Saldo'), n(100), f('=B2+10'), f('=C2+10'), f('=D2+10')],
    ];
    expect(hardcodedNumber(sheetFromGrid('Blad1', grid))).toEqual([]);
  });

  it('leaves inputs alone when the formulas beside them read them', () => {
    // Kvinnor and Män typed, Totalt computed, repeated per year: typed cells sit between
    // formulas of one pattern along the row but are the inputs of those formulas.
    const grid = [
      [t('Grupp'), t('K 2024'), t('M 2024'), t('Tot 2024'), t('K 2025'), t('M 2025'), t('Tot 2025')],
      [t('Chef'), n(1), n(0), f('=B2+C2'), n(1), n(1), f('=E2+F2')],
      [t('Handläggare'), n(14), n(5.5), f('=B3+C3'), n(13), n(4.5), f('=E3+F3')],
    ];
    expect(hardcodedNumber(sheetFromGrid('Blad1', grid))).toEqual([]);
  });

  it('flags typed figures in a column that one formula computes section after section', () => {
    const grid: Array<Array<ReturnType<typeof n> | null>> = [];
    const section = (from: number, typedRows: number[]) => {
      for (let r = from; r < from + 4; r++) {
        grid[r - 1] = [t(`Rad ${r}`), n(r), typedRows.includes(r) ? n(0.5) : f(`=B${r}/Data!B${r + 40}`)];
      }
      grid[from + 3] = [_, _, _];
    };
    section(1, []);
    section(6, []);
    section(11, [11, 12]);
    const findings = hardcodedNumber(sheetFromGrid('Blad1', grid));
    expect(findings.map((x) => x.cell).sort()).toEqual(['C11', 'C12']);
  });
});
