/**
 * Bad input through the Excel host (the recording fake): a protected sheet, merged cells over a
 * header and over body figures, every error value as Swedish and English Excel display it (and
 * pasted as text), and a used range out to XFD1048576. Each gives the right findings or a clear
 * Swedish message, and validating sends no write at all.
 */
import { validateWorkbook } from '../../../src/core/engine/validate';
import { ERROR_SWEDISH } from '../../../src/core/model/errorLiterals';
import { createExcelHost } from '../../../src/host/excel';
import { HostError } from '../../../src/host/port';
import { FakeExcel } from './fakeExcel';
import { fakeState, type CellInit, type FakeState, type SheetInit } from './fakeState';

const ONE_DECIMAL = '0.0';
const fig = (value: number): CellInit => ({ value, numberFormat: ONE_DECIMAL });

/** A resultatrapport (mnkr) whose Summa intäkter (B6) misses Övriga intäkter by 2,0. */
function resultatrapport(): Record<string, CellInit> {
  return {
    A1: 'Resultatrapport (mnkr)',
    B2: 'Utfall ack',
    C2: 'Budget ack',
    A3: 'Erhållna bidrag',
    B3: fig(34.0),
    C3: fig(32.8),
    A4: 'Verksamhetens intäkter',
    B4: fig(14.0),
    C4: fig(14.6),
    A5: 'Övriga intäkter',
    B5: fig(2.0),
    C5: fig(1.0),
    A6: 'Summa intäkter',
    B6: fig(48.0),
    C6: fig(48.4),
  };
}

async function validateInExcel(state: FakeState) {
  const excel = new FakeExcel(state, { payloadLimit: 5 * 1024 * 1024 });
  const host = createExcelHost(excel.run, { isSetSupported: excel.isSetSupported });
  const workbook = await host.readWorkbook({ onProgress: () => undefined });
  const report = validateWorkbook(workbook);
  return { excel, host, workbook, report, found: report.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`) };
}

describe('bad input in Excel', () => {
  it('checks a protected sheet, writes nothing while validating, and skips marking it with a Swedish reason', async () => {
    const sheet: SheetInit = { name: 'Resultatrapport', protected: true, cells: resultatrapport() };
    const { excel, host, found, report } = await validateInExcel(fakeState({ sheets: [sheet] }));
    expect(found).toContain('Resultatrapport!B6 sum.row-total');
    expect(report.tables).toEqual([expect.objectContaining({ sheet: 'Resultatrapport', range: 'A1:C6' })]);
    expect(excel.writes()).toEqual([]);

    const result = await host.writeMarks([{ sheet: 'Resultatrapport', cell: 'B6', severity: 'error', note: 'Periodkoll: summan stämmer inte.' }]);
    expect(result.marked).toBe(0);
    expect(result.skipped).toEqual([{ sheet: 'Resultatrapport', cell: 'B6', reason: 'Bladet Resultatrapport är skyddat; ta bort skyddet för att markera.' }]);
    // The protected sheet's cells are untouched.
    expect([...excel.writes()].filter((w) => /Resultatrapport/.test(JSON.stringify(w)) && /fill|note/i.test(JSON.stringify(w)))).toEqual([]);
  });

  it('reads a header merged over two rows as one header and flags figures merged over two body cells', async () => {
    const cells: Record<string, CellInit> = {
      A1: 'Driftbudget (mnkr)',
      B2: 'Utfall',
      C2: 'Budget',
      // "Utfall" and "Budget" are merged over rows 2–3: the body starts in row 4.
      A4: 'Hälso- och sjukvård',
      B4: fig(2406.1),
      C4: fig(2400.0),
      A5: 'Regional utveckling',
      B5: fig(211.3),
      A6: 'Tandvård',
      B6: fig(198.5),
      C6: fig(200.0),
      A7: 'Summa',
      B7: fig(2815.9),
      C7: fig(2811.3),
    };
    const { excel, found, report } = await validateInExcel(fakeState({ sheets: [{ name: 'Driftbudget', cells, merges: ['B2:B3', 'C2:C3', 'B5:C5'] }] }));
    expect(report.tables).toEqual(expect.arrayContaining([expect.objectContaining({ sheet: 'Driftbudget' })]));
    expect(found).toContain('Driftbudget!B5 recognition.merged-body');
    expect(excel.writes()).toEqual([]);
  });

  const errors = Object.entries(ERROR_SWEDISH).filter(([en]) => en !== '#GETTING_DATA');
  const ERROR_TYPE: Record<string, string> = {
    '#DIV/0!': 'Div0', '#REF!': 'Ref', '#VALUE!': 'Value', '#NAME?': 'Name', '#N/A': 'NotAvailable',
    '#NULL!': 'Null', '#NUM!': 'Num', '#SPILL!': 'Spill', '#CALC!': 'Calc',
  };

  it.each([
    ['Swedish', 1],
    ['English', 0],
  ] as const)('flags every error value as %s Excel displays it, named in Swedish', async (_language, shownIndex) => {
    const cells: Record<string, CellInit> = { A1: 'Fel', B1: 'Cell', C1: 'Inklistrad text' };
    errors.forEach(([en, sv], i) => {
      const row = i + 2;
      const displayed = [en, sv][shownIndex];
      cells[`A${row}`] = `Rad ${row}`;
      cells[`B${row}`] = { value: displayed, type: 'Error', errorType: ERROR_TYPE[en], englishError: en, formula: `=X${row}` };
      cells[`C${row}`] = displayed;
    });
    const { excel, report, workbook } = await validateInExcel(fakeState({ sheets: [{ name: 'Fel', cells }] }));
    expect(excel.writes()).toEqual([]);
    errors.forEach(([en, sv], i) => {
      const row = i + 2;
      // The model stores the English literal whatever the display language.
      expect(workbook.sheets[0].rows[row - 1]![1]).toMatchObject({ type: 'error', value: en });
      const cell = report.findings.find((f) => f.cell === `B${row}` && f.rule === 'error-value.cell');
      expect(cell?.message).toContain(`visar felvärdet ${sv}`);
      const text = report.findings.find((f) => f.cell === `C${row}` && f.rule === 'error-value.text');
      expect(text?.message).toContain(`innehåller texten ${sv}`);
    });
  });

  it('refuses a used range out to XFD1048576 with a Swedish message, before reading it, writing nothing', async () => {
    const cells = { ...resultatrapport(), XFD1048576: 'x' };
    const excel = new FakeExcel(fakeState({ sheets: [{ name: 'Resultatrapport', cells }] }), { payloadLimit: 5 * 1024 * 1024 });
    const host = createExcelHost(excel.run, { isSetSupported: excel.isSetSupported });
    const started = Date.now();
    const error = await host.readWorkbook({ onProgress: () => undefined }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe(
      'Bladet Resultatrapport används ända ut till A1:XFD1048576, vilket är för många celler att läsa i Excel. '
        + 'Ta bort innehåll eller formatering långt utanför tabellerna och försök igen.',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(excel.writes()).toEqual([]);
  });
});
