import { parseCellTarget } from '../../../src/core/model/cellTarget';

describe('parseCellTarget', () => {
  it('reads a cell with or without its sheet, quoted names and $ included', () => {
    expect(parseCellTarget('b16', 'Resultatrapport')).toEqual({ sheet: 'Resultatrapport', cell: 'B16' });
    expect(parseCellTarget(' Drift!$C$3 ', 'X')).toEqual({ sheet: 'Drift', cell: 'C3' });
    expect(parseCellTarget("'Kultur, jan–jul'!A20", 'X')).toEqual({ sheet: 'Kultur, jan–jul', cell: 'A20' });
    expect(parseCellTarget("'Nämndens ''blad'''!A1", 'X')).toEqual({ sheet: "Nämndens 'blad'", cell: 'A1' });
  });

  it('refuses what is no single cell, in Swedish', () => {
    for (const text of ['', 'B0', 'A1:B2', 'XFE1', 'A1048577', '!A1', 'Resultat']) {
      expect(parseCellTarget(text, 'Blad1')).toEqual({ error: expect.stringMatching(/är ingen cell\. Skriv t\.ex\. B16/) });
    }
  });
});
