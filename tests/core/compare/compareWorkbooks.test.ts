import { join } from 'path';
import { compareWorkbooks } from '../../../src/core/compare';
import type { Workbook } from '../../../src/core/model/workbook';
import { readWorkbookFile } from '../../../src/host/file/readWorkbook';
import { augustFrom } from '../../helpers/augustReport';
import { cloneWorkbook, setFigures } from '../../helpers/nextMonth';

const JULY = join(__dirname, '..', '..', 'fixtures', 'clean', 'periodrapport-kultur-2025.xlsx');
const RR = 'Resultatrapport';

let july: Workbook;
beforeAll(async () => {
  july = await readWorkbookFile(JULY);
});

const august = () => augustFrom(july);

describe('compare with last month', () => {
  it('finds nothing between a report and itself', () => {
    const c = compareWorkbooks(july, cloneWorkbook(july));
    expect(c.findings).toEqual([]);
    expect(c.newFindings).toEqual([]);
    expect(c.resolvedFindings).toEqual([]);
    expect(c.tables.every((t) => t.matchedWith === t.sheet)).toBe(true);
    expect(c.removedTables).toEqual([]);
  });

  it('reports exactly the planted changes, at both cells, and pairs renamed sheets', () => {
    const c = compareWorkbooks(july, august());
    expect(c.tables.map((t) => [t.sheet, t.kind, t.matchedWith])).toEqual([
      [RR, 'resultatrapport', RR],
      ['Drift per område', 'driftredovisning', 'Driftredovisning'],
      ['Handlingsplan', 'handlingsplan', 'Handlingsplan'],
      ['Personal augusti', 'personalkostnader', 'Personal'],
      ['Personal augusti', 'kostnadsanalys', 'Personal'],
      ['Personal augusti', 'arsarbetare', 'Personal'],
      ['Personal augusti', 'sjukfranvaro', 'Personal'],
    ]);
    const seen = c.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.previousSheet, f.previousCell, f.previous, f.found]);
    // Sorted as every report is: sheet, severity, row, column. The Summa rows above the changed
    // rows moved too; their rows explain them, so they are not reported again.
    expect(seen).toEqual([
      ['compare.budget-changed', 'warning', RR, 'G8', RR, 'G8', -15.5, -16],
      ['compare.forecast-moved', 'warning', RR, 'F10', RR, 'F9', -144.8, -146.4],
      ['compare.accumulated-decreased', 'warning', RR, 'B11', RR, 'B10', -5.9, -5.4],
      ['compare.row-added', 'info', RR, 'A9', undefined, undefined, undefined, undefined],
    ]);
    const msg = (cell: string) => c.findings.find((f) => f.cell === cell && f.rule !== 'compare.row-added')!.message.replace(/\u00A0/g, ' ');
    expect(msg('F10')).toContain('Prognosen för Lämnade bidrag har försämrats med 1,6 mnkr sedan juli (högre kostnader, −144,8 → −146,4');
    expect(msg('G8')).toContain('Budgeten för Personalkostnader (Budget) har ändrats från −15,5 till −16,0');
    expect(msg('B11')).toContain('Ackumulerat utfall för Övriga kostnader har minskat från −5,9 till −5,4');
    // The planted changes keep the workbook consistent: the checks find what they found in July.
    expect(c.newFindings).toEqual([]);
    expect(c.resolvedFindings).toEqual([]);
  });

  it('calls a small prognos move info and names an improvement, for costs and revenues', () => {
    const wb = cloneWorkbook(july);
    setFigures(wb, [
      { sheet: RR, row: 5, col: 6, value: 57.9 }, // Erhållna bidrag 57,6 → 57,9: more revenue
      { sheet: RR, row: 10, col: 6, value: -17.19 }, // Övriga kostnader −17,5 → −17,2: less cost
    ]);
    const c = compareWorkbooks(july, wb);
    const moved = c.findings.filter((f) => f.cell === 'F5' || f.cell === 'F10');
    expect(moved.map((f) => [f.cell, f.severity])).toEqual([['F5', 'info'], ['F10', 'info']]);
    expect(moved[0].message.replace(/\u00A0/g, ' ')).toContain('Prognosen för Erhållna bidrag har förbättrats med 0,3 mnkr');
    expect(moved[0].message.replace(/\u00A0/g, ' ')).toContain('(högre intäkter, 57,6 → 57,9');
    expect(moved[1].message.replace(/\u00A0/g, ' ')).toContain('Prognosen för Övriga kostnader har förbättrats med 0,3 mnkr');
    expect(moved[1].message.replace(/\u00A0/g, ' ')).toContain('(lägre kostnader, −17,5 → −17,2');
    // A lower threshold makes the same moves warnings.
    expect(compareWorkbooks(july, wb, { threshold: 0.3 }).findings.filter((f) => f.cell === 'F5' || f.cell === 'F10').map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  it('words a moved net cost stored negative as net cost: −120,2 → −120,9 is higher, and worse', () => {
    const wb = cloneWorkbook(july);
    setFigures(wb, [{ sheet: RR, row: 12, col: 6, value: -120.9 }]); // Verksamhetens nettokostnad, Prognos
    const moved = compareWorkbooks(july, wb).findings.find((f) => f.rule === 'compare.forecast-moved' && f.cell === 'F12')!;
    expect(moved.message.replace(/\u00A0/g, ' ')).toContain('Prognosen för Verksamhetens nettokostnad har försämrats med 0,7 mnkr');
    expect(moved.message.replace(/\u00A0/g, ' ')).toContain('(högre nettokostnad, −120,2 → −120,9');
  });

  it('lists a removed row and the checks’ findings resolved and new since last month', () => {
    const wb = cloneWorkbook(july);
    // The #DIVISION/0! of July is fixed with a dash; a typed Summa intäkter that no longer adds up is new.
    const d8 = wb.sheets[1].rows[7]![3]!;
    Object.assign(d8, { value: '–', type: 'text', formula: undefined, formulaR1C1: undefined });
    const b7 = wb.sheets[0].rows[6]![1]!;
    Object.assign(b7, { value: 34.6, formula: undefined, formulaR1C1: undefined });
    const c = compareWorkbooks(july, wb);
    expect(c.resolvedFindings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([['error-value.cell', 'Driftredovisning', 'D8']]);
    expect(c.newFindings.map((f) => f.rule)).toContain('sum.row-total');
    const removed = compareWorkbooks(august(), july).findings.filter((f) => f.rule === 'compare.row-removed');
    expect(removed.map((f) => [f.sheet, f.previousSheet, f.previousCell])).toEqual([[RR, RR, 'A9']]);
  });
});

/** Retypes a text cell (a title or a unit line); setFigures recalculates numbers only. */
function setText(wb: Workbook, sheet: string, row: number, col: number, text: string): void {
  Object.assign(wb.sheets.find((s) => s.name === sheet)!.rows[row - 1]![col - 1]!, { value: text, type: 'text' });
}

describe('sums, units and the turn of the year', () => {
  it('still reports a Summa whose rows do not explain its change', () => {
    const wb = cloneWorkbook(july);
    // Summa kostnader's budget typed over (−176,8 → −177,8) while no cost row's budget changed: it is
    // reported; the sums above it echo it and are not.
    setFigures(wb, [{ sheet: RR, row: 11, col: 7, value: -177.8 }]);
    const c = compareWorkbooks(july, wb);
    expect(c.findings.filter((f) => f.rule === 'compare.budget-changed').map((f) => f.cell)).toEqual(['G11']);
  });

  it('keeps a Summa whose prognos move is a warning while each row moved only a little', () => {
    const wb = cloneWorkbook(july);
    // Two cost rows −0,3 each (info at 0,5 mnkr); Summa kostnader moves −0,6: that is the warning,
    // and the sums above it echo Summa kostnader.
    setFigures(wb, [
      { sheet: RR, row: 8, col: 6, value: -15.6 - 0.3 },
      { sheet: RR, row: 10, col: 6, value: -17.5 - 0.3 },
    ]);
    const moved = compareWorkbooks(july, wb).findings.filter((f) => f.rule === 'compare.forecast-moved');
    expect(moved.map((f) => [f.cell, f.severity])).toEqual([
      ['F11', 'warning'], ['F8', 'info'], ['F10', 'info'],
    ]);
  });

  it('takes the threshold in mnkr also for a table in tkr, and names the unit', () => {
    const wb = cloneWorkbook(july);
    setText(wb, RR, 4, 1, 'Belopp i tkr');
    setFigures(wb, [{ sheet: RR, row: 9, col: 6, value: -146.4 }]);
    const before = cloneWorkbook(july);
    setText(before, RR, 4, 1, 'Belopp i tkr');
    const f = compareWorkbooks(before, wb).findings.find((x) => x.cell === 'F9')!;
    // 1,6 tkr is far below 0,5 mnkr.
    expect(f.severity).toBe('info');
    expect(f.message.replace(/\u00A0/g, ' ')).toContain('försämrats med 1,6 tkr sedan juli');
  });

  it('compares December with January without calling the new budget a change', () => {
    const december = cloneWorkbook(july);
    setText(december, RR, 2, 1, 'Kulturnämnden, januari–december 2024');
    const january = cloneWorkbook(july);
    setText(january, RR, 2, 1, 'Kulturnämnden, januari 2025');
    setFigures(january, [
      { sheet: RR, row: 8, col: 7, value: -16.4 }, // the new year's budget
      { sheet: RR, row: 10, col: 2, value: -0.8 }, // accumulated utfall starts again
      { sheet: RR, row: 9, col: 6, value: -146.4 },
    ]);
    const c = compareWorkbooks(december, january);
    expect(c.acrossYears).toBe(true);
    expect([c.previousPeriod, c.currentPeriod]).toEqual(['januari–december 2024', 'januari 2025']);
    expect(c.findings.filter((f) => f.rule !== 'compare.forecast-moved')).toEqual([]);
    expect(c.findings.find((f) => f.cell === 'F9')!.message).toContain('sedan december 2024');
  });
});
