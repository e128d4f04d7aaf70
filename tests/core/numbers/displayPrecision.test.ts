import { displayedDecimals } from '../../../src/core/numbers/displayPrecision';

describe('displayedDecimals from an explicit number format', () => {
  test.each<[string, number, number]>([
    ['0', 34, 0],
    ['0.0', 34.04, 1],
    ['0.00', -8.8, 2],
    ['#,##0', 1234.5, 0],
    ['#,##0.0', 1234.5, 1],
    ['#,##0.00;[Red]-#,##0.00', 5, 2],
    ['#,##0.00;[Red]-#,##0.00', -5, 2],
    // The section for the value's sign decides.
    ['0.0;-0', -3.2, 0],
    ['0.0;-0', 3.2, 1],
    ['0.0;-0.00;0', 0, 0],
    ['0.0;-0.00;0', -1, 2],
    // An empty or text-only zero section hides zeros; the first section still tells the precision.
    ['0.0;-0.0;', 0, 1],
    ['0.0;-0.0;"–"', 0, 1],
    // Percent: stored 0.2 shows "20 %", i.e. two more decimals of the stored value.
    ['0%', 0.2, 2],
    ['0.0%', 0.119, 3],
    // Scaling commas show the stored value in thousands / millions: fewer stored decimals.
    ['#,##0.0,', 12345, -2],
    ['#,##0.0,,', 12345678, -5],
    ['0,', 12345, -3],
    ['0.0,"tkr"', 12345, -2],
    // Literal text, escapes, locales, colours, conditions, padding and fill are ignored.
    ['0.0" mnkr"', 2.4, 1],
    ['0.0 "kr"', 2.4, 1],
    ['0.0\\ \\k\\r', 2.4, 1],
    ['[$-41D]0.0', 2.4, 1],
    ['[$kr-41D] #,##0.00', 2.4, 2],
    ['[Blue]0.0;[Red]-0.0', -2.4, 1],
    ['[>=100]0.0;0.0', 5, 1],
    ['#,##0.0_);(#,##0.0)', -2.4, 1],
    ['* #,##0.00', 2.4, 2],
    ['0.0"; 0.00"', 2.4, 1],
    ['#,##0.?? "st"', 2.4, 2],
    // Scientific: the mantissa's decimals counted from the value's magnitude.
    ['0.00E+00', 12345, -2],
    ['0.00E+00', 0.0123, 4],
  ])('%j with %p → %p (format)', (format, value, decimals) => {
    expect(displayedDecimals(format, value)).toEqual({ decimals, source: 'format' });
  });
});

describe('displayedDecimals from the value itself', () => {
  test.each<[string | undefined, number, number]>([
    [undefined, 34, 0],
    ['', 34.2, 1],
    ['General', -8.8, 1],
    ['Standard', 0.125, 3],
    ['general', 1234.5, 1],
    ['@', 34.25, 2],
    ['yyyy-mm-dd', 45869, 0],
    ['# ?/?', 1.5, 1],
    ['General', 0.1 + 0.2, 10],
    ['General', 1.5e-7, 8],
    ['General', 1e21, 0],
    ['General', 0, 0],
    ['General', NaN, 0],
  ])('%j with %p → %p (value)', (format, value, decimals) => {
    expect(displayedDecimals(format, value)).toEqual({ decimals, source: 'value' });
  });
});
