/** The CSV splitter and separator detection, and CSV cells read as ledger amounts and dates. */
import { detectSeparator, splitCsv } from '../../../../src/core/ledger/imports/csvText';
import { csvSheet } from '../../../../src/core/ledger/imports/csvSheet';
import { cellAmount, parseAmountText } from '../../../../src/core/ledger/ledgerAmount';
import { readLedger } from '../../../../src/core/ledger/readLedger';
import { isoDate } from '../../../../src/core/model/excelDate';

describe('splitCsv', () => {
  it('splits on the separator and keeps quoted separators, doubled quotes and line breaks', () => {
    const text = 'a;"b;c";"sa ""hej""";"två\nrader"\r\nx;;z\n';
    expect(splitCsv(text, ';')).toEqual([
      ['a', 'b;c', 'sa "hej"', 'två\nrader'],
      ['x', '', 'z'],
    ]);
  });

  it('drops a BOM, keeps blank lines as empty rows so row numbers stay the file’s, and needs no final line break', () => {
    expect(splitCsv('\uFEFFtitel\r\n\r\nk;b\r\n1;2', ';')).toEqual([['titel'], [], ['k', 'b'], ['1', '2']]);
  });

  it('a quote inside a bare field is a character; an empty quoted field is empty', () => {
    expect(splitCsv('Tåg "Express";""\n', ';')).toEqual([['Tåg "Express"', '']]);
  });

  it('an unterminated quote ends the last record rather than losing it', () => {
    expect(splitCsv('a;"b', ';')).toEqual([['a', 'b']]);
  });
});

describe('detectSeparator', () => {
  it('";" even when decimal commas outnumber it on some lines, with a title line above', () => {
    const text = 'Huvudbok 2025\n\nKonto;Belopp;Text\n4611;1 234,50;Kurs, konferens, resa\n4630;12,00;Resa\n';
    expect(detectSeparator(text)).toBe(';');
  });

  it('"," with quoted decimal-comma amounts', () => {
    expect(detectSeparator('Konto,Belopp,Datum\n4611,"1 234,50",2025-03-14\n4630,"12,00",2025-03-15\n')).toBe(',');
  });

  it('tab', () => {
    expect(detectSeparator('Konto\tBelopp\tDatum\n4611\t1,5\t2025-03-14\n')).toBe('\t');
  });
});

describe('amount forms of CSV exports (the ledger amount reader)', () => {
  it.each([
    ['1 234,50', 1234.5],
    ['-1 234,50', -1234.5],
    ['\u22121 234,50', -1234.5],
    ['1 234,50-', -1234.5],
    ['1 234,50 -', -1234.5],
    ['1\u00A0234\u00A0567,50', 1234567.5],
    ['1\u00A0234,50-', -1234.5],
    ['12 500', 12500],
    ['(1 234)', -1234],
    ['0,00-', 0],
  ])('%j is %d', (text, value) => {
    expect(parseAmountText(text)).toBe(value);
    expect(cellAmount({ value: text, type: 'text' })).toBe(value);
  });

  it.each(['ca 500 kr', '1 234,50--', '-1 234,50-', '12 tkr', ''])('%j is not an amount', (text) => {
    expect(parseAmountText(text)).toBeUndefined();
  });
});

describe('csvSheet', () => {
  it('a CSV ledger reads like a sheet: header words, Swedish amounts, both date forms, unreadable rows listed', () => {
    const text = [
      'Export från Raindance;;',
      'Verifikation;Datum;Konto;Belopp;Leverantör',
      'A1;2025-03-14;4611;1 234,50;Hotell Lyktan',
      'A2;20250315;4630;500,00-;Taxi Kurir AB',
      'A3;2025-03-16;4630;ca 500;Taxi Kurir AB',
      ';;;99 999,00;',
    ].join('\r\n');
    const sheet = csvSheet('Huvudbok', text);
    expect(sheet.rows[0]![1]).toEqual({ value: null, type: 'empty' });
    const read = readLedger(sheet, 1900);
    if (!read.ok) throw new Error(read.message);
    const { entries, unreadable, header } = read.ledger;
    expect(header.row).toBe(2);
    expect(entries.map((e) => [e.row, e.verification, e.account, e.amount, isoDate(e.day), e.supplier])).toEqual([
      [3, 'A1', '4611', 1234.5, '2025-03-14', 'Hotell Lyktan'],
      [4, 'A2', '4630', -500, '2025-03-15', 'Taxi Kurir AB'],
    ]);
    expect(unreadable).toEqual([
      { row: 5, col: 4, reason: 'belopp "ca 500" går inte att läsa' },
      { row: 6, col: 3, reason: 'konto saknas' },
    ]);
  });
});
