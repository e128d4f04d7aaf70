/** Fake workbooks shared by the Excel adapter tests. */
import type { CellMark } from '../../../src/host/port';
import { fakeState, type FakeCell, type FakeState, type SheetInit } from './fakeState';

/** A small periodrapport as Swedish Excel shows it: data from B3, formulas, an error, merges. */
export function periodrapport(): FakeState {
  return fakeState({
    name: 'Periodrapport mars.xlsx',
    names: [
      { name: 'Avtalsleverantörer', formula: '=Leverantörer!$A$2:$A$40' },
      { name: '_xlnm.Print_Area', formula: "='Resultaträkning'!$B$3:$F$9" },
    ],
    sheets: [
      {
        name: 'Resultaträkning',
        merges: ['B3:F3'],
        cells: {
          B3: 'Resultaträkning mars 2025 (mnkr)',
          B4: 'Post',
          C4: 'Utfall',
          D4: 'Budget',
          E4: 'Avvikelse',
          F4: 'Andel',
          B5: 'Intäkter',
          C5: { value: 120.4, numberFormat: '0.0' },
          D5: { value: 118, numberFormat: '0.0' },
          E5: { value: 2.4, formula: '=C5-D5', formulaR1C1: '=RC[-2]-RC[-1]', numberFormat: '0.0' },
          F5: { value: '#DIVISION/0!', type: 'Error', errorType: 'Div0', englishError: '#DIV/0!', formula: '=E5/0', formulaR1C1: '=RC[-1]/0', numberFormat: '0%' },
          B6: 'Kostnader',
          C6: { value: -86.6, numberFormat: '0.0' },
          D6: { value: -84.2, numberFormat: '0.0' },
          E6: { value: -2.4, formula: '=C6-D6', formulaR1C1: '=RC[-2]-RC[-1]', numberFormat: '0.0' },
          B7: 'Resultat',
          C7: { value: 33.8, formula: '=SUM(C5:C6)', formulaR1C1: '=SUM(R[-2]C:R[-1]C)', numberFormat: '0.0' },
          D7: { value: 33.8, formula: '=SUM(D5:D6)', formulaR1C1: '=SUM(R[-2]C:R[-1]C)', numberFormat: '0.0' },
          E7: { value: '', formula: '=IF(C7=D7,"",C7-D7)', formulaR1C1: '=IF(RC[-2]=RC[-1],"",RC[-2]-RC[-1])' },
          C8: { value: 45747, numberFormat: 'yyyy-mm-dd' },
          D8: true,
          E8: { value: '=inte en formel', type: 'String' },
        },
      },
      {
        name: 'Internkontroll',
        cells: { A1: 'Risk', B1: 'Status', A2: 'Felaktigt godkända fakturor', B2: 'Pågår', A3: { value: '#SAKNAS!', type: 'Error', errorType: 'NotAvailable', englishError: '#N/A', formula: '=VLOOKUP(A2,X:Y,2,0)' } },
        notes: { B2: 'Följs upp i april' },
      },
      { name: 'Dold', visibility: 'Hidden', cells: { A1: 1 } },
      { name: 'Låst', protected: true, cells: { C10: 'Skyddat', D10: 5 } },
      { name: 'Tom' },
    ],
  });
}

/** `count` sheets of a typical size (30 rows × 8 columns). */
export function manySheets(count: number): FakeState {
  const sheets: SheetInit[] = [];
  for (let s = 1; s <= count; s++) {
    sheets.push({
      name: `Enhet ${s}`,
      merges: ['A1:H1'],
      generated: { top: 1, left: 1, rows: 30, cols: 8, cell: typicalCell },
    });
  }
  return fakeState({ sheets });
}

/** One sheet of a ledger export: `rows` × `cols` cells from A1. */
export function hugeSheet(rows: number, cols: number, cell: (row: number, col: number) => FakeCell = typicalCell): FakeState {
  return fakeState({ sheets: [{ name: 'Huvudbok', generated: { top: 1, left: 1, rows, cols, cell } }, { name: 'Sammanställning', cells: { A1: 'Summa', B1: 1 } }] });
}

export function typicalCell(row: number, col: number): FakeCell {
  if (row === 1) return { value: `Kolumn ${col}` };
  if (col === 1) return { value: `Konto ${4000 + row}` };
  if (col % 4 === 0) return { value: row * col * 1.25, formula: `=B${row}*${col}`, formulaR1C1: `=RC2*${col}`, numberFormat: '#,##0.00' };
  return { value: row * 1000 + col + 0.5, numberFormat: '#,##0' };
}

/**
 * The periodrapport with fills worth restoring: a plain fill and a patterned, tinted one (Accent 1
 * lighter 40% under Accent 1 darker 25% stripes, shown as #8FAADC and #2F5597).
 */
export function decorated(): FakeState {
  const state = periodrapport();
  const rr = state.sheets[0];
  rr.cells.get('5,4')!.fill = { color: '#C6EFCE', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 };
  rr.cells.get('6,5')!.fill = { color: '#4472C4', pattern: 'LightUp', patternColor: '#4472C4', tintAndShade: 0.39997558519241921, patternTintAndShade: -0.249977111117893 };
  return state;
}

export const MARKS: CellMark[] = [
  { sheet: 'Resultaträkning', cell: 'C5', severity: 'error', note: 'Periodkoll (sum.total): Summan stämmer inte.' },
  { sheet: 'Resultaträkning', cell: 'D5', severity: 'warning', note: 'Periodkoll (variance.sign): Kontrollera tecknet.' },
  { sheet: 'Resultaträkning', cell: 'E6', severity: 'error', note: 'Periodkoll (variance.diff): Avvikelsen är fel.' },
  { sheet: 'Internkontroll', cell: 'B2', severity: 'warning', note: 'Periodkoll (ic.status): Status saknar kommentar.' },
];
