/**
 * Cell writes in Excel are fully recorded or not sent, whatever real Excel does to the request:
 * a settings store that is full, a cell that refuses the value, a request too large for the web,
 * a user typing in a cell, a sheet renamed or deleted before undo.
 */
import { createExcelHost } from '../../../src/host/excel';
import { JOURNAL_BUDGET_CHARS } from '../../../src/host/writeJournal';
import type { CellWrite } from '../../../src/host/port';
import { FakeExcel, type FakeExcelOptions } from './fakeExcel';
import { cellAt, fakeState, type FakeCell, type FakeState } from './fakeState';

const SHEET = 'Driftredovisning';
const JOURNAL = 'periodkoll.writes';

/** A driftredovisning of `rows` verksamheter: utfall in B, budget in C, column D empty. */
function driftredovisning(rows: number): FakeState {
  const cells: Record<string, FakeCell | string> = { A1: 'Verksamhet', B1: 'Utfall', C1: 'Budget', D1: 'Avvikelse' };
  for (let r = 2; r <= rows + 1; r++) {
    cells[`A${r}`] = `Verksamhet ${r - 1}`;
    cells[`B${r}`] = { value: 1000 + r, numberFormat: '# ##0' };
    cells[`C${r}`] = { value: 990 + r, numberFormat: '# ##0' };
  }
  return fakeState({ sheets: [{ name: SHEET, cells }] });
}

function avvikelser(rows: number, sheet = SHEET): CellWrite[] {
  return Array.from({ length: rows }, (_, i) => ({ sheet, cell: `D${i + 2}`, formula: `=B${i + 2}-C${i + 2}`, numberFormat: '# ##0' }));
}

function hostFor(state: FakeState, options: FakeExcelOptions = {}) {
  const excel = new FakeExcel(state, options);
  return { excel, host: createExcelHost(excel.run, { isSetSupported: excel.isSetSupported }) };
}

function columnD(state: FakeState, rows: number): Array<string | undefined> {
  return Array.from({ length: rows }, (_, i) => cellAt(state.sheets[0], i + 2, 4)?.formula);
}

describe('the undo journal stays within its budget', () => {
  test('the oldest steps go when the journal is full, and the receipt says how many remain', async () => {
    const { excel, host } = hostFor(driftredovisning(800));
    let notice: string | undefined;
    let writes = 0;
    while (!notice && writes < 60) {
      notice = (await host.writeCells(avvikelser(800), `Avvikelser ${++writes}`)).notice;
    }
    expect(notice).toMatch(/^De äldsta ångra-stegen togs bort för att få plats\. \d+ ändringar kan ångras\.$/);
    const stored = String(excel.state.settings.get(JOURNAL));
    expect(stored.length).toBeLessThanOrEqual(JOURNAL_BUDGET_CHARS);
    const remaining = await host.listWrites();
    expect(remaining.length).toBeLessThan(writes);
    expect(notice).toContain(`${remaining.length} ändringar`);
    expect(remaining[0].label).toBe(`Avvikelser ${writes}`);
  });

  test('a write too large to record is refused before any cell changes', async () => {
    const state = driftredovisning(8000);
    const { host } = hostFor(state);
    await expect(host.writeCells(avvikelser(8000), 'Stor')).rejects.toThrow(/8\u00a0000 celler, för många celler för att kunna ångras/);
    expect(columnD(state, 8000).every((f) => f === undefined)).toBe(true);
    expect(state.settings.has(JOURNAL)).toBe(false);
  });

  test('when the settings store is full, no cell is written and the user is told in Swedish', async () => {
    const state = driftredovisning(20);
    // Another add-in's settings take almost all of the room.
    state.settings.set('annat.tillagg', 'x'.repeat(2 * 1024 * 1024 - 2_000));
    const { host } = hostFor(state);
    await expect(host.writeCells(avvikelser(20), 'Avvikelser')).rejects.toThrow(/Inget har ändrats/);
    expect(columnD(state, 20).every((f) => f === undefined)).toBe(true);
    expect(state.settings.has(JOURNAL)).toBe(false);
  });
});

describe('a write Excel refuses half-way is taken back', () => {
  test('a cell that is part of an array formula: the cells already written are restored, and the message is not about protection', async () => {
    const state = driftredovisning(10);
    state.sheets[0].cells.set('7,4', { value: 5, formula: '{=B7:B8-C7:C8}', arrayMember: true });
    const { host } = hostFor(state);
    const error = await host.writeCells(avvikelser(10), 'Avvikelser').catch((e: unknown) => e as Error);
    expect(error).toMatchObject({ code: 'refused', message: expect.stringMatching(/matrisformel.*Inget har ändrats/) });
    expect((error as Error).message).not.toMatch(/Ta bort bladskyddet/);
    expect(columnD(state, 10)).toEqual([undefined, undefined, undefined, undefined, undefined, '{=B7:B8-C7:C8}', undefined, undefined, undefined, undefined]);
    expect(await host.listWrites()).toEqual([]);
  });

  test('a sheet protected by the user while the write is under way gets the protection message, and nothing stays changed', async () => {
    const state = driftredovisning(10);
    const { excel, host } = hostFor(state, { protectionError: 'InvalidOperation' });
    excel.beforeSync = (n) => {
      if (n === 2) state.sheets[0].protected = true;
    };
    await expect(host.writeCells(avvikelser(10), 'Avvikelser')).rejects.toMatchObject({ code: 'protected' });
    state.sheets[0].protected = false;
    expect(columnD(state, 10).every((f) => f === undefined)).toBe(true);
  });
});

describe('large writes on the web', () => {
  test('a batch refused with GeneralException is split and sent again', async () => {
    const state = driftredovisning(1500);
    // The journal entry for 1 500 cells is about 200 kB; the cells need about 500 kB more.
    const { excel, host } = hostFor(state, { payloadLimit: 300_000, payloadError: 'GeneralException' });
    const receipt = await host.writeCells(avvikelser(1500), 'Avvikelser');
    expect(receipt.written).toBe(1500);
    expect(columnD(state, 1500).every((f, i) => f === `=B${i + 2}-C${i + 2}`)).toBe(true);
    const refused = excel.syncs.filter((s) => s.failed === 'GeneralException').length;
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThanOrEqual(4);
    excel.resetCounters();
    await host.undoWrite();
    expect(columnD(state, 1500).every((f) => f === undefined)).toBe(true);
  });
});

describe('Excel.run waits while the user edits a cell', () => {
  test('a write started during cell editing waits instead of failing', async () => {
    const state = driftredovisning(3);
    const { excel, host } = hostFor(state);
    excel.cellEditMode = true;
    await host.writeCells(avvikelser(3), 'Avvikelser');
    expect(excel.delayedRuns).toBe(1);
    expect(columnD(state, 3)).toEqual(['=B2-C2', '=B3-C3', '=B4-C4']);
  });

  test('so does a read', async () => {
    const { excel, host } = hostFor(driftredovisning(3));
    excel.cellEditMode = true;
    await expect(host.readWorkbook()).resolves.toMatchObject({ sheets: [expect.objectContaining({ name: SHEET })] });
  });
});

describe('undo after the sheet changed', () => {
  test('a renamed sheet is found by its id and restored', async () => {
    const state = driftredovisning(3);
    const { host } = hostFor(state);
    await host.writeCells(avvikelser(3), 'Avvikelser');
    state.sheets[0].name = 'Drift 2025';
    expect(await host.undoWrite()).toBe(3);
    expect(columnD(state, 3)).toEqual([undefined, undefined, undefined]);
  });

  test('a deleted sheet gives a Swedish message and changes nothing', async () => {
    const state = driftredovisning(3);
    state.sheets.push({ ...fakeState({ sheets: [{ name: 'Annat' }] }).sheets[0], id: '{annat}' });
    const { host } = hostFor(state);
    await host.writeCells(avvikelser(3), 'Avvikelser');
    state.sheets.splice(0, 1);
    await expect(host.undoWrite()).rejects.toThrow(/Bladet Driftredovisning finns inte längre/);
    expect(await host.listWrites()).toHaveLength(1);
  });
});

describe("Periodkoll's own settings", () => {
  test('a settings store that is full gets a Swedish message, not a raw InvalidArgument', async () => {
    const { host } = hostFor(driftredovisning(1), { settingsLimit: 10_000 });
    await expect(host.writeStore('scenarier', 'x'.repeat(20_000))).rejects.toMatchObject({ code: 'not-supported', message: expect.stringMatching(/lagring för tillägg är full/) });
  });
});
