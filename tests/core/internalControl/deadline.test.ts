import { deadlineIso } from '../../../src/core/internalControl/deadline';
import type { Cell } from '../../../src/core/model/workbook';

const text = (value: string): Cell => ({ value, type: 'text' });
const number = (value: number, numberFormat?: string): Cell => ({ value, type: 'number', ...(numberFormat ? { numberFormat } : {}) });

describe('deadlineIso reads Klart senast as the last allowed day', () => {
  it.each([
    ['2025-06-30', '2025-06-30'],
    ['2025-06', '2025-06-30'],
    ['30 juni 2025', '2025-06-30'],
    ['juni 2025', '2025-06-30'],
    ['feb 2024', '2024-02-29'],
    ['sept 2025', '2025-09-30'],
    ['30/6 2025', '2025-06-30'],
    ['T1 2025', '2025-04-30'],
    ['tertial 2 2025', '2025-08-31'],
    ['Q3 2025', '2025-09-30'],
    ['2025', '2025-12-31'],
  ])('"%s" → %s', (written, iso) => {
    expect(deadlineIso(text(written), 1900)).toBe(iso);
  });

  it('reads a date cell (a serial in the 1900 date system) and a year typed as a number', () => {
    expect(deadlineIso(number(45838, 'yyyy-mm-dd'), 1900)).toBe('2025-06-30');
    expect(deadlineIso(number(2025), 1900)).toBe('2025-12-31');
  });

  it('reads a date cell of a 1904 workbook, whose serials count from 1904-01-01', () => {
    expect(deadlineIso(number(45838 - 1462, 'yyyy-mm-dd'), 1904)).toBe('2025-06-30');
    expect(deadlineIso(number(2025), 1904)).toBe('2025-12-31');
    expect(deadlineIso(text('2025-06-30'), 1904)).toBe('2025-06-30');
  });

  it('gives nothing for text that is no date, and never mistakes a word for a month', () => {
    expect(deadlineIso(text('Löpande'), 1900)).toBeUndefined();
    expect(deadlineIso(text('marknad 2025'), 1900)).toBeUndefined();
    expect(deadlineIso(text('2025-02-30'), 1900)).toBeUndefined();
    expect(deadlineIso(number(12), 1900)).toBeUndefined();
  });
});
