/**
 * The generated workbooks of the size sweep (scripts/bench.ts), shared with the validation
 * profiler (scripts/profile-validate.ts) so both measure exactly the same files.
 */
import ExcelJS from 'exceljs';
import { driftredovisningFormulas } from './fixtures/driftredovisning';
import { handlingsplan } from './fixtures/handlingsplan';
import { personal } from './fixtures/personal';
import { resultatrapportLedger } from './fixtures/resultatrapport';
import { SheetSpec } from './fixtures/sheetSpec';
import { workbookBytes } from './fixtures/writeWorkbook';

/** `count` report sheets, cycling through the four periodrapport sheets of the fixtures (real figures, live formulas). */
export async function periodrapport(count: number): Promise<Uint8Array> {
  const builders = [
    ['Resultatrapport', resultatrapportLedger],
    ['Driftredovisning', driftredovisningFormulas],
    ['Handlingsplan', handlingsplan],
    ['Personal', personal],
  ] as const;
  const sheets: SheetSpec[] = [];
  for (let i = 0; i < count; i++) {
    const [name, build] = builders[i % builders.length];
    const sheet = new SheetSpec(count === 1 ? name : `${name} ${Math.floor(i / builders.length) + 1}`);
    build(sheet);
    sheets.push(sheet);
  }
  return workbookBytes({ fileName: `sweep-${count}.xlsx`, title: `Periodrapport, ${count} blad`, sheets });
}

/** One driftredovisning of `rows` områden: figures, a live Relation (%) formula per row and a SUM row. */
export async function bigTable(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Driftredovisning');
  ws.addRow(['Driftredovisning per område']);
  ws.addRow([null, 'Budgetavvikelse ack 2025', 'Omsättning ack 2025', 'Relation (%)', 'Budgetavvikelse ack 2024']);
  let [dev, turnover, last] = [0, 0, 0];
  for (let i = 1; i <= rows; i++) {
    const r = i + 2;
    const d = Math.round(((i * 37) % 41) - 20) / 10;
    const t = 10 + ((i * 53) % 997) / 10;
    const l = Math.round(((i * 29) % 31) - 15) / 10;
    [dev, turnover, last] = [dev + d, turnover + t, last + l];
    ws.addRow([`Område ${i}`, d, t, { formula: `B${r}/C${r}*100`, result: (d / t) * 100 }, l]);
  }
  const end = rows + 2;
  ws.addRow([
    'Resultat',
    { formula: `SUM(B3:B${end})`, result: dev },
    { formula: `SUM(C3:C${end})`, result: turnover },
    { formula: `B${end + 1}/C${end + 1}*100`, result: (dev / turnover) * 100 },
    { formula: `SUM(E3:E${end})`, result: last },
  ]);
  for (const col of ['B', 'C', 'D', 'E']) ws.getColumn(col).numFmt = '0.0';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
