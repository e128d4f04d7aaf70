/** @jest-environment jsdom */
/**
 * The user's index values in the Beräkna tab, on the real styrtal fixture (Rapportår 2025): the
 * frilansare row's målvärde is 2023 års värde efter indexuppräkning and the bundled table has LPIK
 * 2024 (3,5 %, the seed budget) but no 2025. Given LPIK 2025 = 2,9 % (a scenario value), the
 * målvärde is 8 211 464 × 1,035 × 1,029 = 8 745 332.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { join } from 'path';
import type { Workbook } from '../../src/core/model/workbook';
import { readWorkbookFile } from '../../src/host/file/readWorkbook';
import { FakeHost } from './fakeHost';
import { MemoryIndexStore } from './memoryIndexStore';
import { button, isDisabled, liveRegion, renderPane } from './renderPane';

const FIXTURES = join(__dirname, '..', 'fixtures', 'styrtal');
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00A0\u202F]/g, ' ');
const CHAIN = '8 211 464 × 1,035 × 1,029 = 8 745 332 (LPIK 2024, 2025)';

let styrtal: Workbook;
let withIndexSheet: Workbook;
beforeAll(async () => {
  styrtal = await readWorkbookFile(join(FIXTURES, 'styrtal-kultur-2025.xlsx'));
  withIndexSheet = await readWorkbookFile(join(FIXTURES, 'index-lpik-scenario.xlsx'));
});

/** A File whose bytes jsdom can hand back (older jsdom lacks Blob.arrayBuffer). */
function textFile(text: string, name: string): File {
  const bytes = new TextEncoder().encode(text);
  const f = new File([bytes], name);
  Object.defineProperty(f, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return f;
}

async function openCompute(workbook: Workbook, store: MemoryIndexStore) {
  const host = new FakeHost(workbook, 'styrtal-kultur-2025.xlsx');
  const view = await renderPane(host, { indexStore: store });
  await view.user.click(screen.getByRole('tab', { name: 'Beräkna' }));
  return { host, ...view };
}

function frilansare(): HTMLElement {
  const rows = within(screen.getByRole('list', { name: 'Styrtal' })).getAllByRole('listitem');
  return rows.find((r) => /anlitande av frilansare/.test(r.textContent ?? ''))!;
}

async function assess(user: Awaited<ReturnType<typeof openCompute>>['user']) {
  await user.click(button('Bedöm styrtal'));
  // Found by text: a role query over the whole pane is slow on a loaded machine.
  await screen.findByText(/anlitande av frilansare/);
}

async function previewOf(heading: string): Promise<HTMLElement> {
  return (await screen.findByText(heading)).closest<HTMLElement>('section')!;
}

async function confirmDialog(title: string): Promise<HTMLElement> {
  const dialog = (await screen.findByText(title)).closest<HTMLElement>('[role="alertdialog"]');
  expect(dialog).not.toBeNull();
  return dialog!;
}

const importInput = () => screen.getByLabelText('Fil med indextabell (.xlsx, .csv eller .txt)');

describe('Läs in indextabell', () => {
  test('previews the table, stores nothing until Spara, then stores it and the målvärde is computed with its source', async () => {
    const store = new MemoryIndexStore();
    const { user } = await openCompute(styrtal, store);
    await assess(user);
    expect(plain(frilansare().textContent)).toContain('LPIK 2025 saknas — ange förändring i % och källa');

    await user.upload(importInput(), textFile('År;LPIK %\n2024;3,5\n2025;2,9\n', 'lpik.csv'));
    const preview = await previewOf('Indextabell i lpik.csv');
    expect(within(preview).getByText('2 nya värden.')).toBeTruthy();
    // Neither year is marked utfall or prognos: the reader says what it assumed (today is 2025-08-12).
    expect(within(preview).getByRole('list', { name: 'Antaganden vid inläsningen' }).textContent).toContain('antaget från årtalet i dag (2025)');
    await user.type(within(preview).getByRole('textbox', { name: 'Källa' }), 'SKR cirkulär 25:41');
    const lines = within(preview).getByRole('list', { name: 'Värden som sparas' });
    expect(plain(lines.textContent)).toContain('LPIK 2024: 3,5 % utfall (nytt) – SKR cirkulär 25:41');
    expect(plain(lines.textContent)).toContain('LPIK 2025: 2,9 % prognos (nytt) – SKR cirkulär 25:41');
    expect(store.saved).toEqual([]);

    await user.click(within(preview).getByRole('button', { name: 'Spara indexvärdena' }));
    expect(store.saved).toHaveLength(1);
    expect(store.values).toEqual([
      expect.objectContaining({ series: 'LPIK', year: 2024, kind: 'percent', value: 3.5, status: 'utfall', source: 'SKR cirkulär 25:41', stored: '2025-08-12' }),
      expect.objectContaining({ series: 'LPIK', year: 2025, kind: 'percent', value: 2.9, status: 'prognos', source: 'SKR cirkulär 25:41', stored: '2025-08-12' }),
    ]);
    expect(screen.queryByRole('region', { name: 'Indextabell i lpik.csv' })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Indexserier' })).getByText('Indexvärdena sparades: 2 nya värden.')).toBeTruthy();

    // The targets recompute with the stored values.
    await waitFor(() => expect(plain(frilansare().textContent)).toContain(CHAIN));
    expect(plain(frilansare().textContent)).toContain('Indexkällor: LPIK 2024 3,5 %, 2025 2,9 % prognos: dina indexvärden – SKR cirkulär 25:41');
    expect(plain(frilansare().textContent)).not.toContain('saknas — ange');
    const mine = screen.getByRole('list', { name: 'Dina värden för LPIK' });
    expect(plain(mine.textContent)).toContain('2025: 2,9 % prognos – SKR cirkulär 25:41, sparat 2025-08-12');
  });

  test('Avbryt stores nothing', async () => {
    const store = new MemoryIndexStore();
    const { user } = await openCompute(styrtal, store);
    await user.upload(importInput(), textFile('LPIK, SKR cirkulär 25:41, 2025-10-02\nÅr;Förändring %;\n2025;2,9;Prognos\n', 'lpik.csv'));
    const preview = await previewOf('Indextabell i lpik.csv');
    expect(within(preview).getByText('1 nytt värde.')).toBeTruthy();
    await user.click(within(preview).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('region', { name: 'Indextabell i lpik.csv' })).toBeNull();
    expect(store.saved).toEqual([]);
    expect(screen.getByText(/^Inga sparade värden\./)).toBeTruthy();
    await waitFor(() => expect(liveRegion().textContent).toBe('Inläsningen avbröts; inga indexvärden sparades.'));
  });

  test('a table with text where a value belongs gives the reader\'s message, and nothing can be stored', async () => {
    const store = new MemoryIndexStore();
    const { user } = await openCompute(styrtal, store);
    await user.upload(importInput(), textFile('År;LPIK %\n2024;3,5\n2025;ca tre\n', 'lpik.csv'));
    const preview = await previewOf('Indextabell i lpik.csv');
    expect(within(preview).getByText('LPIK 2025: "ca tre" i lpik.csv!B3 är inget tal. Inget har lästs in.')).toBeTruthy();
    const save = within(preview).getByRole('button', { name: 'Spara indexvärdena' });
    expect(isDisabled(save)).toBe(true);
    await user.click(save);
    expect(store.saved).toEqual([]);
  });

  test('a file that is no table at all says so in Swedish', async () => {
    const store = new MemoryIndexStore();
    const { user } = await openCompute(styrtal, store);
    const png = new File([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])], 'bild.png');
    Object.defineProperty(png, 'arrayBuffer', { value: async () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]).buffer });
    await user.setup({ applyAccept: false }).upload(importInput(), png);
    await screen.findByText('bild.png är varken en Excel-arbetsbok (.xlsx) eller en textfil (CSV). Spara indextabellen i något av de formaten.');
    expect(store.saved).toEqual([]);
  });

  test('a table that does not name its series is read again with the series the user gives', async () => {
    const store = new MemoryIndexStore();
    const { user } = await openCompute(styrtal, store);
    await user.upload(importInput(), textFile('År;Förändring %\n2024;3,5\n2025;2,9\n', 'index.csv'));
    const preview = await previewOf('Indextabell i index.csv');
    await within(preview).findByText(/säger inte vilken indexserie värdena under "Förändring %" gäller/);
    await user.type(within(preview).getByRole('textbox', { name: /^Serie/ }), 'LPIK');
    await user.click(within(preview).getByRole('button', { name: 'Läs om med serien' }));
    await within(preview).findByText('2 nya värden.');
    expect(plain(within(preview).getByRole('list', { name: 'Värden som sparas' }).textContent)).toContain('LPIK 2025: 2,9 % prognos (nytt) – index.csv');
    expect(store.saved).toEqual([]);
  });
});

describe('a styrtal row that lacks an index value', () => {
  test('asks for it in place; with 2,9 % and a source the frilansare målvärde is 8 745 332, the source shown', async () => {
    const store = new MemoryIndexStore();
    const { user } = await openCompute(styrtal, store);
    await assess(user);
    const form = within(frilansare()).getByRole('group', { name: 'LPIK 2025 saknas — ange förändring i % och källa' });
    await user.type(within(form).getByRole('textbox', { name: 'LPIK 2025 (förändring i %)' }), '2,9');
    expect((within(form).getByRole('radio', { name: 'Prognos' }) as HTMLInputElement).checked).toBe(true);

    // The source is required: without it nothing is stored.
    await user.click(within(form).getByRole('button', { name: 'Spara och räkna om' }));
    expect(within(form).getByText('Ange var värdet kommer ifrån, t.ex. SKR cirkulär 25:41.')).toBeTruthy();
    expect(store.saved).toEqual([]);

    await user.type(within(form).getByRole('textbox', { name: /^Källa/ }), 'Scenario: LPIK 2025 2,9 %');
    await user.click(within(form).getByRole('button', { name: 'Spara och räkna om' }));
    expect(store.values).toEqual([
      expect.objectContaining({ series: 'LPIK', year: 2025, kind: 'percent', value: 2.9, status: 'prognos', source: 'Scenario: LPIK 2025 2,9 %', stored: '2025-08-12' }),
    ]);
    await waitFor(() => expect(plain(frilansare().textContent)).toContain(CHAIN));
    const text = plain(frilansare().textContent);
    expect(text).toContain('LPIK 2024 3,5 % prognos: Periodkolls standardvärden – Region Örebro län, verksamhetsplan med budget 2024');
    expect(text).toContain('LPIK 2025 2,9 % prognos: dina indexvärden – Scenario: LPIK 2025 2,9 %');
    expect(text).toContain('Bedömt mot det indexuppräknade målvärdet 8 745 332 kr');
    expect(within(frilansare()).queryByRole('group')).toBeNull();
  });

  test('a figure that is no number is refused next to the field and nothing is stored', async () => {
    const store = new MemoryIndexStore();
    const { user } = await openCompute(styrtal, store);
    await assess(user);
    const form = within(frilansare()).getByRole('group', { name: /^LPIK 2025 saknas/ });
    await user.type(within(form).getByRole('textbox', { name: 'LPIK 2025 (förändring i %)' }), '2,9 mnkr');
    await user.type(within(form).getByRole('textbox', { name: /^Källa/ }), 'SKR');
    await user.click(within(form).getByRole('button', { name: 'Spara och räkna om' }));
    expect(within(form).getByText('Skriv ett tal i %, t.ex. 3,5.')).toBeTruthy();
    expect(store.saved).toEqual([]);
  });
});

describe('the index layers', () => {
  const stored = { series: 'LPIK', year: 2025, kind: 'percent' as const, value: 2.9, status: 'prognos' as const, source: 'SKR cirkulär 25:41', date: '2025-10-02' };

  test('every validation uses the stored values: Validera finds no missing LPIK 2025, and Beräkna computes the row', async () => {
    const store = new MemoryIndexStore([stored]);
    const host = new FakeHost(styrtal, 'styrtal-kultur-2025.xlsx');
    let missing: string[] = [];
    const { user } = await renderPane(host, { indexStore: store, onReport: (r) => (missing = r.findings.filter((f) => f.rule === 'target.index-missing').map((f) => f.cell)) });
    await user.click(button('Validera arbetsboken'));
    await waitFor(() => expect(liveRegion().textContent).toMatch(/^Klar:/));
    expect(missing).toEqual([]);
    await user.click(screen.getByRole('tab', { name: 'Beräkna' }));
    // The workbook layer shows what the last validation read: this workbook has no Index sheet.
    expect(screen.getByText('Den senast kontrollerade arbetsboken har inget blad Index.')).toBeTruthy();
    await assess(user);
    expect(plain(frilansare().textContent)).toContain(CHAIN);
  });

  test('the workbook\'s Index sheet is listed, and it wins over the stored value', async () => {
    const store = new MemoryIndexStore([{ ...stored, value: 3.2 }]);
    const { user } = await openCompute(withIndexSheet, store);
    expect(screen.getByText('Visas när arbetsboken har kontrollerats (Bedöm styrtal eller Validera).')).toBeTruthy();
    await assess(user);
    const layer = screen.getByRole('region', { name: 'Arbetsbokens blad Index' });
    expect(plain(layer.textContent)).toContain('LPIK 2024: 3,5 %, 2025: 2,9 %');
    expect(plain(layer.textContent)).toContain('Källa: bladet Index i index-lpik-scenario.xlsx');
    expect(plain(frilansare().textContent)).toContain(CHAIN);
    expect(plain(frilansare().textContent)).toContain('arbetsbokens blad Index');
  });

  test('a stored value is removed only after the question is answered, and the rows recompute', async () => {
    const store = new MemoryIndexStore([stored]);
    const { user } = await openCompute(styrtal, store);
    await assess(user);
    expect(plain(frilansare().textContent)).toContain(CHAIN);

    await user.click(button('Ta bort LPIK 2025 ur dina indexvärden'));
    let dialog = await confirmDialog('Ta bort LPIK 2025?');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(store.saved).toEqual([]);

    await user.click(button('Ta bort serien LPIK ur dina indexvärden'));
    dialog = await confirmDialog('Ta bort serien LPIK?');
    expect(dialog.textContent).toContain('1 värde för LPIK tas bort från den här datorn.');
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    expect(store.values).toEqual([]);
    await waitFor(() => expect(plain(frilansare().textContent)).toContain('LPIK 2025 saknas — ange förändring i % och källa'));
  });
});
