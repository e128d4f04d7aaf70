import { tokenize } from '../../../src/core/formula/tokenize';

const kinds = (f: string) => tokenize(f).filter((t) => t.kind !== 'space').map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('is lossless', () => {
    const fs = [
      '=SUM(A2:A3)+$C$1',
      "='My sheet'!A1*Sheet1!$A$1:B4",
      '=IF(A1="x ""A1"" y",LOG10(B2),#N/A)',
      '=SUM(A:A, 3:5) - {1,2;3,4}',
      '=_xlfn.IFERROR(Table1[[#This Row],[Amount]],0)',
    ];
    for (const f of fs) expect(tokenize(f).map((t) => t.text).join('')).toBe(f);
  });

  it('separates functions, references, names and constants', () => {
    expect(kinds('=SUM(A2:A3)+$C$1')).toEqual([
      'operator:=', 'function:SUM', 'open:(', 'ref:A2:A3', 'close:)', 'operator:+', 'ref:$C$1',
    ]);
    expect(kinds('=LOG10(B2)*Rate+TRUE')).toEqual([
      'operator:=', 'function:LOG10', 'open:(', 'ref:B2', 'close:)', 'operator:*', 'name:Rate', 'operator:+', 'bool:TRUE',
    ]);
  });

  it('keeps text inside strings out of references', () => {
    expect(kinds('="A1"&B1')).toEqual(['operator:=', 'string:"A1"', 'operator:&', 'ref:B1']);
  });

  it('reads sheet-qualified references, whole columns and rows', () => {
    const refs = tokenize("='My sheet'!A1+Sheet1!$A$1:B4+SUM(A:A)+SUM($3:5)+'It''s'!C3")
      .filter((t) => t.kind === 'ref');
    expect(refs.map((t) => [t.text, t.ref?.kind, t.ref?.sheetText])).toEqual([
      ["'My sheet'!A1", 'cell', "'My sheet'"],
      ['Sheet1!$A$1:B4', 'area', 'Sheet1'],
      ['A:A', 'columns', undefined],
      ['$3:5', 'rows', undefined],
      ["'It''s'!C3", 'cell', "'It''s'"],
    ]);
  });

  it('reads numbers, error literals and Sheet!#REF!', () => {
    expect(kinds('=1.5E+3+.5-#DIV/0!+Sheet1!#REF!')).toEqual([
      'operator:=', 'number:1.5E+3', 'operator:+', 'number:.5', 'operator:-', 'error:#DIV/0!', 'operator:+', 'error:Sheet1!#REF!',
    ]);
  });

  it('does not take over-long names or out-of-grid addresses for cells', () => {
    expect(kinds('=A1B+XFE1+ABCD1')).toEqual(['operator:=', 'name:A1B', 'operator:+', 'name:XFE1', 'operator:+', 'name:ABCD1']);
  });
});
