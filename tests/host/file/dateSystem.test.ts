import ExcelJS from 'exceljs';
import { cellAt } from '../../../src/core/model/workbook';
import { readWorkbookBuffer } from '../../../src/host/file/readWorkbook';
import { engineDates, LEDGER_SHEET } from '../../helpers/engineDates';
import { toBytes } from './xlsxFixtures';

/** A ledger and an IK-plan with real date cells (ExcelJS stores them as serials of the workbook's system). */
function workbookWithDates(date1904: boolean): ExcelJS.Workbook {
  const x = new ExcelJS.Workbook();
  x.properties.date1904 = date1904;
  const ledger = x.addWorksheet(LEDGER_SHEET);
  ledger.addRow(['Verifikation', 'Datum', 'Konto', 'Belopp', 'Leverantör']);
  ledger.addRow(['V1', new Date(Date.UTC(2025, 2, 14)), 4611, 1200, 'Kursakademin AB']);
  ledger.addRow(['V2', '2025-03-20', 6110, 300, 'Kontorsvaruhuset AB']);
  ledger.getCell('B2').numFmt = 'yyyy-mm-dd';
  const plan = x.addWorksheet('Internkontroll');
  plan.addRow(['Verksamhet', 'Risk', 'Åtgärd', 'Klart senast', 'Kommentar']);
  plan.addRow(['Ekonomi', 'Risken att investeringar redovisas felaktigt.', 'Uppdatera rutinen.', new Date(Date.UTC(2025, 5, 30)), 'Åtgärden pågår.']);
  plan.getCell('D2').numFmt = 'yyyy-mm-dd';
  return x;
}

describe('the date system of a file', () => {
  it('is part of the model, and a 1904 workbook gives the same ledger dates and deadlines as a 1900 one', async () => {
    const mac = await readWorkbookBuffer(await toBytes(workbookWithDates(true)), 'mac.xlsx');
    expect(mac.dateSystem).toBe(1904);
    // The cell keeps the serial the file stores, counted from 1904-01-01.
    expect(cellAt(mac.sheets[0], 2, 2).value).toBe(45730 - 1462);
    expect(engineDates(mac)).toEqual({ ledger: ['2025-03-14', '2025-03-20'], deadlines: ['2025-06-30'] });

    const windows = await readWorkbookBuffer(await toBytes(workbookWithDates(false)), 'pc.xlsx');
    expect(windows.dateSystem).toBeUndefined();
    expect(engineDates(windows)).toEqual(engineDates(mac));
  });
});
