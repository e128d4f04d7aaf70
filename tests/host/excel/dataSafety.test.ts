/**
 * The Excel host never damages the user's workbook: a whole validation sends no write, and a
 * mark or clear that fails at any operation leaves the workbook either unchanged or fully
 * restorable by "Rensa markeringar". Failures are injected into the fake's batches: the Nth
 * queued operation throws when its sync runs, as Excel fails a request half-way (the operations
 * before it have taken effect, the rest of the batch is dropped).
 */
import { validateWorkbook } from '../../../src/core/engine/validate';
import { createExcelHost } from '../../../src/host/excel';
import { FakeContext, FakeExcel, FakeOfficeError } from './fakeExcel';
import { shownFill, type FakeState } from './fakeState';
import { decorated, hugeSheet, manySheets, MARKS, periodrapport } from './workbooks';

/** A host whose run hands out contexts that fail at the `failAt`-th queued operation (1-based, over the whole run). */
function failingHost(excel: FakeExcel, failAt: number) {
  let queued = 0;
  const run = <T>(_options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(excel);
    const enqueue = context.enqueue.bind(context);
    context.enqueue = (op) => {
      const n = ++queued;
      enqueue(n === failAt ? { ...op, run: () => { throw new FakeOfficeError('ServiceNotAvailable', `injected failure at operation ${n}`); } } : op);
    };
    return batch(context as unknown as Excel.RequestContext);
  };
  return { host: createExcelHost(run, { isSetSupported: excel.isSetSupported }), queued: () => queued };
}

function hostFor(excel: FakeExcel) {
  return createExcelHost(excel.run, { isSetSupported: excel.isSetSupported });
}

/** Every cell (value, formula, format, fill as Excel reports it), note and sheet of the document. */
function documentOf(state: FakeState) {
  return state.sheets.map((s) => ({
    name: s.name,
    cells: [...s.cells].map(([k, c]) => [k, c.fill ? { ...c, fill: shownFill(c.fill) } : c] as const).sort(([a], [b]) => a.localeCompare(b)),
    notes: [...s.notes].sort(([a], [b]) => a.localeCompare(b)),
    widths: [...s.columnWidths],
  }));
}


describe('the Excel host keeps the workbook safe', () => {
  it.each([
    ['the periodrapport', periodrapport],
    ['40 sheets', () => manySheets(40)],
    ['a 20 000-row ledger', () => hugeSheet(20_000, 8)],
  ])('sends no write during a whole validation of %s', async (_name, build) => {
    const state = build();
    const before = structuredClone(documentOf(state));
    const excel = new FakeExcel(state, { payloadLimit: 5 * 1024 * 1024 });
    const host = hostFor(excel);
    const report = validateWorkbook(await host.readWorkbook({ onProgress: () => undefined }));
    expect(report.findings.length).toBeGreaterThanOrEqual(0);
    await host.hasMarks();
    await host.activeSheetName();
    expect(excel.writes()).toEqual([]);
    expect(documentOf(state)).toEqual(before);
  });

  it('leaves the workbook unchanged or restorable when marking fails at any operation', async () => {
    // How many operations a successful mark queues.
    const probe = failingHost(new FakeExcel(decorated()), 0);
    await probe.host.writeMarks(MARKS);
    const total = probe.queued();
    expect(total).toBeGreaterThan(10);

    for (let failAt = 1; failAt <= total; failAt++) {
      const state = decorated();
      const before = structuredClone(documentOf(state));
      const excel = new FakeExcel(state);
      await expect(failingHost(excel, failAt).host.writeMarks(MARKS)).rejects.toThrow();
      // Whatever got written, "Rensa markeringar" brings the document back exactly.
      await hostFor(excel).clearMarks();
      expect({ failAt, document: documentOf(state) }).toEqual({ failAt, document: before });
      expect(state.parts).toEqual([]);
    }
  });

  it('finishes clearing on a second try when clearing fails at any operation', async () => {
    const probeState = decorated();
    await hostFor(new FakeExcel(probeState)).writeMarks(MARKS);
    const probe = failingHost(new FakeExcel(probeState), 0);
    await probe.host.clearMarks();
    const total = probe.queued();

    for (let failAt = 1; failAt <= total; failAt++) {
      const state = decorated();
      const before = structuredClone(documentOf(state));
      const excel = new FakeExcel(state);
      await hostFor(excel).writeMarks(MARKS);
      await expect(failingHost(excel, failAt).host.clearMarks()).rejects.toThrow();
      await hostFor(excel).clearMarks();
      expect({ failAt, document: documentOf(state) }).toEqual({ failAt, document: before });
      expect(state.parts).toEqual([]);
    }
  });

  it('leaves no half-written report behind that a retry could not replace', async () => {
    const report = { name: 'Kontrollrapport', rows: [['Kontrollrapport – Periodkoll'], ['Fel', 'Resultaträkning', { text: 'C5', link: { sheet: 'Resultaträkning', cell: 'C5' } }]], widths: [14, 18, 8] };
    const probe = failingHost(new FakeExcel(periodrapport()), 0);
    await probe.host.writeReportSheet(report, { replace: false });
    for (let failAt = 1; failAt <= probe.queued(); failAt++) {
      const state = periodrapport();
      const userSheets = structuredClone(documentOf(state));
      const excel = new FakeExcel(state);
      await expect(failingHost(excel, failAt).host.writeReportSheet(report, { replace: false })).rejects.toThrow();
      // The user's sheets are untouched; a retry (replacing what was left) writes the whole report.
      expect(documentOf(state).filter((s) => s.name !== 'Kontrollrapport')).toEqual(userSheets);
      await hostFor(excel).writeReportSheet(report, { replace: true });
      const written = state.sheets.find((s) => s.name === 'Kontrollrapport')!;
      expect(written.cells.get('1,1')?.value).toBe('Kontrollrapport – Periodkoll');
      expect(written.cells.get('2,3')?.hyperlink?.documentReference).toBe("'Resultaträkning'!C5");
    }
  });
});
