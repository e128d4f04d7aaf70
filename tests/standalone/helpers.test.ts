import { sheetFromGrid, type Cell } from '../../src/core/model/workbook';
import type { WorkbookHost } from '../../src/host/port';
import { cellText } from '../../src/standalone/cellText';
import { markedCopyName } from '../../src/standalone/download';
import { isOfficeHostPage } from '../../src/standalone/officeDetection';
import { observeWrites } from '../../src/standalone/observeWrites';
import { freezesLabelColumn, frozenWidth, ROW_HEADER_WIDTH, ROW_HEIGHT, scrollToShow, visibleRows } from '../../src/standalone/previewLayout';

const num = (value: number, numberFormat?: string): Cell => ({ value, type: 'number', ...(numberFormat ? { numberFormat } : {}) });
const NB = '\u00A0';
const MINUS = '\u2212';

describe('cellText (sv-SE display)', () => {
  it.each([
    [num(-12.5, '0.0'), `${MINUS}12,5`],
    [num(1234567, '#,##0'), `1${NB}234${NB}567`],
    [num(1234567, '0'), '1234567'],
    [num(1234567), '1234567'],
    [num(0.1 + 0.2), '0,3'],
    [num(0.257, '0.0%'), `25,7${NB}%`],
    [num(12345678, '#,##0.0,,'), '12,3'],
    [num(45291, 'yyyy-mm-dd'), '2023-12-31'],
    [num(45291.5, 'yyyy-mm-dd hh:mm'), '2023-12-31 12:00'],
    [num(-0.04, '0.0'), '0,0'],
    [num(5, '0.0" mnkr"'), '5,0'],
  ])('%j -> %s', (cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });

  it('writes errors and booleans as Swedish Excel does, text and empty as they are', () => {
    expect(cellText({ value: '#DIV/0!', type: 'error' })).toBe('#DIVISION/0!');
    expect(cellText({ value: '#N/A', type: 'error' })).toBe('#SAKNAS!');
    expect(cellText({ value: true, type: 'boolean' })).toBe('SANT');
    expect(cellText({ value: false, type: 'boolean' })).toBe('FALSKT');
    expect(cellText({ value: '<b>x</b>', type: 'text' })).toBe('<b>x</b>');
    expect(cellText({ value: null, type: 'empty' })).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText({ value: 3, type: 'number', display: '3,00 kr' })).toBe('3,00 kr');
  });
});

describe('isOfficeHostPage', () => {
  const page = (extra: object = {}) => ({ location: { search: '' }, name: '', ...extra });

  it('is false in a plain browser tab', () => {
    expect(isOfficeHostPage(page({ external: {}, sessionStorage: { getItem: () => null } }))).toBe(false);
    expect(isOfficeHostPage(page({ location: { search: '?x=1' }, name: 'some-window' }))).toBe(false);
  });

  it('is true where office.js would find a host', () => {
    expect(isOfficeHostPage(page({ location: { search: '?_host_Info=Excel$Win32$16.01$sv-SE$$$$0' } }))).toBe(true);
    expect(isOfficeHostPage(page({ location: { search: '?a=1&_host_Info=excel|web|16.00|sv-se' } }))).toBe(true);
    expect(isOfficeHostPage(page({ external: { GetHostInfo: () => 'Excel$Mac$16.00' } }))).toBe(true);
    expect(isOfficeHostPage(page({ agaveHost: {} }))).toBe(true);
    expect(isOfficeHostPage(page({ name: JSON.stringify({ hostInfo: 'Excel|Web|16.00|sv-SE' }) }))).toBe(true);
    expect(isOfficeHostPage(page({ sessionStorage: { getItem: (k: string) => (k === 'hostInfoValue' ? 'Excel$Win32' : null) } }))).toBe(true);
  });

  it('survives storage and window.external that throw', () => {
    const throwing = {
      get GetHostInfo(): never {
        throw new Error('denied');
      },
    };
    const storage = {
      getItem(): never {
        throw new Error('SecurityError');
      },
    };
    expect(isOfficeHostPage(page({ external: throwing, sessionStorage: storage, name: '{not json hostInfo' }))).toBe(false);
  });
});

describe('markedCopyName', () => {
  it.each([
    ['rapport.xlsx', 'rapport (markerad).xlsx'],
    ['Rapport.XLSM', 'Rapport (markerad).xlsx'],
    ['periodrapport kultur 2025.xlsx', 'periodrapport kultur 2025 (markerad).xlsx'],
    ['.xlsx', 'arbetsbok (markerad).xlsx'],
    // A ledger export opened as a workbook: the copy is an .xlsx.
    ['huvudbok-2025.csv', 'huvudbok-2025 (markerad).xlsx'],
    ['huvudbok-2025.se', 'huvudbok-2025 (markerad).xlsx'],
  ])('%s -> %s', (name, expected) => expect(markedCopyName(name)).toBe(expected));
});

describe('observeWrites', () => {
  it('reports each write after it finished, also a failed one, and passes reads through', async () => {
    const calls: string[] = [];
    const host = {
      kind: 'file',
      name: 'x.xlsx',
      async writeMarks() {
        calls.push('writeMarks');
        return { marked: 1, skipped: [] };
      },
      async writeReportSheet() {
        calls.push('writeReportSheet');
        throw new Error('skyddat');
      },
      async hasMarks(this: { name: string }) {
        calls.push('hasMarks');
        return this.name === 'x.xlsx';
      },
    } as unknown as WorkbookHost;
    const observed = observeWrites(host, (m) => calls.push(`after ${m}`));
    expect(observed.name).toBe('x.xlsx');
    await expect(observed.writeMarks([])).resolves.toEqual({ marked: 1, skipped: [] });
    await expect(observed.writeReportSheet({} as never, { replace: false })).rejects.toThrow('skyddat');
    await expect(observed.hasMarks()).resolves.toBe(true);
    expect(calls).toEqual(['writeMarks', 'after writeMarks', 'writeReportSheet', 'after writeReportSheet', 'hasMarks']);
  });
});

describe('preview geometry', () => {
  it('renders the rows in view plus a margin', () => {
    expect(visibleRows(0, 240, 1000)).toEqual({ first: 1, last: 20 });
    expect(visibleRows(100 * ROW_HEIGHT, 240, 1000)).toEqual({ first: 91, last: 120 });
    expect(visibleRows(0, 600, 5)).toEqual({ first: 1, last: 5 });
  });

  it('leaves the scroll alone when the cell is in view, else brings it to the upper third', () => {
    const widths = [100, 100, 100, 100];
    const viewport = { width: 500, height: 400 };
    expect(scrollToShow({ row: 3, col: 2 }, { top: 0, left: 0 }, viewport, widths)).toEqual({ top: 0, left: 0 });
    const far = scrollToShow({ row: 500, col: 4 }, { top: 0, left: 0 }, viewport, widths);
    expect(far.top).toBeGreaterThan(400 * ROW_HEIGHT);
    expect(far.top).toBeLessThanOrEqual(499 * ROW_HEIGHT);
    expect(far.left).toBe(0); // column D starts at 300, within the 448 px wide body
  });

  it('freezes column A when it holds the labels, narrowed so figures still show at 350 px', () => {
    const label = (value: string): Cell => ({ value, type: 'text' });
    const figure = (value: number): Cell => ({ value, type: 'number' });
    const report = sheetFromGrid('Driftredovisning', [[label('Verksamhet'), label('Budget')], [label('Lämnade bidrag'), figure(-86.6)], [label('Summa'), figure(-101.8)]]);
    const figuresInA = sheetFromGrid('Tal', [[figure(1), figure(2)], [figure(3), figure(4)], [label('Summa'), figure(6)]]);
    expect(freezesLabelColumn(report, 2)).toBe(true);
    expect(freezesLabelColumn(figuresInA, 2)).toBe(false);
    expect(freezesLabelColumn(report, 1)).toBe(false);
    // A 280 px label column in a 318 px wide grid would leave no room for a figure.
    expect(frozenWidth(280, 318)).toBe(Math.floor((318 - ROW_HEADER_WIDTH) * 0.4));
    expect(frozenWidth(90, 1200)).toBe(90);
  });

  it('scrolls a figure out from under the frozen label column', () => {
    const widths = [100, 80, 80, 80, 80];
    const viewport = { width: 300, height: 400 };
    // Column C (at 180) is under the frozen column when scrolled to 120: scrolled back right of it.
    const shown = scrollToShow({ row: 1, col: 3 }, { top: 0, left: 120 }, viewport, widths, 100);
    expect(shown.left).toBeLessThanOrEqual(180 - 100);
    expect(180 + 80).toBeLessThanOrEqual(shown.left + viewport.width - ROW_HEADER_WIDTH);
    // The frozen column itself never moves the grid sideways.
    expect(scrollToShow({ row: 1, col: 1 }, { top: 0, left: 120 }, viewport, widths, 100).left).toBe(120);
  });
});
