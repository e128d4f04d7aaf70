import { createExcelHost } from '../../../src/host/excel';
import { MARKS_NAMESPACE } from '../../../src/host/excel/markLedger';
import type { CellMark } from '../../../src/host/port';
import { FakeExcel, isWrite } from './fakeExcel';
import { reopened, sheetId, shownFill, type FakeState } from './fakeState';
import { decorated, MARKS, periodrapport } from './workbooks';

const RED = '#FF0000';
const AMBER = '#FFC000';

function hostFor(excel: FakeExcel) {
  return createExcelHost(excel.run, { isSetSupported: excel.isSetSupported });
}

/** Every fill (as Excel reports it) and note in the document, for exact before/after comparisons. */
function formatting(state: FakeState) {
  return state.sheets.map((s) => ({
    sheet: s.name,
    fills: [...s.cells].filter(([, c]) => c.fill).map(([k, c]) => [k, shownFill(c.fill)]),
    notes: [...s.notes].sort(([a], [b]) => a.localeCompare(b)),
  }));
}

function fillOf(state: FakeState, sheet: string, row: number, col: number) {
  return state.sheets.find((s) => s.name === sheet)!.cells.get(`${row},${col}`)?.fill;
}

function noteOf(state: FakeState, sheet: string, addr: string) {
  return state.sheets.find((s) => s.name === sheet)!.notes.get(addr);
}


describe('marks in Excel', () => {
  it('marks cells and restores fills and notes exactly', async () => {
    const state = decorated();
    const before = structuredClone(formatting(state));
    const excel = new FakeExcel(state);
    const host = hostFor(excel);

    const result = await host.writeMarks(MARKS);
    expect(result).toEqual({ marked: 4, skipped: [] });
    console.log(`Excel adapter: writeMarks (4 cells) in ${excel.syncCount} syncs`);
    expect(excel.syncCount).toBe(3);
    expect(fillOf(state, 'Resultaträkning', 5, 3)).toMatchObject({ color: RED, pattern: 'Solid' });
    expect(fillOf(state, 'Resultaträkning', 5, 4)).toMatchObject({ color: AMBER, pattern: 'Solid' });
    expect(noteOf(state, 'Resultaträkning', 'C5')?.content).toBe(MARKS[0].note);
    // A cell that had a note shows the finding first and keeps its own text below.
    expect(noteOf(state, 'Internkontroll', 'B2')?.content).toBe(`${MARKS[3].note}\n\nFöljs upp i april`);
    expect(await host.hasMarks()).toBe(true);
    expect(state.parts).toHaveLength(1);
    expect(state.parts[0].xml).toContain(`xmlns="${MARKS_NAMESPACE}"`);
    const writeSync = excel.calls.find((c) => c.name === 'suspendScreenUpdatingUntilNextSync')?.sync;
    expect(writeSync).toBe(3);
    expect(excel.calls.filter((c) => isWrite(c) && c.sync < 3)).toEqual([]);

    excel.resetCounters();
    expect((await host.clearMarks()).restored).toBe(4);
    console.log(`Excel adapter: clearMarks (4 cells) in ${excel.syncCount} syncs`);
    expect(excel.syncCount).toBe(4);
    expect(formatting(state)).toEqual(before);
    expect(noteOf(state, 'Internkontroll', 'B2')).toEqual({ content: 'Följs upp i april', author: 'Controller' });
    expect(state.parts).toEqual([]);
    expect(await host.hasMarks()).toBe(false);
  });

  it('clears marks from the backup stored in the workbook, after saving and reopening', async () => {
    const state = decorated();
    const before = structuredClone(formatting(state));
    await hostFor(new FakeExcel(state)).writeMarks(MARKS);

    const later = reopened(state);
    const host = hostFor(new FakeExcel(later));
    expect(await host.hasMarks()).toBe(true);
    expect((await host.clearMarks()).restored).toBe(4);
    expect(formatting(later)).toEqual(before);
    expect(later.parts).toEqual([]);
  });

  it('writes nothing on a protected sheet and says why, in Swedish', async () => {
    const state = decorated();
    const before = structuredClone(formatting(state));
    const excel = new FakeExcel(state);
    const result = await hostFor(excel).writeMarks([
      { sheet: 'Låst', cell: 'D10', severity: 'error', note: 'Periodkoll (sum.total): fel' },
      { sheet: 'Låst', cell: 'C10', severity: 'warning', note: 'Periodkoll (x.y): varning' },
      MARKS[0],
    ]);
    expect(result.marked).toBe(1);
    expect(result.skipped).toEqual([
      { sheet: 'Låst', cell: 'D10', reason: 'Bladet Låst är skyddat; ta bort skyddet för att markera.' },
      { sheet: 'Låst', cell: 'C10', reason: 'Bladet Låst är skyddat; ta bort skyddet för att markera.' },
    ]);
    expect(excel.calls.filter((c) => isWrite(c) && c.object.includes('Låst'))).toEqual([]);
    expect(formatting(state)[3]).toEqual(before[3]);
  });

  it('skips unknown sheets and addresses that are not cells', async () => {
    const result = await hostFor(new FakeExcel(decorated())).writeMarks([
      { sheet: 'Finns inte', cell: 'A1', severity: 'error', note: 'x' },
      { sheet: 'Resultaträkning', cell: 'B3:C4', severity: 'error', note: 'x' },
    ]);
    expect(result).toEqual({
      marked: 0,
      skipped: [
        { sheet: 'Resultaträkning', cell: 'B3:C4', reason: 'B3:C4 är ingen celladress.' },
        { sheet: 'Finns inte', cell: 'A1', reason: 'Bladet Finns inte finns inte i arbetsboken.' },
      ],
    });
  });

  it('tells a white fill from no fill: the white cell gets its white fill back, the empty one none', async () => {
    const state = decorated();
    state.sheets[0].cells.get('5,3')!.fill = { color: '#FFFFFF', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 };
    const before = structuredClone(formatting(state));
    const host = hostFor(new FakeExcel(state));
    expect((await host.writeMarks(MARKS)).marked).toBe(4);
    expect((await host.clearMarks()).restored).toBe(4);
    expect(formatting(state)).toEqual(before);
    expect(fillOf(state, 'Resultaträkning', 5, 3)).toMatchObject({ color: '#FFFFFF', pattern: 'Solid' });
  });

  it('gives a tinted fill back with its tint applied once', async () => {
    const state = decorated();
    // "Blue, Accent 1, Lighter 80%": Excel shows and reports #DAE3F3.
    state.sheets[0].cells.get('5,3')!.fill = { color: '#4472C4', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0.79998168889431442, patternTintAndShade: 0 };
    const shown = () => shownFill(fillOf(state, 'Resultaträkning', 5, 3));
    expect(shown()).toMatchObject({ color: '#DAE3F3', tintAndShade: 0.79998168889431442 });
    const before = structuredClone(formatting(state));
    const host = hostFor(new FakeExcel(state));
    await host.writeMarks(MARKS);
    expect(shown()).toMatchObject({ color: RED, tintAndShade: 0 });
    expect((await host.clearMarks()).restored).toBe(4);
    expect(shown()).toMatchObject({ color: '#DAE3F3', tintAndShade: 0.79998168889431442 });
    expect(formatting(state)).toEqual(before);
  });

  it('keeps the first backup when a cell is marked twice', async () => {
    const state = decorated();
    const before = structuredClone(formatting(state));
    const host = hostFor(new FakeExcel(state));
    await host.writeMarks(MARKS);
    const again = await host.writeMarks([
      { sheet: 'Resultaträkning', cell: 'D5', severity: 'error', note: 'Periodkoll (sum.total): Ny körning.' },
      { sheet: 'Internkontroll', cell: 'B2', severity: 'error', note: 'Periodkoll (ic.status): Ny körning.' },
    ]);
    expect(again.marked).toBe(2);
    expect(fillOf(state, 'Resultaträkning', 5, 4)?.color).toBe(RED);
    expect(noteOf(state, 'Internkontroll', 'B2')?.content).toBe('Periodkoll (ic.status): Ny körning.\n\nFöljs upp i april');
    expect(state.parts).toHaveLength(1);
    expect((await host.clearMarks()).restored).toBe(4);
    expect(formatting(state)).toEqual(before);
  });

  it('leaves a cell the user re-coloured since it was marked', async () => {
    const state = decorated();
    const host = hostFor(new FakeExcel(state));
    await host.writeMarks(MARKS);
    state.sheets[0].cells.get('5,3')!.fill = { color: '#FFFF00', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 };
    expect((await host.clearMarks()).restored).toBe(3);
    expect(fillOf(state, 'Resultaträkning', 5, 3)?.color).toBe('#FFFF00');
    expect(fillOf(state, 'Resultaträkning', 5, 4)?.color).toBe('#C6EFCE');
    expect(state.parts).toEqual([]);
  });

  it('leaves marks on a sheet protected since, and clears them once the protection is gone', async () => {
    const state = decorated();
    const before = structuredClone(formatting(state));
    const host = hostFor(new FakeExcel(state));
    await host.writeMarks(MARKS);
    state.sheets[1].protected = true;
    expect((await host.clearMarks()).restored).toBe(3);
    expect(noteOf(state, 'Internkontroll', 'B2')?.content).toContain('Periodkoll (ic.status)');
    expect(await host.hasMarks()).toBe(true);
    state.sheets[1].protected = false;
    expect((await host.clearMarks()).restored).toBe(1);
    expect(formatting(state)).toEqual(before);
    expect(await host.hasMarks()).toBe(false);
  });

  it('colours without notes before ExcelApi 1.18, and says so in Swedish', async () => {
    const state = decorated();
    const before = structuredClone(formatting(state));
    const excel = new FakeExcel(state, { api: '1.17' });
    const host = hostFor(excel);
    const result = await host.writeMarks(MARKS);
    expect(result.marked).toBe(4);
    expect(result.notice).toMatch(/^Cellerna färgades men fick ingen anteckning: anteckningar kräver en nyare version av Excel/);
    expect(formatting(state).map((s) => s.notes)).toEqual(before.map((s) => s.notes));
    expect(fillOf(state, 'Resultaträkning', 5, 3)?.color).toBe(RED);
    expect((await host.clearMarks()).restored).toBe(4);
    expect(formatting(state)).toEqual(before);
  });

  it.each(['1.15', '1.9'])('colours without notes when Excel offers ExcelApi 1.18 but the loaded office.js has only %s', async (library) => {
    const state = decorated();
    const before = structuredClone(formatting(state));
    const host = hostFor(new FakeExcel(state, { api: '1.18', library }));
    const result = await host.writeMarks(MARKS);
    expect(result.marked).toBe(4);
    expect(result.notice).toMatch(/^Cellerna färgades men fick ingen anteckning/);
    expect(formatting(state).map((s) => s.notes)).toEqual(before.map((s) => s.notes));
    expect(fillOf(state, 'Resultaträkning', 5, 3)?.color).toBe(RED);
    expect((await host.clearMarks()).restored).toBe(4);
    expect(formatting(state)).toEqual(before);
  });

  it('leaves cells whose note this Excel cannot remove marked and backed up, says so, and a later clear with notes finishes', async () => {
    const state = decorated();
    const before = structuredClone(formatting(state));
    const withoutNotes = () => hostFor(new FakeExcel(state, { api: '1.18', library: '1.15' }));
    await withoutNotes().writeMarks(MARKS.slice(0, 1));
    await hostFor(new FakeExcel(state)).writeMarks(MARKS.slice(1));
    const marked = structuredClone(formatting(state));

    const result = await withoutNotes().clearMarks();
    expect(result.restored).toBe(1);
    expect(result.notice).toBe(
      '3 celler har anteckningar från Periodkoll som den här versionen av Excel inte kan ta bort. De cellerna förblir markerade och säkerhetskopian finns kvar; rensa igen i en nyare version av Excel.',
    );
    expect(fillOf(state, 'Resultaträkning', 5, 3)).toBeUndefined();
    expect(formatting(state).map((s) => s.notes)).toEqual(marked.map((s) => s.notes));
    expect(fillOf(state, 'Resultaträkning', 5, 4)?.color).toBe(AMBER);
    expect(await withoutNotes().hasMarks()).toBe(true);

    const finished = await hostFor(new FakeExcel(state)).clearMarks();
    expect([finished.restored, finished.notice]).toEqual([3, undefined]);
    expect(formatting(state)).toEqual(before);
    expect(state.parts).toEqual([]);
  });

  it('gives a cell with a threaded comment only the colour', async () => {
    const state = decorated();
    state.sheets[0].comments.add('C5');
    const before = structuredClone(formatting(state));
    const host = hostFor(new FakeExcel(state));
    const result = await host.writeMarks(MARKS);
    expect(result.marked).toBe(4);
    expect(result.notice).toBe('En cell har en kommentar och fick därför bara färg, ingen anteckning.');
    expect(noteOf(state, 'Resultaträkning', 'C5')).toBeUndefined();
    expect(fillOf(state, 'Resultaträkning', 5, 3)?.color).toBe(RED);
    expect((await host.clearMarks()).restored).toBe(4);
    expect(formatting(state)).toEqual(before);
  });

  it('refuses to clear from a backup it cannot read, and changes nothing', async () => {
    const state = decorated();
    const host = hostFor(new FakeExcel(state));
    await host.writeMarks(MARKS);
    state.parts[0].xml = `<periodkollMarks xmlns="${MARKS_NAMESPACE}">{"version":2}</periodkollMarks>`;
    const marked = structuredClone(formatting(state));
    await expect(host.clearMarks()).rejects.toMatchObject({ name: 'HostError', code: 'not-supported' });
    expect(formatting(state)).toEqual(marked);
    expect(state.parts).toHaveLength(1);
  });

  it('has no marks and clears nothing in a workbook never marked', async () => {
    const excel = new FakeExcel(decorated());
    const host = hostFor(excel);
    expect(await host.hasMarks()).toBe(false);
    expect((await host.clearMarks()).restored).toBe(0);
    expect(excel.writes()).toEqual([]);
  });
});

describe('marks in older or larger settings', () => {
  it('restores by colour alone before ExcelApi 1.9 (no pattern, no screen-updating switch)', async () => {
    const state = periodrapport();
    state.sheets[0].cells.get('5,4')!.fill = { color: '#C6EFCE', pattern: 'Solid', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 };
    const before = structuredClone(formatting(state));
    const excel = new FakeExcel(state, { api: '1.8' });
    const host = hostFor(excel);
    expect((await host.writeMarks(MARKS.slice(0, 2))).marked).toBe(2);
    expect((await host.clearMarks()).restored).toBe(2);
    expect(formatting(state)).toEqual(before);
    expect(excel.calls.some((c) => c.name === 'suspendScreenUpdatingUntilNextSync')).toBe(false);
    expect(excel.syncs.every((s) => !s.failed)).toBe(true);
  });

  it('splits thousands of marks with long notes into requests under the limit, and the backup into parts the web accepts', async () => {
    const state = hugeLedger();
    const before = structuredClone(formatting(state));
    const web = { payloadLimit: 5 * 1024 * 1024, customXmlLimit: 1_000_000 };
    const excel = new FakeExcel(state, web);
    const host = hostFor(excel);
    const long = 'Periodkoll (ledger.duplicate): Möjlig dubbelbetalning – samma leverantör och fakturanummer. '.repeat(10);
    const marks: CellMark[] = Array.from({ length: 4_000 }, (_, i) => ({ sheet: 'Huvudbok', cell: `C${i + 2}`, severity: i % 2 ? 'warning' : 'error', note: `${long} (${i})` }));
    const result = await host.writeMarks(marks);
    console.log(`Excel adapter: writeMarks (4000 cells, ~1 kB notes) in ${excel.syncCount} syncs, largest request ${Math.max(...excel.syncs.map((s) => s.requestBytes))} bytes`);
    expect(result.marked).toBe(4_000);
    expect(excel.syncs.every((s) => !s.failed)).toBe(true);
    expect(excel.syncCount).toBeGreaterThan(3);
    expect(state.parts.length).toBeGreaterThan(1);
    const later = reopened(state);
    const reopenedExcel = new FakeExcel(later, web);
    expect((await hostFor(reopenedExcel).clearMarks()).restored).toBe(4_000);
    expect(reopenedExcel.syncs.every((s) => !s.failed)).toBe(true);
    expect(formatting(later)).toEqual(before);
    expect(later.parts).toEqual([]);
  });
});

function hugeLedger(): FakeState {
  const state = periodrapport();
  state.sheets.push({
    id: sheetId(state),
    name: 'Huvudbok',
    visibility: 'Visible',
    protected: false,
    cells: new Map(Array.from({ length: 4_001 }, (_, i) => [`${i + 1},3`, { value: i }])),
    merges: [],
    // Every other cell has a note of its own (about 1 kB) that the backup must keep.
    notes: new Map(Array.from({ length: 2_000 }, (_, i) => [`C${2 * i + 2}`, { content: `Avstämt mot faktura ${i}. ${'Kontrollerat av ekonom, inga avvikelser. '.repeat(25)}`, author: 'Controller' }])),
    comments: new Set(),
    columnWidths: new Map(),
  });
  return state;
}
