import { toR1C1, translateFormula } from '../../../src/core/formula/translate';

describe('translateFormula', () => {
  it('shifts relative references like copying a formula', () => {
    expect(translateFormula('=SUM(A2:A3)+$C$1', 1, 0)).toBe('=SUM(A3:A4)+$C$1');
    expect(translateFormula('=B2*$A2+C$1', 2, 1)).toBe('=C4*$A4+D$1');
  });

  it('leaves strings, function names and names alone', () => {
    expect(translateFormula('=LOG10(A1)&"A1"&Rate', 1, 1)).toBe('=LOG10(B2)&"A1"&Rate');
  });

  it('shifts sheet-qualified references and whole columns/rows on their own axis', () => {
    expect(translateFormula("='My sheet'!A1+SUM(B:B)+SUM(3:$5)", 2, 1)).toBe("='My sheet'!B3+SUM(C:C)+SUM(5:$5)");
  });

  it('gives #REF! for a reference pushed off the grid', () => {
    expect(translateFormula('=A2+Sheet1!B1', -1, 0)).toBe('=A1+Sheet1!#REF!');
  });

  it('round-trips: translating there and back restores the formula', () => {
    const f = '=IF($B7>0,SUM(C3:C6)/B$2,"–")';
    expect(translateFormula(translateFormula(f, 5, 3), -5, -3)).toBe(f);
  });
});

describe('toR1C1', () => {
  it('writes relative and absolute parts as Excel does', () => {
    expect(toR1C1('=A5+B$2', 5, 3)).toBe('=RC[-2]+R2C[-1]');
    expect(toR1C1('=$A$1', 9, 9)).toBe('=R1C1');
    expect(toR1C1('=SUM(C3:C6)', 7, 3)).toBe('=SUM(R[-4]C:R[-1]C)');
  });

  it('gives cells of a filled-down column the same R1C1 formula', () => {
    expect(toR1C1('=B7-C7', 7, 4)).toBe(toR1C1('=B8-C8', 8, 4));
    expect(toR1C1('=B7-C8', 7, 4)).not.toBe(toR1C1('=B8-C8', 8, 4));
  });

  it('collapses whole columns and rows', () => {
    expect(toR1C1('=SUM(A:A)', 1, 2)).toBe('=SUM(C[-1])');
    expect(toR1C1('=SUM(A:B)', 1, 2)).toBe('=SUM(C[-1]:C)');
    expect(toR1C1('=SUM(3:3)', 5, 1)).toBe('=SUM(R[-2])');
  });

  it('keeps sheet prefixes, strings and function names', () => {
    expect(toR1C1("=LOG10('My sheet'!A1)&\"B2\"", 1, 1)).toBe("=LOG10('My sheet'!RC)&\"B2\"");
  });
});
