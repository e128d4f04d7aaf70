import { join } from 'path';
import { compareWorkbooks } from '../../../src/core/compare';
import type { Cell, Workbook } from '../../../src/core/model/workbook';
import { readWorkbookFile } from '../../../src/host/file/readWorkbook';
import { cloneWorkbook, insertRow, renameSheet, setFigures, swapRows } from '../../helpers/nextMonth';

const JULY = join(__dirname, '..', '..', 'fixtures', 'clean', 'periodrapport-kultur-2025.xlsx');
const RR = 'Resultatrapport';

let july: Workbook;
beforeAll(async () => {
  july = await readWorkbookFile(JULY);
});

/**
 * August from the real July report: Personalkostnader's budget −15,5 → −16,0 (an ombudgetering
 * without a beslut), Lämnade bidrag's prognos −144,8 → −146,4, Övriga kostnader's utfall ack
 * −5,9 → −5,4 (a reversal; Nämndkostnader in the driftredovisning takes the same +0,5 so the two
 * tables still agree), a row Avskrivningar inserted, Ledning and Kulturstöd swapped and the
 * driftredovisning's and Personal's sheets renamed.
 */
function august(): Workbook {
  const wb = cloneWorkbook(july);
  setFigures(wb, [
    { sheet: RR, row: 8, col: 7, value: -15.97 },
    { sheet: RR, row: 9, col: 6, value: -146.4 },
    { sheet: RR, row: 10, col: 2, value: -5.42 },
    { sheet: 'Driftredovisning', row: 12, col: 2, value: 0.4 },
  ]);
  const sheet = wb.sheets.find((s) => s.name === RR)!;
  const model = sheet.rows[7]!;
  const zero = (c: number): Cell => ({ ...(model[c - 1] as Cell), value: 0, type: 'number', formula: undefined, formulaR1C1: undefined });
  const fx = (c: number, formula: string): Cell => ({ ...(model[c - 1] as Cell), value: 0, type: 'number', formula, formulaR1C1: undefined });
  insertRow(wb, RR, 9, [{ ...(model[0] as Cell), value: 'Avskrivningar' }, zero(2), zero(3), fx(4, '=B9-C9'), zero(5), zero(6), zero(7), fx(8, '=F9-G9'), zero(9)]);
  swapRows(wb, 'Driftredovisning', 5, 6);
  renameSheet(wb, 'Driftredovisning', 'Drift per område');
  renameSheet(wb, 'Personal', 'Personal augusti');
  return wb;
}

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
    // Sorted as every report is: sheet, severity, row, column.
    expect(seen).toEqual([
      ['compare.budget-changed', 'warning', RR, 'G8', RR, 'G8', -15.5, -16],
      ['compare.forecast-moved', 'warning', RR, 'F10', RR, 'F9', -144.8, -146.4],
      ['compare.accumulated-decreased', 'warning', RR, 'B11', RR, 'B10', -5.9, -5.4],
      ['compare.accumulated-decreased', 'warning', RR, 'B12', RR, 'B11', -101.3, -100.8],
      ['compare.forecast-moved', 'warning', RR, 'F12', RR, 'F11', -177.8, -179.4],
      ['compare.budget-changed', 'warning', RR, 'G12', RR, 'G11', -176.8, -177.3],
      ['compare.accumulated-decreased', 'warning', RR, 'B13', RR, 'B12', -67.3, -66.8],
      ['compare.forecast-moved', 'warning', RR, 'F13', RR, 'F12', -120.2, -121.8],
      ['compare.budget-changed', 'warning', RR, 'G13', RR, 'G12', -120.6, -121.1],
      ['compare.accumulated-decreased', 'warning', RR, 'B14', RR, 'B13', -67.3, -66.8],
      ['compare.forecast-moved', 'warning', RR, 'F14', RR, 'F13', -120.2, -121.8],
      ['compare.budget-changed', 'warning', RR, 'G14', RR, 'G13', -120.6, -121.1],
      ['compare.row-added', 'info', RR, 'A9', undefined, undefined, undefined, undefined],
    ]);
    const msg = (cell: string) => c.findings.find((f) => f.cell === cell && f.rule !== 'compare.row-added')!.message.replace(/\u00A0/g, ' ');
    expect(msg('F10')).toContain('Prognosen för Lämnade bidrag har försämrats med 1,6 mnkr sedan förra rapporten');
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
    expect(moved[1].message.replace(/\u00A0/g, ' ')).toContain('Prognosen för Övriga kostnader har förbättrats med 0,3 mnkr');
    // A lower threshold makes the same moves warnings.
    expect(compareWorkbooks(july, wb, { threshold: 0.3 }).findings.filter((f) => f.cell === 'F5' || f.cell === 'F10').map((f) => f.severity)).toEqual(['warning', 'warning']);
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
