/**
 * August from the real July report of the kulturnämnd (tests/fixtures/clean/periodrapport-kultur-2025.xlsx),
 * with the planted changes the compare tests look for: Personalkostnader's budget −15,5 → −16,0 (an
 * ombudgetering without a beslut), Lämnade bidrag's prognos −144,8 → −146,4, Övriga kostnader's utfall
 * ack −5,9 → −5,4 (a reversal; Nämndkostnader in the driftredovisning takes the same +0,5 so the two
 * tables still agree), a row Avskrivningar inserted, Ledning and Kulturstöd swapped, the
 * driftredovisning's and Personal's sheets renamed, and the title's period moved on a month.
 */
import type { Cell, Workbook } from '../../src/core/model/workbook';
import { cloneWorkbook, insertRow, renameSheet, setFigures, swapRows } from './nextMonth';

const RR = 'Resultatrapport';

export function augustFrom(july: Workbook): Workbook {
  const wb = cloneWorkbook(july);
  Object.assign(wb.sheets[0].rows[1]![0]!, { value: 'Kulturnämnden, januari–augusti 2025' });
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

/** Where the planted changes are in August, as [rule, cell] in report order (all on Resultatrapport). */
export const PLANTED_CHANGES = [
  ['compare.budget-changed', 'G8'],
  ['compare.forecast-moved', 'F10'],
  ['compare.accumulated-decreased', 'B11'],
  ['compare.row-added', 'A9'],
] as const;
