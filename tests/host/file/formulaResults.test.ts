/**
 * Formula cells Periodkoll writes in a file keep their computed results — also a result of 0 —
 * so the page's preview shows figures, not blanks, before and after the copy is downloaded and
 * opened again. ExcelJS's `cell.value` leaves a falsy result out, which once dropped every 0.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cellAt, type Sheet, type Workbook } from '../../../src/core/model/workbook';
import { scenarioBase, scenarioSheet, type Scenario } from '../../../src/core/scenario';
import { FileWorkbookHost } from '../../../src/host/file/fileHost';
import { cellText } from '../../../src/standalone/cellText';

const TILLVAXT = join(__dirname, '../../fixtures/scenario/verksamhetsplan-tillvaxt-2024-formler.xlsx');

/** The regional tillväxtnämnd's resultatbudget with ram −19,5 mnkr and a handlingsplan of 29,0 mnkr reached to 84 %. */
const SCENARIO: Scenario = {
  name: 'Handlingsplan 84 %',
  base: { sheet: 'Resultatbudget' },
  parameters: [
    { kind: 'ram', change: -19.5 },
    { kind: 'plan', requirement: 29.0, effects: [{ year: 2024, fulfilment: 84 }] },
  ],
};

function sheetNamed(workbook: Workbook, name: string): Sheet {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Every formula cell of the sheet as the preview shows it, by A1 address. */
function formulaTexts(sheet: Sheet): Map<string, string> {
  const texts = new Map<string, string>();
  for (let r = 1; r <= sheet.rowCount; r++) {
    for (let c = 1; c <= sheet.colCount; c++) {
      const cell = cellAt(sheet, r, c);
      if (cell.formula) texts.set(`${String.fromCharCode(64 + c)}${r}`, cellText(cell));
    }
  }
  return texts;
}

function rowOf(sheet: Sheet, label: string): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (cellAt(sheet, r, 1).value === label) return r;
  throw new Error(`no row ${label}`);
}

describe('a scenario sheet written in the page', () => {
  it('shows a figure in every formula cell, in the session and in the downloaded copy opened again', async () => {
    const host = await FileWorkbookHost.open(readFileSync(TILLVAXT), 'verksamhetsplan.xlsx');
    const workbook = await host.readWorkbook();
    const base = scenarioBase(workbook, SCENARIO.base);
    if (!base.ok) throw new Error(base.message);
    const written = scenarioSheet(base.base, SCENARIO, workbook.sheets.map((s) => s.name));
    if (!written.ok) throw new Error(written.message);
    await host.writeReportSheet(written.sheet, { replace: false });

    const copy = await FileWorkbookHost.open(await host.toBuffer(), 'kopia.xlsx');
    for (const opened of [await host.readWorkbook(), await copy.readWorkbook()]) {
      const sheet = sheetNamed(opened, written.sheet.name);
      const texts = formulaTexts(sheet);
      expect(texts.size).toBeGreaterThan(30);
      expect([...texts].filter(([, text]) => text === '')).toEqual([]);
      // Rows the scenario leaves alone change by 0,0; the base is in balance (0,0); the scenario is 24,1 short.
      const resultRow = rowOf(sheet, 'Resultat mot budgetram (+ överskott, − underskott)');
      expect(texts.get(`D${rowOf(sheet, 'Personalkostnader')}`)).toBe('0,0');
      expect(texts.get(`B${resultRow}`)).toBe('0,0');
      expect(texts.get(`C${resultRow}`)).toBe('−24,1');
    }
  });
});

describe('a formula whose result is 0', () => {
  it('keeps its result through a write and its undo, and in the copy', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('A1').value = 5;
    ws.getCell('A2').value = 5;
    ws.getCell('A3').value = { formula: 'A1-A2', result: 0 };
    const host = await FileWorkbookHost.open(new Uint8Array(await wb.xlsx.writeBuffer()), 'noll.xlsx');
    await host.writeCells([{ sheet: 'Blad1', cell: 'A3', formula: '=A2-A1', result: 0 }], 'Prov');
    await host.undoWrite();

    const copy = await FileWorkbookHost.open(await host.toBuffer(), 'kopia.xlsx');
    for (const opened of [await host.readWorkbook(), await copy.readWorkbook()]) {
      expect(cellAt(sheetNamed(opened, 'Blad1'), 3, 1)).toMatchObject({ formula: '=A1-A2', value: 0, type: 'number' });
    }
  });
});
