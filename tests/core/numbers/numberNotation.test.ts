import { parseSwedishNumber } from '../../../src/core/numbers/swedishNumber';
import { readNumberText } from '../../../src/core/numbers/numberNotation';

const MINUS = '\u2212';

describe('readNumberText', () => {
  it.each([
    ['(8,8)', -8.8, 'parentheses'],
    ['(1 234)', -1234, 'parentheses'],
    ['(1.234,5)', -1234.5, 'parentheses'],
    ['86,6-', -86.6, 'trailing-minus'],
    [`1 234,50${MINUS}`, -1234.5, 'trailing-minus'],
    ['1.234,5', 1234.5, 'foreign-grouping'],
    ['1,234.5', 1234.5, 'foreign-grouping'],
    ['1.234.567,25', 1234567.25, 'foreign-grouping'],
    ['1,234,567.25', 1234567.25, 'foreign-grouping'],
    [`${MINUS}9,8`, -9.8, 'swedish'],
    ['34,0', 34, 'swedish'],
  ] as const)('reads %p as %p (%s)', (text, value, notation) => {
    expect(readNumberText(text)).toMatchObject({ value, notation });
  });

  it('keeps the unit and the decimals typed', () => {
    expect(readNumberText('(8,8 mnkr)')).toEqual({ value: -8.8, unit: 'mnkr', notation: 'parentheses', decimals: 1 });
    expect(readNumberText('1,234.50')).toMatchObject({ decimals: 2 });
  });

  it.each([
    '2023 (prognos)', // a label with a year
    '6811-6899', // an account range
    '2025-07-31', // a date
    '(2023)', // a year in parentheses
    '(1)', // a footnote marker
    `(${MINUS}8,8)`, // two signs: nothing sure
    '8,8--',
    'Summa-',
    '40- 60 %',
    '1.234', // 1 234 or 1,234: no guess, as in parseSwedishNumber
    '1.234.567', // no decimal part: an id or a version as likely as a figure
    '(a)',
    '()',
  ])('leaves %p alone', (text) => {
    expect(readNumberText(text)).toBeUndefined();
  });

  it('does not change what the Swedish parser reads or refuses', () => {
    for (const text of ['(8,8)', '86,6-', '1.234,5', '1,234.5', '1.234']) expect(parseSwedishNumber(text)).toBeUndefined();
  });
});
