import { toSwedishDisplay } from '../../../src/core/formula/swedish';

describe('toSwedishDisplay', () => {
  it('uses Swedish function names, semicolons and decimal commas', () => {
    expect(toSwedishDisplay('=IFERROR(SUM(B2:B5)/C2,0)*1.5')).toBe('=OMFEL(SUMMA(B2:B5)/C2;0)*1,5');
  });

  it('leaves strings, sheet names and unknown functions alone', () => {
    expect(toSwedishDisplay("=IF('Sum, total'!A1>0,\"a,b 1.5\",LOG10(2))")).toBe("=OM('Sum, total'!A1>0;\"a,b 1.5\";LOG10(2))");
  });

  it('shows error values and booleans in Swedish', () => {
    expect(toSwedishDisplay('=B3-#REF!+Blad1!#REF!')).toBe('=B3-#REFERENS!+Blad1!#REFERENS!');
    expect(toSwedishDisplay('=IF(TRUE,1,0)')).toBe('=OM(SANT;1;0)');
    expect(toSwedishDisplay('=_xlfn.IFERROR(A1,0)')).toBe('=OMFEL(A1;0)');
  });
});
