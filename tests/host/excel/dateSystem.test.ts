import { createExcelHost } from '../../../src/host/excel';
import { engineDates, LEDGER_SHEET } from '../../helpers/engineDates';
import { FakeExcel, type FakeExcelOptions } from './fakeExcel';
import { fakeState } from './fakeState';

const MARCH_14 = 45730;
const JUNE_30 = 45838;
/** 1904-01-01 is serial 1462 in the 1900 system. */
const OFFSET = 1462;

/** A ledger and an IK-plan with date cells as Range.values shows them: serials of the workbook's system. */
function workbookWithDates(date1904: boolean) {
  const serial = (day1900: number) => ({ value: date1904 ? day1900 - OFFSET : day1900, numberFormat: 'yyyy-mm-dd' });
  return fakeState({
    date1904,
    sheets: [
      {
        name: LEDGER_SHEET,
        cells: {
          A1: 'Verifikation', B1: 'Datum', C1: 'Konto', D1: 'Belopp', E1: 'Leverantör',
          A2: 'V1', B2: serial(MARCH_14), C2: 4611, D2: 1200, E2: 'Kursakademin AB',
          A3: 'V2', B3: '2025-03-20', C3: 6110, D3: 300, E3: 'Kontorsvaruhuset AB',
        },
      },
      {
        name: 'Internkontroll',
        cells: {
          A1: 'Verksamhet', B1: 'Risk', C1: 'Åtgärd', D1: 'Klart senast', E1: 'Kommentar',
          A2: 'Ekonomi', B2: 'Risken att investeringar redovisas felaktigt.', C2: 'Uppdatera rutinen.', D2: serial(JUNE_30), E2: 'Åtgärden pågår.',
        },
      },
    ],
  });
}

/** Workbook.use1904DateSystem is a preview API: only the beta office.js library defines it. */
function read(date1904: boolean, options: FakeExcelOptions = { library: 'preview' }) {
  const excel = new FakeExcel(workbookWithDates(date1904), options);
  return { excel, workbook: createExcelHost(excel.run, { isSetSupported: excel.isSetSupported }).readWorkbook() };
}

const RIGHT_DATES = { ledger: ['2025-03-14', '2025-03-20'], deadlines: ['2025-06-30'] };

describe('the date system in Excel', () => {
  it('reads use1904DateSystem with the sheets, so a 1904 workbook gives the right ledger dates and deadlines', async () => {
    const { excel, workbook } = read(true);
    const wb = await workbook;
    expect(wb.dateSystem).toBe(1904);
    expect(engineDates(wb)).toEqual(RIGHT_DATES);
    expect(excel.calls).toContainEqual({ sync: 1, object: 'workbook', kind: 'load', name: 'name,use1904DateSystem' });
    expect(excel.syncCount).toBe(3);
    expect(excel.writes()).toEqual([]);
  });

  it('leaves a 1900 workbook as it was', async () => {
    const wb = await read(false).workbook;
    expect(wb.dateSystem).toBeUndefined();
    expect(engineDates(wb)).toEqual(RIGHT_DATES);
  });

  it('does not ask a library without the preview property, nor an Excel before ExcelApi 1.9, and then counts from 1900', async () => {
    for (const options of [{ library: '1.18' }, { api: '1.8', library: 'preview' }]) {
      const { excel, workbook } = read(true, options);
      const wb = await workbook;
      expect(wb.dateSystem).toBeUndefined();
      expect(excel.calls.some((c) => c.name.includes('use1904DateSystem'))).toBe(false);
      expect(excel.syncs.some((s) => s.failed)).toBe(false);
    }
  });
});
