import { additiveTerms } from '../../../src/core/check/additiveFormula';

describe('additiveTerms reads sums and differences of cells', () => {
  it.each([
    ['=SUM(B4:B8)', [[1, 4, 2, 8, 2]]],
    ['=B9+B16', [[1, 9, 2, 9, 2], [1, 16, 2, 16, 2]]],
    ['=B5-C5', [[1, 5, 2, 5, 2], [-1, 5, 3, 5, 3]]],
    ['=SUM(B4:B8)-B3', [[1, 4, 2, 8, 2], [-1, 3, 2, 3, 2]]],
  ])('%s', (formula, expected) => {
    const terms = additiveTerms(formula);
    expect(terms?.map((t) => [t.sign, t.top, t.left, t.bottom, t.right])).toEqual(expected);
  });

  it.each(['=B8/C8*100', '=IFERROR(B5/C5,"–")', '=B5*2', '=Blad2!B5+B6', '=SUM(B:B)', '=AVERAGE(B4:B8)', '=B5+1'])('%s is not additive', (formula) => {
    expect(additiveTerms(formula)).toBeUndefined();
  });
});
