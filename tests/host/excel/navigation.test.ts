import { createExcelHost } from '../../../src/host/excel';
import { FakeExcel } from './fakeExcel';
import { periodrapport } from './workbooks';

function setup() {
  const state = periodrapport();
  const excel = new FakeExcel(state);
  return { state, excel, host: createExcelHost(excel.run, { isSetSupported: excel.isSetSupported }) };
}

describe('navigation in Excel', () => {
  it('tells the active sheet and whether a sheet exists, in one sync each', async () => {
    const { state, excel, host } = setup();
    state.activeSheet = 'Internkontroll';
    expect(await host.activeSheetName()).toBe('Internkontroll');
    expect(await host.sheetExists('Resultaträkning')).toBe(true);
    expect(await host.sheetExists('Kontrollrapport')).toBe(false);
    expect(excel.syncCount).toBe(3);
    expect(excel.writes()).toEqual([]);
    expect(host.kind).toBe('excel');
  });

  it('activates the sheet and selects the cell of a finding', async () => {
    const { state, excel, host } = setup();
    await host.selectCell('Internkontroll', '$B$2');
    expect(state.activeSheet).toBe('Internkontroll');
    expect(state.selection).toEqual({ sheet: 'Internkontroll', address: 'B2' });
    expect(excel.calls.filter((c) => c.kind === 'call' && (c.name === 'activate' || c.name === 'select')).map((c) => c.name)).toEqual(['activate', 'select']);
  });

  it('explains in Swedish why a cell cannot be shown', async () => {
    const { host } = setup();
    await expect(host.selectCell('Dold', 'A1')).rejects.toMatchObject({ name: 'HostError', message: 'Bladet Dold är dolt; ta fram bladet för att visa cellen.' });
    await expect(host.selectCell('Borttaget', 'A1')).rejects.toMatchObject({ name: 'HostError', message: 'Bladet Borttaget finns inte i arbetsboken.' });
    await expect(host.selectCell('Internkontroll', 'Z')).rejects.toMatchObject({ name: 'HostError', message: 'Z är ingen celladress.' });
  });

  it('tells the selected cell with its sheet, for the commentary to default to', async () => {
    const { state, host } = setup();
    state.activeSheet = 'Internkontroll';
    state.selection = { sheet: 'Internkontroll', address: 'C5' };
    expect(await host.activeCell!()).toEqual({ sheet: 'Internkontroll', cell: 'C5' });
  });

  it('takes the workbook name from the last read', async () => {
    const { host } = setup();
    expect(host.name).toBe('Arbetsbok');
    await host.readWorkbook({ sheets: ['Tom'] });
    expect(host.name).toBe('Periodrapport mars.xlsx');
  });
});
