import { cellAt } from '../../../src/core/model/workbook';
import { createExcelHost } from '../../../src/host/excel';
import { PAYLOAD_LIMIT_BYTES } from '../../../src/host/excel/payload';
import type { ReadProgress } from '../../../src/host/port';
import { FakeExcel } from './fakeExcel';
import { fakeState } from './fakeState';
import { hugeSheet, manySheets, periodrapport } from './workbooks';

/** Excel on the web refuses more than about 5 MB per request or response. */
const WEB_LIMIT = 5 * 1024 * 1024;

function hostFor(excel: FakeExcel) {
  return createExcelHost(excel.run, { isSetSupported: excel.isSetSupported });
}

describe('readWorkbook in Excel', () => {
  it('reads a normal workbook in at most 3 syncs and writes nothing', async () => {
    const excel = new FakeExcel(periodrapport(), { payloadLimit: WEB_LIMIT });
    const wb = await hostFor(excel).readWorkbook();
    expect(excel.syncCount).toBeLessThanOrEqual(3);
    expect(excel.writes()).toEqual([]);
    expect(wb.name).toBe('Periodrapport mars.xlsx');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Resultaträkning', 'Internkontroll', 'Dold', 'Låst', 'Tom']);
    console.log(`Excel adapter: normal workbook (5 sheets) read in ${excel.syncCount} syncs`);
  });

  it('produces the model the file adapter produces: absolute 1-based cells, formulas, formats, merges', async () => {
    const wb = await hostFor(new FakeExcel(periodrapport())).readWorkbook();
    const rr = wb.sheets[0];
    expect(rr.rowCount).toBe(8);
    expect(rr.colCount).toBe(6);
    expect(rr.rows[0]).toBeUndefined();
    expect(cellAt(rr, 3, 2)).toEqual({ value: 'Resultaträkning mars 2025 (mnkr)', type: 'text', numberFormat: 'General' });
    expect(cellAt(rr, 5, 3)).toEqual({ value: 120.4, type: 'number', numberFormat: '0.0' });
    expect(cellAt(rr, 5, 5)).toEqual({ value: 2.4, type: 'number', formula: '=C5-D5', formulaR1C1: '=RC[-2]-RC[-1]', numberFormat: '0.0' });
    expect(cellAt(rr, 7, 3).formula).toBe('=SUM(C5:C6)');
    expect(cellAt(rr, 7, 5)).toEqual({ value: null, type: 'empty', formula: '=IF(C7=D7,"",C7-D7)', formulaR1C1: '=IF(RC[-2]=RC[-1],"",RC[-2]-RC[-1])', numberFormat: 'General' });
    expect(cellAt(rr, 8, 3)).toEqual({ value: 45747, type: 'number', numberFormat: 'yyyy-mm-dd' });
    expect(cellAt(rr, 8, 4)).toEqual({ value: true, type: 'boolean', numberFormat: 'General' });
    // A text constant that starts with "=" is not a formula.
    expect(cellAt(rr, 8, 5)).toEqual({ value: '=inte en formel', type: 'text', numberFormat: 'General' });
    expect(cellAt(rr, 4, 1).type).toBe('empty');
    expect(rr.merges).toEqual([{ top: 3, left: 2, bottom: 3, right: 6 }]);
    expect(wb.sheets[2].hidden).toBe(true);
    expect(wb.sheets[3].protected).toBe(true);
    expect(cellAt(wb.sheets[3], 10, 3).value).toBe('Skyddat');
    expect(wb.sheets[4]).toEqual({ name: 'Tom', rows: [], rowCount: 0, colCount: 0, merges: [] });
    expect(wb.definedNames).toEqual({ Avtalsleverantörer: 'Leverantörer!$A$2:$A$40' });
  });

  it('turns Swedish error values into error cells with the English literal', async () => {
    const wb = await hostFor(new FakeExcel(periodrapport())).readWorkbook();
    expect(cellAt(wb.sheets[0], 5, 6)).toEqual({ value: '#DIV/0!', type: 'error', formula: '=E5/0', formulaR1C1: '=RC[-1]/0', numberFormat: '0%' });
    expect(cellAt(wb.sheets[1], 3, 1)).toMatchObject({ value: '#N/A', type: 'error' });
  });

  it('asks valuesAsJson only for errors in a language it does not know (ExcelApi 1.16)', async () => {
    const german = () => fakeState({ sheets: [{ name: 'Blatt1', cells: { A1: { value: '#BEZUG!', type: 'Error', errorType: 'Ref', englishError: '#REF!' }, A2: 1 } }] });
    const excel = new FakeExcel(german());
    const wb = await hostFor(excel).readWorkbook();
    expect(cellAt(wb.sheets[0], 1, 1)).toMatchObject({ value: '#REF!', type: 'error' });
    expect(excel.syncCount).toBe(4);

    const old = new FakeExcel(german(), { api: '1.15' });
    const wbOld = await hostFor(old).readWorkbook();
    expect(cellAt(wbOld.sheets[0], 1, 1)).toMatchObject({ value: '#BEZUG!', type: 'error' });
    expect(old.calls.some((c) => c.name.includes('valuesAsJson'))).toBe(false);
  });

  it('reads only the chosen sheets', async () => {
    const wb = await hostFor(new FakeExcel(periodrapport())).readWorkbook({ sheets: ['internkontroll'] });
    expect(wb.sheets.map((s) => s.name)).toEqual(['Internkontroll']);
    expect(cellAt(wb.sheets[0], 2, 2).value).toBe('Pågår');
  });

  it('reads 20 sheets in the same 3 syncs', async () => {
    const excel = new FakeExcel(manySheets(20), { payloadLimit: WEB_LIMIT });
    const progress: ReadProgress[] = [];
    const wb = await hostFor(excel).readWorkbook({ onProgress: (p) => progress.push(p) });
    console.log(`Excel adapter: 20-sheet workbook (20 × 30 × 8 cells) read in ${excel.syncCount} syncs, largest response ${Math.max(...excel.syncs.map((s) => s.responseBytes))} bytes`);
    expect(excel.syncCount).toBe(3);
    expect(wb.sheets).toHaveLength(20);
    expect(wb.sheets.every((s) => s.rowCount === 30 && s.colCount === 8 && s.merges.length === 1)).toBe(true);
    expect(progress[progress.length - 1]).toEqual({ done: 1, total: 1 });
    expect(excel.writes()).toEqual([]);
  });

  it('chunks a huge sheet so that every request and response stays under the limit', async () => {
    const rows = 20_000;
    const cols = 12;
    const excel = new FakeExcel(hugeSheet(rows, cols), { payloadLimit: WEB_LIMIT });
    const progress: ReadProgress[] = [];
    const wb = await hostFor(excel).readWorkbook({ onProgress: (p) => progress.push(p) });
    const largest = Math.max(...excel.syncs.map((s) => s.responseBytes));
    console.log(`Excel adapter: ${rows} × ${cols} sheet read in ${excel.syncCount} syncs (${progress[progress.length - 1].total} chunks), largest response ${largest} bytes`);
    expect(excel.syncs.every((s) => !s.failed)).toBe(true);
    expect(largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.syncs.every((s) => s.requestBytes < PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(excel.syncCount).toBe(2 + progress[progress.length - 1].total);
    expect(progress[progress.length - 1].total).toBeGreaterThan(1);
    expect(progress.map((p) => p.done)).toEqual([...Array(progress.length).keys()]);
    const ledger = wb.sheets[0];
    expect(ledger.rowCount).toBe(rows);
    expect(ledger.colCount).toBe(cols);
    expect(cellAt(ledger, rows, 4).formula).toBe(`=B${rows}*4`);
    expect(cellAt(ledger, rows, 5).value).toBe(rows * 1000 + 5 + 0.5);
    expect(cellAt(wb.sheets[1], 1, 2).value).toBe(1);
    expect(excel.writes()).toEqual([]);
  });

  it('splits a chunk again when long texts make the response larger than estimated', async () => {
    const long = 'Granskningen är genomförd av samtliga beställare, utan anmärkning. '.repeat(4);
    const excel = new FakeExcel(hugeSheet(3_000, 8, (r, c) => ({ value: `${r}:${c} ${long}` })), { payloadLimit: WEB_LIMIT });
    const wb = await hostFor(excel).readWorkbook();
    const failed = excel.syncs.filter((s) => s.failed);
    console.log(`Excel adapter: long-text sheet read in ${excel.syncCount} syncs, ${failed.length} refused as too large and split`);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((s) => s.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(wb.sheets[0].rowCount).toBe(3_000);
    expect(cellAt(wb.sheets[0], 3_000, 8).value).toBe(`3000:8 ${long}`);
  });

  it('reads without merges when Excel cannot list them (over 512, or before ExcelApi 1.13)', async () => {
    const merges = Array.from({ length: 600 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const many = new FakeExcel(fakeState({ sheets: [{ name: 'Blad1', merges, cells: { A1: 1, C600: 2 } }] }));
    const wb = await hostFor(many).readWorkbook();
    expect(wb.sheets[0].merges).toEqual([]);
    expect(cellAt(wb.sheets[0], 600, 3).value).toBe(2);

    const old = new FakeExcel(periodrapport(), { api: '1.12' });
    const wbOld = await hostFor(old).readWorkbook();
    expect(wbOld.sheets[0].merges).toEqual([]);
    expect(wbOld.name).toBe('Periodrapport mars.xlsx');
    expect(old.syncCount).toBe(3);
  });

  it('reads with an office.js older than Excel: no merges without the library\'s 1.13, error literals as shown without its 1.16', async () => {
    const german = fakeState({ sheets: [{ name: 'Blatt1', merges: ['A3:B3'], cells: { A1: { value: '#BEZUG!', type: 'Error', errorType: 'Ref', englishError: '#REF!' }, A2: 1 } }] });
    for (const library of ['1.12', '1.15']) {
      const excel = new FakeExcel(structuredClone(german), { api: '1.18', library });
      const wb = await hostFor(excel).readWorkbook();
      expect(cellAt(wb.sheets[0], 1, 1)).toMatchObject({ value: '#BEZUG!', type: 'error' });
      expect(wb.sheets[0].merges).toEqual(library === '1.12' ? [] : [{ top: 3, left: 1, bottom: 3, right: 2 }]);
      expect(excel.calls.some((c) => c.name.includes('valuesAsJson'))).toBe(false);
      expect(excel.syncs.some((s) => s.failed)).toBe(false);
    }
  });

  it('reports an Excel busy with cell editing in Swedish', async () => {
    const excel = new FakeExcel(periodrapport());
    const busyRun: typeof excel.run = async () => {
      throw Object.assign(new Error('Excel is in cell-editing mode.'), { code: 'InvalidOperationInCellEditMode' });
    };
    await expect(createExcelHost(busyRun, { isSetSupported: excel.isSetSupported }).readWorkbook()).rejects.toMatchObject({
      name: 'HostError',
      code: 'busy',
      message: 'Excel är upptaget – avsluta redigeringen av cellen och försök igen.',
    });
  });
});

describe('readWorkbook limits', () => {
  it('refuses a used range stretched to millions of cells, naming the range, before reading any cell', async () => {
    const excel = new FakeExcel(fakeState({ sheets: [{ name: 'Blad1', cells: { A1: 'Rubrik', B2: 1, Z300000: 'bortglömd' } }] }));
    await expect(hostFor(excel).readWorkbook()).rejects.toMatchObject({
      name: 'HostError',
      code: 'not-supported',
      message: expect.stringContaining('Bladet Blad1 används ända ut till A1:Z300000'),
    });
    expect(excel.syncCount).toBe(2);
  });
});
