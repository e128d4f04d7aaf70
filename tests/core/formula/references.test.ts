import { referencedRanges } from '../../../src/core/formula/references';

describe('referencedRanges', () => {
  it('lists cells and areas with their absolute flags', () => {
    const r = referencedRanges("=SUM(B2:$C$4)+'My sheet'!A1");
    expect(r).toHaveLength(2);
    expect(r[0]).toMatchObject({ kind: 'area', top: 2, left: 2, bottom: 4, right: 3, topAbs: false, bottomAbs: true, sheet: undefined });
    expect(r[1]).toMatchObject({ kind: 'cell', top: 1, left: 1, bottom: 1, right: 1, sheet: 'My sheet' });
  });

  it('normalises reversed areas and spans whole columns', () => {
    expect(referencedRanges('=SUM(B5:A1)')[0]).toMatchObject({ top: 1, left: 1, bottom: 5, right: 2 });
    expect(referencedRanges('=SUM(C:C)')[0]).toMatchObject({ kind: 'columns', top: 1, bottom: 1048576, left: 3, right: 3 });
  });

  it('ignores text in strings', () => {
    expect(referencedRanges('="A1:B2"')).toEqual([]);
  });
});
