/** Telling ledger files apart by content, and CSV/SIE as a one-sheet workbook. */
import { NOT_A_LEDGER_FILE, readTextLedger, sniffLedgerFile, TEXT_LEDGER_SHEET } from '../../../../src/core/ledger/imports/ledgerFile';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffLedgerFile', () => {
  it.each([
    [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'workbook'],
    [Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'workbook'],
    [new Uint8Array(0), 'empty'],
    [bytes('#FLAGGA 0\r\n#SIETYP 4\r\n'), 'sie'],
    [Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('\r\n#FLAGGA 0\r\n#VER A 1 20250101 ""\r\n')]), 'sie'],
    [bytes('Konto;Belopp;Datum\r\n4611;1,5;2025-01-01\r\n'), 'csv'],
    [Uint8Array.from([0x4b, 0x6f, 0x6e, 0x74, 0x6f, 0x3b, 0xe4, 0x0d, 0x0a]), 'csv'],
    [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'unknown'],
    [Uint8Array.from([0xff, 0xfe, 0x4b, 0x00, 0x6f, 0x00]), 'unknown'],
  ])('%#: %s', (input, kind) => {
    expect(sniffLedgerFile(input)).toBe(kind);
  });
});

describe('readTextLedger', () => {
  it('CSV: one sheet named Huvudbok, with the encoding found', () => {
    const r = readTextLedger(Uint8Array.from([...bytes('Konto;Belopp;Datum;Leverant'), 0xf6, ...bytes('r\r\n')]), 'hb.csv');
    if (!r.ok) throw new Error(r.message);
    expect(r).toMatchObject({ kind: 'csv', encoding: 'windows-1252', workbook: { name: 'hb.csv' } });
    expect(r.workbook.sheets.map((s) => s.name)).toEqual([TEXT_LEDGER_SHEET]);
    expect(r.workbook.sheets[0].rows[0]![3]).toEqual({ value: 'Leverantör', type: 'text' });
  });

  it('SIE in CP437, a DOS end-of-file mark after the last line', () => {
    const r = readTextLedger(Uint8Array.from([...bytes('#SIETYP 4\r\n#VER A 1 20250101 "H'), 0x94, ...bytes('k"\r\n{\r\n#TRANS 4611 {} 5\r\n}\r\n'), 0x1a]), 'hb.se');
    if (!r.ok) throw new Error(r.message);
    expect(r.kind).toBe('sie');
    expect(r.workbook.sheets[0].rows[1]![7]).toEqual({ value: 'Hök', type: 'text' });
  });

  it('anything else: a Swedish message', () => {
    expect(readTextLedger(Uint8Array.from([0, 1, 2, 3]), 'x.bin')).toEqual({ ok: false, message: NOT_A_LEDGER_FILE });
    expect(NOT_A_LEDGER_FILE).toMatch(/varken en Excel-arbetsbok/);
  });
});
