/** SIE 4: fields (quoting, escapes, object lists), verifications, and the ledger sheet made from them. */
import { parseSie, sieFields } from '../../../../src/core/ledger/imports/sieParse';
import { invoiceFromText, sieSheet, supplierInvoice } from '../../../../src/core/ledger/imports/sieLedger';
import { readLedger } from '../../../../src/core/ledger/readLedger';
import { isoDate } from '../../../../src/core/model/excelDate';

describe('sieFields', () => {
  it('splits on spaces and tabs, keeps quoted spaces, reads \\" and \\\\', () => {
    expect(sieFields('#VER A 123\t20250314 "Hotell \\"Lyktan\\" \\\\ AB"')).toEqual(['#VER', 'A', '123', '20250314', 'Hotell "Lyktan" \\ AB']);
  });

  it('an object list is one field of its own fields, empty or not, quoted or not', () => {
    expect(sieFields('#TRANS 4611 {1 "RU 10" 6 P12} -1234.50 20250314 "Kurs"')).toEqual(['#TRANS', '4611', ['1', 'RU 10', '6', 'P12'], '-1234.50', '20250314', 'Kurs']);
    expect(sieFields('#TRANS 2440 {} 500 "" "Faktura 12"')).toEqual(['#TRANS', '2440', [], '500', '', 'Faktura 12']);
    expect(sieFields('#TRANS 2440 {1 "x"}500')).toEqual(['#TRANS', '2440', ['1', 'x'], '500']);
  });

  it('a backslash before another character stays', () => {
    expect(sieFields('"C:\\temp"')).toEqual(['C:\\temp']);
  });
});

const SIE = [
  '#FLAGGA 0',
  '#FORMAT PC8',
  '#SIETYP 4',
  '#KONTO 4611 "Kurs- och konferensavgifter"',
  '#KONTO 2440 "Leverantörsskulder"',
  '#VER A 1 20250314 "Hotell Lyktan"',
  '{',
  '   #TRANS 4611 {1 "RU10"} 1234.50 "" "Kurs"',
  '   #TRANS 4630 {} 100.00 20250316',
  '   #RTRANS 4630 {} 5.00',
  '   #BTRANS 4630 {} 5.00',
  '   #TRANS 2440 {} -1334.50 "" "Faktura nr 2025-77"',
  '}',
  '#VER A 2 20250320 "Försäljning"',
  '{',
  '   #TRANS 3010 {} -500',
  '   #TRANS 1510 {} 500',
  '}',
  '#TRANS 4611 {} 1',
  '#VER B 3 20250321 "Taxi Kurir AB"',
  '{',
  '   #TRANS 4630 {} "ca 500" "" "Faktura 9"',
].join('\r\n');

describe('parseSie', () => {
  const sie = parseSie(SIE);

  it('reads accounts, verifications and their transactions', () => {
    expect(sie.accounts.get('2440')).toBe('Leverantörsskulder');
    expect(sie.vers.map((v) => `${v.series}${v.number} ${v.date} ${v.text} ${v.trans.length}`)).toEqual(['A1 20250314 Hotell Lyktan 3', 'A2 20250320 Försäljning 2', 'B3 20250321 Taxi Kurir AB 1']);
    expect(sie.vers[0].trans[0]).toEqual({ line: 8, account: '4611', objects: [['1', 'RU10']], amount: '1234.50', date: '', text: 'Kurs' });
    expect(sie.vers[0].trans[1]).toMatchObject({ account: '4630', date: '20250316', text: '' });
  });

  it('keeps lines that do not fit as problems with their line number', () => {
    expect(sie.problems).toEqual([
      { line: 19, reason: '#TRANS utanför en verifikation', text: '#TRANS 4611 {} 1' },
      { line: 20, reason: 'verifikationen på rad 20 saknar "}"', text: '' },
    ]);
  });
});

describe('leverantör and fakturanummer', () => {
  it('a "Faktura …" text gives the invoice number', () => {
    expect(invoiceFromText('Faktura 2025-00123')).toBe('2025-00123');
    expect(invoiceFromText('Fakturanr: 4711')).toBe('4711');
    expect(invoiceFromText('faktura nr 2024 00219')).toBe('2024 00219');
    expect(invoiceFromText('Fakturering kund')).toBeUndefined();
    expect(invoiceFromText('Kreditfaktura')).toBeUndefined();
  });

  it('a verification with such a text is a supplier invoice from the #VER text; others have no supplier', () => {
    const [invoice, sale] = parseSie(SIE).vers;
    expect(supplierInvoice(invoice)).toEqual({ supplier: 'Hotell Lyktan', invoice: '2025-77' });
    expect(supplierInvoice(sale)).toBeUndefined();
  });
});

describe('sieSheet', () => {
  it('one ledger row per #TRANS; supplier and invoice on the cost lines, not the payable; problems are unreadable rows', () => {
    const read = readLedger(sieSheet('Huvudbok', parseSie(SIE)), 1900);
    if (!read.ok) throw new Error(read.message);
    const { entries, unreadable } = read.ledger;
    expect(entries.map((e) => [e.row, e.verification, e.account, e.amount, isoDate(e.day), e.supplier ?? '', e.invoice ?? '', e.text])).toEqual([
      [2, 'A1', '4611', 1234.5, '2025-03-14', 'Hotell Lyktan', '2025-77', 'Kurs'],
      [3, 'A1', '4630', 100, '2025-03-16', 'Hotell Lyktan', '2025-77', 'Hotell Lyktan'],
      [4, 'A1', '2440', -1334.5, '2025-03-14', '', '', 'Faktura nr 2025-77'],
      [5, 'A2', '3010', -500, '2025-03-20', '', '', 'Försäljning'],
      [6, 'A2', '1510', 500, '2025-03-20', '', '', 'Försäljning'],
    ]);
    expect(unreadable).toEqual([
      { row: 7, col: 5, reason: 'belopp "ca 500" går inte att läsa' },
      { row: 8, col: 3, reason: 'konto saknas' },
      { row: 9, col: 3, reason: 'konto saknas' },
    ]);
    expect(read.ledger.columns).toMatchObject({ verification: 1, date: 2, account: 3, amount: 5, supplier: 6, invoice: 7, text: 8 });
  });
});
