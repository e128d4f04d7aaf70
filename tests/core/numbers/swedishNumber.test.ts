import fc from 'fast-check';
import { countWord } from '../../../src/core/text/countWord';
import {
  formatSignedSwedishNumber,
  formatSwedishFigure,
  formatSwedishNumber,
  parseSwedishNumber,
  SwedishUnit,
} from '../../../src/core/numbers/swedishNumber';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const MINUS = '\u2212';
const EN_DASH = '\u2013';

type ParseCase = [text: string, value: number, unit?: SwedishUnit];

describe('parseSwedishNumber', () => {
  const parses: ParseCase[] = [
    ['0', 0],
    ['34', 34],
    ['1 234,5', 1234.5],
    [`1${NBSP}234,5`, 1234.5],
    [`1${NNBSP}234${NNBSP}567`, 1234567],
    ['12 345 678,25', 12345678.25],
    ['1234,5', 1234.5],
    ['0,0', 0],
    ['-0,7', -0.7],
    [`${MINUS}2,4`, -2.4],
    [`${EN_DASH}5,5`, -5.5],
    ['+2,8', 2.8],
    ['34.0', 34],
    ['1234.567', 1234.567],
    ['0.125', 0.125],
    ['1 234.5', 1234.5],
    ['1,234', 1.234],
    [`  2,8${NBSP} `, 2.8],
    [`${MINUS}2,4 mnkr`, -2.4, 'mnkr'],
    ['2,4mnkr', 2.4, 'mnkr'],
    [`104,1${NBSP}tkr`, 104.1, 'tkr'],
    ['1 500 kr', 1500, 'kr'],
    ['12 st', 12, 'st'],
    ['20 %', 20, '%'],
    ['11,9%', 11.9, '%'],
    [`${MINUS}4,5${NBSP}%`, -4.5, '%'],
    ['3 MNKR', 3, 'mnkr'],
  ];
  // Rows always get three entries: a shorter row would make jest pass its `done` callback.
  test.each(parses.map(([text, value, unit]): [string, number, SwedishUnit | undefined] => [text, value, unit]))('%j parses', (text, value, unit) => {
    const parsed = parseSwedishNumber(text);
    expect(parsed).toBeDefined();
    expect(parsed!.value).toBeCloseTo(value, 12);
    expect(parsed!.unit).toBe(unit);
  });

  test('negative zero parses as plain zero', () => {
    expect(Object.is(parseSwedishNumber(`${MINUS}0,0`)!.value, 0)).toBe(true);
  });

  test.each([
    '',
    '   ',
    'Ledning',
    'Summa Intäkter',
    'Budgetavvikelse ack 2025',
    '2025-07-31',
    '2025.07.31',
    '31/7',
    '40- 60 %',
    '40-60',
    '1 234,5,6',
    '1.234',
    '1.234,5',
    '1 23',
    '1234 567',
    '12  345',
    '1,',
    ',5',
    '--5',
    '- 5',
    '5-',
    '(5)',
    '1e5',
    'Infinity',
    'NaN',
    '#DIVISION/0!',
    '–',
    'kr',
    '%',
    '20 % %',
    '20 procent',
    '2,8 miljoner kronor',
    'Q1 2025',
    '3:e kvartalet',
  ])('%j does not parse', (text) => {
    expect(parseSwedishNumber(text)).toBeUndefined();
  });
});

describe('formatSwedishNumber', () => {
  test.each<[number, number, string | undefined, string]>([
    [1234.5, 1, undefined, `1${NBSP}234,5`],
    [-2.4, 1, 'mnkr', `${MINUS}2,4${NBSP}mnkr`],
    [20, 0, '%', `20${NBSP}%`],
    [34, 1, undefined, '34,0'],
    [1234567.891, 2, 'kr', `1${NBSP}234${NBSP}567,89${NBSP}kr`],
    [999.96, 1, undefined, `1${NBSP}000,0`],
    [0.04, 1, undefined, '0,0'],
    [-0.04, 1, undefined, '0,0'],
    [-0, 1, undefined, '0,0'],
    [-0.05, 1, undefined, `${MINUS}0,1`],
    [1.005, 2, undefined, '1,01'],
    [2.5, 0, undefined, '3'],
    [-2.5, 0, undefined, `${MINUS}3`],
    [0.1 + 0.2, 2, undefined, '0,30'],
    [0.0000007, 6, undefined, '0,000001'],
    [12345, -2, undefined, `12${NBSP}300`],
    [1e21, 0, undefined, `1${NBSP}000${NBSP}000${NBSP}000${NBSP}000${NBSP}000${NBSP}000${NBSP}000`],
    [Infinity, 1, undefined, '∞'],
    [-Infinity, 1, 'mnkr', `${MINUS}∞${NBSP}mnkr`],
  ])('%p with %p decimals and unit %p → %j', (value, decimals, unit, expected) => {
    expect(formatSwedishNumber(value, decimals, unit)).toBe(expected);
  });
});

describe('formatSignedSwedishNumber', () => {
  // DOMAIN §3.1: budgetavvikelse Lämnade bidrag −2,4; Prognos budgetavvikelse 1,4 is written +1,4.
  test.each<[number, string]>([
    [1.4, `+1,4${NBSP}mnkr`],
    [-2.4, `${MINUS}2,4${NBSP}mnkr`],
    [0, `0,0${NBSP}mnkr`],
    [0.04, `0,0${NBSP}mnkr`],
  ])('%p → %j', (value, expected) => {
    expect(formatSignedSwedishNumber(value, 1, 'mnkr')).toBe(expected);
  });
});

describe('formatSwedishFigure', () => {
  test.each<[number, string]>([
    [117397000, `117${NBSP}397${NBSP}000`],
    [-1.9, `${MINUS}1,9`],
    [0.1 + 0.2, '0,3'],
    [7.7, '7,7'],
    [19.55, '19,55'],
    [-0.0000001, '0'],
    [1 / 3, '0,333333'],
  ])('%p → %j', (value, expected) => {
    expect(formatSwedishFigure(value)).toBe(expected);
  });

  it('puts the unit after a no-break space and caps the decimals', () => {
    expect(formatSwedishFigure(84.4444, 1, '%')).toBe(`84,4${NBSP}%`);
  });
});

describe('countWord', () => {
  it('groups the thousands of a count and picks singular or plural', () => {
    expect(countWord(1795, 'rad', 'rader')).toBe(`1${NBSP}795 rader`);
    expect(countWord(1, 'cell markerad', 'celler markerade')).toBe('1 cell markerad');
    expect(countWord(0, 'varning', 'varningar')).toBe('0 varningar');
  });
});

describe('round trip and strictness (properties)', () => {
  const units: Array<SwedishUnit | undefined> = [undefined, 'kr', 'tkr', 'mnkr', 'st', '%'];

  test('parse(format(x, d)) is x rounded to d decimals, with the unit kept', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...units),
        (x, d, unit) => {
          const text = formatSwedishNumber(x, d, unit);
          const parsed = parseSwedishNumber(text);
          expect(parsed).toBeDefined();
          expect(parsed!.unit).toBe(unit);
          const v = parsed!.value;
          const half = 0.5 * 10 ** -d;
          // Within half a unit of the last shown digit (plus float noise) …
          expect(Math.abs(v - x)).toBeLessThanOrEqual(half + 1e-9 * Math.max(1, Math.abs(x)));
          // … and a whole number of such units.
          const units10 = v * 10 ** d;
          // (relative slack: v·10^d near 1e12 carries float noise of about 1e-4)
          expect(Math.abs(units10 - Math.round(units10))).toBeLessThan(1e-6 + 1e-12 * Math.abs(units10));
          // Same as plain rounding except exactly at a tie, where Excel-style decimal rounding wins.
          const naive = Math.round(Math.abs(x) * 10 ** d) / 10 ** d;
          expect(Math.abs(Math.abs(v) - naive)).toBeLessThanOrEqual(10 ** -d + 1e-9 * Math.max(1, Math.abs(x)));
          // Exactly d decimals are written, and never a negative zero.
          const decimalsShown = /,(\d+)/.exec(text)?.[1]?.length ?? 0;
          expect(decimalsShown).toBe(d);
          expect(text.startsWith(`${MINUS}0`) && v === 0).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });

  const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ'.split(''));
  const word = fc.array(letter, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
  const unitWords = new Set(['kr', 'tkr', 'mnkr', 'st']);

  test('label-like strings never parse', () => {
    const label = fc
      .tuple(word, fc.array(fc.oneof(word, fc.nat({ max: 2100 }).map(String)), { maxLength: 4 }))
      .map(([first, rest]) => [first, ...rest].join(' '));
    fc.assert(fc.property(label, (text) => expect(parseSwedishNumber(text)).toBeUndefined()), { numRuns: 2000 });
  });

  test('a number followed by a word that is not a unit never parses', () => {
    const text = fc
      .tuple(fc.nat({ max: 100000 }), word.filter((w) => !unitWords.has(w.toLowerCase())))
      .map(([n, w]) => `${n} ${w}`);
    fc.assert(fc.property(text, (t) => expect(parseSwedishNumber(t)).toBeUndefined()), { numRuns: 2000 });
  });

  test('dates and ranges never parse', () => {
    const pad = (n: number): string => String(n).padStart(2, '0');
    const date = fc
      .tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);
    const range = fc
      .tuple(fc.nat({ max: 999 }), fc.constantFrom('-', '–', '−'), fc.constantFrom('', ' '), fc.nat({ max: 999 }), fc.constantFrom('', ' %', ' kr'))
      .map(([a, dash, sp, b, u]) => `${a}${dash}${sp}${b}${u}`);
    fc.assert(fc.property(fc.oneof(date, range), (t) => expect(parseSwedishNumber(t)).toBeUndefined()), { numRuns: 2000 });
  });
});
