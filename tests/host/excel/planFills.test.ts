/**
 * A genomförandeplan whose Uppföljning is only the cell's fill, read in Excel: the same model and
 * the same red / green / missing counts as the file adapter gives for the same workbook, for one
 * more round trip when a plan is present and none otherwise.
 */
import { GREEN, PLAN_GOALS, RED, planSheet, type PlanGoalSpec } from '../../../scripts/fixtures-plan';
import { workbookBytes } from '../../../scripts/fixtures/writeWorkbook';
import { validateWorkbook } from '../../../src/core/engine/validate';
import { parseA1 } from '../../../src/core/model/address';
import { cellAt, type Workbook } from '../../../src/core/model/workbook';
import { createExcelHost } from '../../../src/host/excel';
import { readWorkbookBuffer } from '../../../src/host/file/readWorkbookBuffer';
import { marksFor } from '../../../src/host/port';
import { FakeExcel } from './fakeExcel';
import { fakeStateOf } from './fromModel';
import { NO_FILL, fakeState, writableCell } from './fakeState';
import { periodrapport } from './workbooks';

jest.setTimeout(60_000);

/** The fixture's plan with every Rött / Grönt written as text turned into the cell's fill; what followed the word becomes the comment. */
const FILL_ONLY_GOALS: PlanGoalSpec[] = PLAN_GOALS.map((goal) => ({
  ...goal,
  priorities: goal.priorities.map((p) => ({
    ...p,
    activities: p.activities.map(({ followUp, ...a }) => {
      const word = /^(Rött|Grönt):?\s*(.*)$/u.exec(followUp ?? '');
      if (!word) return followUp === undefined ? a : { ...a, followUp };
      const comment = [word[2], a.comment].filter((x) => x).join(' ');
      return { ...a, fill: a.fill ?? (word[1] === 'Rött' ? RED : GREEN), ...(comment ? { comment } : {}) };
    }),
  })),
}));

let fileModel: Workbook;

beforeAll(async () => {
  const bytes = await workbookBytes({ fileName: 'plan-fyllnad.xlsx', title: 'Genomförandeplan, uppföljning med fyllnad', sheets: [planSheet(FILL_ONLY_GOALS).sheet] });
  fileModel = await readWorkbookBuffer(bytes, 'plan-fyllnad.xlsx');
});

function hostFor(excel: FakeExcel) {
  return createExcelHost(excel.run, { isSetSupported: excel.isSetSupported });
}

const counts = (wb: Workbook) => validateWorkbook(wb).implementationPlan?.goals.map((g) => [g.red, g.green, g.missing, g.unassessed]);

/** The syncs that carried a getCellProperties call (1-based). */
const fillSyncs = (excel: FakeExcel) => [...new Set(excel.calls.filter((c) => c.name === 'getCellProperties').map((c) => c.sync))];

describe('a genomförandeplan coloured by fill only, read in Excel', () => {
  it('holds no colour word: without fills it has no red and no green', () => {
    const withoutFills: Workbook = { ...fileModel, sheets: fileModel.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r?.map((c) => (c ? { ...c, fill: undefined } : c))) })) };
    expect(counts(withoutFills)).toEqual([
      [0, 0, 1, 5],
      [0, 0, 0, 5],
      [0, 0, 1, 5],
    ]);
  });

  it('gives the file adapter’s model and counts, in one more round trip', async () => {
    const excel = new FakeExcel(fakeStateOf(fileModel));
    const wb = await hostFor(excel).readWorkbook();
    expect(counts(fileModel)).toEqual([
      [2, 3, 1, 0],
      [2, 2, 0, 1],
      [2, 2, 1, 1],
    ]);
    expect(validateWorkbook(wb).implementationPlan).toEqual(validateWorkbook(fileModel).implementationPlan);
    expect(wb.sheets).toEqual(fileModel.sheets);
    expect(excel.syncCount).toBe(4);
    expect(fillSyncs(excel)).toEqual([4]);
    expect(excel.writes()).toEqual([]);
  });

  it('reads the plan’s fills in that one round trip next to sheets without a plan', async () => {
    const state = fakeStateOf(fileModel);
    state.sheets.push(...periodrapport().sheets.map((s, i) => ({ ...s, id: `{00000000-0001-0000-${String(i + 2).padStart(4, '0')}-000000000000}` })));
    const excel = new FakeExcel(state);
    const wb = await hostFor(excel).readWorkbook();
    expect(counts(wb)).toEqual(counts(fileModel));
    expect(excel.syncCount).toBe(4);
    expect(fillSyncs(excel)).toEqual([4]);
  });

  it('reads the same after Markera: a mark over a red fill does not hide it', async () => {
    const excel = new FakeExcel(fakeStateOf(fileModel));
    const host = hostFor(excel);
    const before = validateWorkbook(await host.readWorkbook());
    expect((await host.writeMarks(marksFor(before.findings))).marked).toBe(5);
    excel.resetCounters();
    const after = validateWorkbook(await host.readWorkbook());
    expect(after.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(before.findings.map((f) => `${f.rule} ${f.cell}`));
    expect(after.implementationPlan).toEqual(before.implementationPlan);
    // The marks' backup is read only because marked colours show in the plan: one round trip more.
    expect(excel.syncCount).toBe(5);

    // A colour the user sets over a mark is theirs.
    const marked = parseA1(before.findings.find((f) => f.rule === 'plan.red-without-comment')!.cell)!;
    writableCell(excel.state.sheets[0], marked.row, marked.col).fill = { ...NO_FILL, color: '#00B050', pattern: 'Solid' };
    const recoloured = validateWorkbook(await host.readWorkbook());
    expect(recoloured.findings.filter((f) => f.rule === 'plan.red-without-comment')).toHaveLength(2);
    expect(recoloured.implementationPlan?.goals[0]).toMatchObject({ red: 1, green: 4 });
  });

  it('asks for no fills when no sheet holds a plan', async () => {
    const excel = new FakeExcel(periodrapport());
    await hostFor(excel).readWorkbook();
    expect(excel.syncCount).toBe(3);
    expect(fillSyncs(excel)).toEqual([]);
  });

  it('on an Excel before ExcelApi 1.9 reads no fills and sends no extra request: only Rött / Grönt as text count', async () => {
    const excel = new FakeExcel(fakeStateOf(fileModel), { api: '1.8' });
    const wb = await hostFor(excel).readWorkbook();
    expect(excel.syncCount).toBe(3);
    expect(fillSyncs(excel)).toEqual([]);
    expect(counts(wb)).toEqual([
      [0, 0, 1, 5],
      [0, 0, 0, 5],
      [0, 0, 1, 5],
    ]);
  });

  it('takes a solid fill only, white as none, and none for the covered cells of a merge', async () => {
    const state = fakeState({
      sheets: [
        {
          name: 'Genomförandeplan',
          cells: {
            A1: 'Prioritering: Kultur för barn och unga',
            A2: 'Aktivitet',
            B2: 'Ansvar för handläggning',
            C2: 'Uppföljning',
            A3: 'Ingå i Kraftsamling för barn och unga.',
            B3: 'Områdeschef',
            A4: 'Kartlägga vilka skolor som tar del av regionalt finansierad kultur.',
            B4: 'Kulturstrateger',
            A5: 'Revidera modellen KulturKraft.',
            B5: 'Teaterfrämjande',
            A6: 'Stärka arbetet med barnrätt på folkbiblioteken.',
            B6: 'Biblioteksutveckling',
            A7: 'Ingå i arbetet med en barnrättsstrategi.',
            B7: 'Kulturstrateger',
          },
          fills: { C3: '#FFFFFF', C4: { color: '#FF0000', pattern: 'Gray50' }, C5: '#00B050', C6: '#C00000' },
          merges: ['C6:C7'],
        },
      ],
    });
    // Excel gives every cell of a merge the merge's fill.
    state.sheets[0].cells.set('7,3', { value: null, fill: state.sheets[0].cells.get('6,3')!.fill });
    const wb = await hostFor(new FakeExcel(state)).readWorkbook();
    const sheet = wb.sheets[0];
    expect([3, 4, 5, 6, 7].map((r) => cellAt(sheet, r, 3).fill)).toEqual([undefined, undefined, '00B050', 'C00000', undefined]);
    expect(cellAt(sheet, 5, 3)).toEqual({ value: null, type: 'empty', numberFormat: 'General', fill: '00B050' });
    expect(counts(wb)).toEqual([[1, 1, 0, 3]]);
  });
});
