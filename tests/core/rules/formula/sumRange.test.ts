import { sheetFromGrid, type Cell } from '../../../../src/core/model/workbook';
import { sumRange } from '../../../../src/core/rules/formula/sumRange';
import { _, f, n, t } from './grid';

/** Column B: a header, figures in rows 2–6, the total in row 7 (or wherever `sumRow` says). */
function column(total: string, cells: Array<Cell | null> = [n(10), n(20), n(30), n(40), n(50)], header: Cell = t('Utfall')) {
  const grid = [[t('Post'), header]];
  cells.forEach((c, i) => grid.push([t(`Post ${i + 2}`), c as Cell]));
  grid.push([t('Summa'), f(total)]);
  return sheetFromGrid('Blad1', grid);
}

describe('formula.sum-range', () => {
  it('flags a SUM that stops short of the last row above it', () => {
    const findings = sumRange(column('=SUM(B2:B5)'));
    expect(findings.map((x) => x.cell)).toEqual(['B7']);
    expect(findings[0]).toMatchObject({ rule: 'formula.sum-range', severity: 'warning' });
    expect(findings[0].message).toBe(
      'Summan i B7 (=SUMMA(B2:B5)) tar inte med B6, som hör till samma block av tal (B2:B6); värdet saknas i summan.',
    );
  });

  it('flags a SUM that starts below the first row of its block', () => {
    expect(sumRange(column('=SUM(B3:B6)')).map((x) => x.cell)).toEqual(['B7']);
  });

  it('stays silent on a SUM over its whole block', () => {
    expect(sumRange(column('=SUM(B2:B6)'))).toEqual([]);
    expect(sumRange(column('=SUM(B1:B6)'))).toEqual([]);
  });

  it('does not take a year heading for a figure', () => {
    expect(sumRange(column('=SUM(B2:B6)', undefined, n(2025)))).toEqual([]);
  });

  it('treats subtotals as the end of the block above them', () => {
    // Rows 2–3 with subtotal in 4, rows 5–6 with the sum in 7 over 5–6 only.
    const cells = [n(10), n(20), f('=SUM(B2:B3)'), n(40), n(50)];
    expect(sumRange(column('=SUM(B5:B6)', cells))).toEqual([]);
  });

  it('stops the block at a row labelled as a total', () => {
    const grid = [
      [t('Post'), t('Utfall')],
      [t('A'), n(1)],
      [t('B'), n(2)],
      [t('Summa A–B'), n(3)],
      [t('C'), n(4)],
      [t('D'), n(5)],
      [t('Summa C–D'), f('=SUM(B5:B6)')],
    ];
    expect(sumRange(sheetFromGrid('Blad1', grid))).toEqual([]);
  });

  it('flags a SUM that counts a subtotal together with its rows', () => {
    const cells = [n(10), n(20), f('=SUM(B2:B3)'), n(40), n(50)];
    const findings = sumRange(column('=SUM(B2:B6)', cells));
    expect(findings.map((x) => x.cell)).toEqual(['B7']);
    expect(findings[0].message).toContain('två gånger');
  });

  it('flags a row sum that misses the last column before it, not one that skips a code column', () => {
    const grid = [
      [t('Konto'), t('Q1'), t('Q2'), t('Q3'), t('Q4'), t('År')],
      [n(4611), n(1), n(2), n(3), n(4), f('=SUM(B2:D2)')],
      [n(4630), n(1), n(2), n(3), n(4), f('=SUM(B3:E3)')],
    ];
    expect(sumRange(sheetFromGrid('Blad1', grid)).map((x) => x.cell)).toEqual(['F2']);
  });

  it('leaves a spacer row and a label-only row alone', () => {
    const cells = [n(10), n(20), n(30), n(40), _];
    expect(sumRange(column('=SUM(B2:B5)', cells))).toEqual([]);
  });

  it('does not count an average beside the figures as a missed figure', () => {
    const grid = [
      [t('Namn'), t('V1'), t('V2'), t('V3'), t('Medel'), t('Summa')],
      [t('A'), n(8), n(7.5), n(8), f('=AVERAGE(B2:D2)'), f('=SUM(B2:D2)')],
    ];
    expect(sumRange(sheetFromGrid('Blad1', grid))).toEqual([]);
  });
});
