/** Reading the values of a ledger export: account lists, amounts, dates, the auto-approval mark. */
import { accountMatcher, parseAccountList } from '../../../src/core/ledger/accountSet';
import { isAutoApproved } from '../../../src/core/ledger/autoApprovedValue';
import { parseAmountText } from '../../../src/core/ledger/ledgerAmount';
import { cellDate, isoDate, parseDateText, serialFromDay } from '../../../src/core/model/excelDate';
import { orgNrKey, partyKey } from '../../../src/core/ledger/partyKey';
import { toCell } from '../../helpers/buildSheet';

describe('account lists', () => {
  it('reads the IK-plan list "4611, 4630, 6811-6899, 7070"', () => {
    const r = parseAccountList('4611, 4630, 6811-6899, 7070');
    expect(r).toEqual({
      ok: true,
      set: {
        text: '4611, 4630, 6811-6899, 7070',
        ranges: [
          { from: 4611, to: 4611, digits: 4 },
          { from: 4630, to: 4630, digits: 4 },
          { from: 6811, to: 6899, digits: 4 },
          { from: 7070, to: 7070, digits: 4 },
        ],
      },
    });
  });

  it('matches by leading digits: ranges, sub-accounts of a five-digit plan, "4xxx" and en dashes', () => {
    const r = parseAccountList('4611; 6811 – 6899 11xx-12xx');
    if (!r.ok) throw new Error(r.message);
    const has = accountMatcher(r.set);
    expect(['4611', '46115', '6811', '6850', '6899', '1100', '1221', '12999'].filter(has)).toHaveLength(8);
    expect(['4610', '4612', '6810', '6900', '1000', '1300', '461'].some(has)).toBe(false);
  });

  it('says in Swedish what is wrong with a list', () => {
    expect(parseAccountList('4611, resor')).toEqual({ ok: false, message: expect.stringContaining('"resor" är inte ett konto') });
    expect(parseAccountList('6899-6811')).toEqual({ ok: false, message: expect.stringContaining('slutar före det börjar') });
    expect(parseAccountList('681-6899')).toEqual({ ok: false, message: expect.stringContaining('olika många siffror') });
    expect(parseAccountList(' , ')).toMatchObject({ ok: false });
  });
});

describe('amounts', () => {
  it.each([
    ['1 234,50', 1234.5],
    ['1\u00A0234,50 kr', 1234.5],
    ['\u22122 500', -2500],
    ['-2 500', -2500],
    ['(1 234)', -1234],
    ['1 234,50-', -1234.5],
    ['12500', 12500],
    ['750 SEK', 750],
  ])('"%s" is %d kr', (text, value) => {
    expect(parseAmountText(text)).toBe(value);
  });

  it.each(['ca 500', '5 tkr', '20 %', '', '1.234', '(−5)'])('"%s" is not an amount', (text) => {
    expect(parseAmountText(text)).toBeUndefined();
  });
});

describe('dates', () => {
  const march14 = 45730;
  it('Excel serials, ISO text, 20250314 and day-first text are the same day', () => {
    expect(isoDate(march14)).toBe('2025-03-14');
    for (const v of [march14, march14 + 0.75, '2025-03-14', '2025-3-14', '2025-03-14 10:30', '20250314', 20250314, '14.3.2025', '14/03/2025']) {
      expect(cellDate(toCell(v)!, 1900)).toBe(march14);
    }
  });

  it('counts serials of a 1904 workbook from 1904-01-01, text dates the same in both systems', () => {
    for (const v of [march14 - 1462, march14 - 1462 + 0.75, '2025-03-14', 20250314]) {
      expect(cellDate(toCell(v)!, 1904)).toBe(march14);
    }
    expect(serialFromDay(march14, 1904)).toBe(march14 - 1462);
    expect(serialFromDay(march14, 1900)).toBe(march14);
  });

  it('refuses days that do not exist and text that is not a date', () => {
    expect(parseDateText('2025-02-29')).toBeUndefined();
    expect(parseDateText('2024-02-29')).toBe(45351);
    expect(parseDateText('mars 2025')).toBeUndefined();
    expect(cellDate(toCell('')!, 1900)).toBeUndefined();
  });
});

describe('automatic approval column', () => {
  it.each([['Ja', true], ['X', true], [1, true], ['auto', true], ['Nej', false], [0, false], ['', false], ['Manuell', false]] as const)('%s -> %s', (v, expected) => {
    expect(isAutoApproved(toCell(v)!)).toBe(expected);
  });
});

describe('supplier names and organisation numbers', () => {
  it('case, company form, punctuation and spacing do not matter', () => {
    const key = partyKey('Kontorsvaruhuset AB');
    for (const name of ['KONTORSVARUHUSET Aktiebolag', 'Kontorsvaruhuset AB (publ)', ' Kontors-varuhuset, AB ']) expect(partyKey(name)).toBe(key);
    expect(partyKey('Kontorsvaruhuset Syd AB')).not.toBe(key);
  });

  it('556677-8899, 5566778899 and 165566778899 are one number', () => {
    expect(orgNrKey('556677-8899')).toBe('5566778899');
    expect(orgNrKey('165566778899')).toBe('5566778899');
    expect(orgNrKey('55667788')).toBeUndefined();
  });
});
