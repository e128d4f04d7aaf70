/** @jest-environment jsdom */
/**
 * The Internkontroll tab over a fake host: the real IK-plan fixture (risk matrix counts, findings
 * that show their cells, settings kept in the workbook) and a small generated ledger (the control
 * steps, the stickprov written as a sheet only when asked, and the question before replacing it).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { join } from 'path';
import { MATRIX_FIRST_ROW, MATRIX_ROWS } from '../../scripts/fixtures-ikplan';
import { accountSet, controlLedger } from '../../src/core/ledger';
import { DEFAULT_BANDS } from '../../src/core/internalControl';
import { bandOf } from '../../src/core/internalControl/bands';
import { dayFromCivil } from '../../src/core/model/excelDate';
import type { Workbook } from '../../src/core/model/workbook';
import type { ReportSheet } from '../../src/core/report/reportSheet';
import type { CellMark } from '../../src/host/port';
import { readWorkbookFile } from '../../src/host/file/readWorkbook';
import { buildSheet, buildWorkbook, type TestCell } from '../helpers/buildSheet';
import { FakeHost } from './fakeHost';
import { button, findMessage, FIXED_NOW, isDisabled, renderPane } from './renderPane';

const MATRIX_FILE = join(__dirname, '..', 'fixtures', 'ikplan', 'ikplan-riskmatris-2025.xlsx');
const MATRIX_SHEET = 'IK-plan riskmatris';

let matrixWorkbook: Workbook;
beforeAll(async () => {
  matrixWorkbook = await readWorkbookFile(MATRIX_FILE);
});

async function openTab(host: FakeHost) {
  const view = await renderPane(host);
  await view.user.click(screen.getByRole('tab', { name: 'Internkontroll' }));
  // The tab reads its stored settings once on mount.
  await waitFor(() => expect(host.callsOf('readStore')).toContainEqual(['internalControl']));
  return view;
}

const ikList = (name: RegExp) => screen.getByRole('list', { name });
const cellButton = (s: number, k: number) => screen.getByRole('button', { name: new RegExp(`^Sannolikhet ${s}, konsekvens ${k}:`) });

describe('Internkontroll: the IK-plan', () => {
  test('counts the real plan per colour and per matrix cell, and a risk or finding shows its cell', async () => {
    const host = new FakeHost(matrixWorkbook, 'ikplan-riskmatris-2025.xlsx');
    const { user } = await openTab(host);
    await user.click(button('Kontrollera IK-planen'));
    await screen.findByRole('heading', { name: 'Riskmatris' });

    const bands = { red: 0, yellow: 0, green: 0 };
    for (const r of MATRIX_ROWS) bands[bandOf(r.sannolikhet * r.konsekvens, DEFAULT_BANDS)]++;
    const perColour = ikList(/^Risker per färg/);
    expect(within(perColour).getByText(`Röd: ${bands.red}`)).toBeTruthy();
    expect(within(perColour).getByText(`Gul: ${bands.yellow}`)).toBeTruthy();
    expect(within(perColour).getByText(`Grön: ${bands.green}`)).toBeTruthy();
    expect(bands.red).toBeGreaterThan(0);

    // 3 × 4 holds the välfärdsbrottslighet risk (and only it) in the fixture.
    const at = MATRIX_ROWS.map((r, i) => ({ ...r, row: MATRIX_FIRST_ROW + i })).filter((r) => r.sannolikhet === 3 && r.konsekvens === 4);
    expect(cellButton(3, 4).getAttribute('aria-label')).toBe(`Sannolikhet 3, konsekvens 4: ${at.length} ${at.length === 1 ? 'risk' : 'risker'}, röd`);
    expect(screen.getAllByRole('button', { name: /^Sannolikhet \d, konsekvens \d:/ })).toHaveLength(16);
    await user.click(cellButton(3, 4));
    await user.click(screen.getByRole('button', { name: new RegExp(`^Visa risken i ${MATRIX_SHEET} B${at[0].row}:`) }));
    await waitFor(() => expect(host.callsOf('selectCell')).toContainEqual([MATRIX_SHEET, `B${at[0].row}`]));

    // The wrong riskvärde (3 × 3 written as 6) is an ic.* finding that shows its cell.
    const wrong = MATRIX_ROWS.findIndex((r) => r.riskValue !== r.sannolikhet * r.konsekvens);
    const finding = screen.getByRole('button', { name: new RegExp(`^Fel i ${MATRIX_SHEET} E${MATRIX_FIRST_ROW + wrong}:`) });
    await user.click(finding);
    await waitFor(() => expect(host.callsOf('selectCell')).toContainEqual([MATRIX_SHEET, `E${MATRIX_FIRST_ROW + wrong}`]));
    expect(host.writes()).toEqual([]);
  });

  test('the scale and bands are saved in the workbook only on Spara, and read back by the next pane', async () => {
    const host = new FakeHost(matrixWorkbook, 'ikplan-riskmatris-2025.xlsx');
    const first = await openTab(host);
    await first.user.click(screen.getByRole('radio', { name: '5 × 5' }));
    const redTo = screen.getByRole('textbox', { name: 'Röd riskvärde till' }) as HTMLInputElement;
    expect(redTo.value).toBe('25');
    const yellowTo = screen.getByRole('textbox', { name: 'Gul riskvärde till' });
    await first.user.clear(yellowTo);
    await first.user.type(yellowTo, '11');
    const redFrom = screen.getByRole('textbox', { name: 'Röd riskvärde från' });
    await first.user.clear(redFrom);
    await first.user.type(redFrom, '12');
    expect(host.callsOf('writeStore')).toEqual([]);

    await first.user.click(button('Kontrollera IK-planen'));
    await screen.findByRole('heading', { name: 'Riskmatris' });
    expect(screen.getAllByRole('button', { name: /^Sannolikhet \d, konsekvens \d:/ })).toHaveLength(25);
    // 3 × 3 = 9 is yellow now (4–11).
    expect(cellButton(3, 3).getAttribute('aria-label')).toMatch(/gul$/);

    await first.user.click(button('Spara inställningar i arbetsboken'));
    await waitFor(() => expect(host.callsOf('writeStore')).toHaveLength(1));
    const [key, json] = host.callsOf('writeStore')[0] as [string, string];
    expect(key).toBe('internalControl');
    expect(JSON.parse(json)).toEqual({ scale: 5, bands: { green: [1, 3], yellow: [4, 11], red: [12, 25] } });
    first.unmount();

    await openTab(host);
    await waitFor(() => expect((screen.getByRole('radio', { name: '5 × 5' }) as HTMLInputElement).checked).toBe(true));
    expect((screen.getByRole('textbox', { name: 'Gul riskvärde till' }) as HTMLInputElement).value).toBe('11');
    expect((screen.getByRole('textbox', { name: 'Röd riskvärde från' }) as HTMLInputElement).value).toBe('12');
  });

  test('a band outside the matrix is refused in Swedish and cannot be saved', async () => {
    const host = new FakeHost(matrixWorkbook);
    const { user } = await openTab(host);
    const redTo = screen.getByRole('textbox', { name: 'Röd riskvärde till' });
    await user.clear(redTo);
    await user.type(redTo, '30');
    expect(screen.getByText('Röd riskvärde: ange heltal från 1 till 16 (4 × 4).')).toBeTruthy();
    expect(isDisabled(button('Spara inställningar i arbetsboken'))).toBe(true);
    expect(isDisabled(button('Kontrollera IK-planen'))).toBe(true);
  });
});

// A small ledger: 4611/4630/68xx/7070 rows to sample from, a planted double payment, other accounts.
const day = (d: number) => dayFromCivil({ year: 2025, month: 3, day: d });
const HEAD = ['Ver.nr', 'Datum', 'Konto', 'Belopp', 'Leverantör', 'Fakturanr'];
const ACCOUNTS = [4611, 4630, 6811, 6850, 7070, 5010, 6110];

function ledgerWorkbook(): Workbook {
  const rows: TestCell[][] = [['Huvudbokstransaktioner mars 2025'], [], HEAD];
  for (let i = 0; i < 60; i++) {
    const account = ACCOUNTS[i % ACCOUNTS.length];
    rows.push([`V${100 + i}`, day(1 + (i % 28)), account, 500 + 37 * i, `Leverantör ${i % 9} AB`, `F${1000 + i}`]);
  }
  // The invoice of row 4 booked again under another verifikation.
  rows.push(['V900', day(30), 4611, 500, 'Leverantör 0 AB', 'F1000']);
  return buildWorkbook(buildSheet('Huvudbok', rows), buildSheet('Anteckningar', [['Inget här']]));
}

const SAMPLE = { accounts: '4611, 4630, 6811-6899, 7070', n: '8', seed: '12345' };

async function runLedger(host: FakeHost) {
  const view = await openTab(host);
  const { user } = view;
  await user.type(screen.getByRole('textbox', { name: 'Konton' }), SAMPLE.accounts);
  const n = screen.getByRole('textbox', { name: 'Antal rader (n)' });
  await user.clear(n);
  await user.type(n, SAMPLE.n);
  const seed = screen.getByRole('textbox', { name: /^Frö/ });
  await user.clear(seed);
  await user.type(seed, SAMPLE.seed);
  await user.click(screen.getByRole('checkbox', { name: 'Stratifiera per konto' }));
  await user.click(button('Kör kontrollerna'));
  await screen.findByRole('table', { name: 'Kontroller på huvudboken' });
  return view;
}

function expectedSample(workbook: Workbook) {
  const outcome = controlLedger(workbook, {
    sheet: 'Huvudbok',
    sample: { accounts: accountSet(SAMPLE.accounts), size: { n: Number(SAMPLE.n) }, stratify: true, weighted: false, seed: Number(SAMPLE.seed) },
  });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result;
}

/** "Rad 12" link cells of a written Stickprov sheet: the sampled ledger rows. */
const sampledRows = (sheet: ReportSheet) =>
  sheet.rows.flatMap((r) => {
    const first = r[0];
    return first && typeof first === 'object' && 'link' in first && first.link ? [Number(first.text.replace('Rad ', ''))] : [];
  });

describe('Internkontroll: control steps on a ledger', () => {
  test('runs the checks with the sample options and shows counts, skipped checks and findings; writes nothing', async () => {
    const workbook = ledgerWorkbook();
    const host = new FakeHost(workbook, 'huvudbok.xlsx');
    const { user } = await runLedger(host);
    const expected = expectedSample(workbook);

    const table = screen.getByRole('table', { name: 'Kontroller på huvudboken' });
    const duplicate = expected.summary.checks.find((c) => c.rule === 'ledger.duplicate-invoice')!;
    expect(duplicate.count).toBeGreaterThan(0);
    expect(within(within(table).getByRole('rowheader', { name: duplicate.title }).closest('tr')!).getByText(String(duplicate.count))).toBeTruthy();
    // No avtal list in this workbook: the check says why it was skipped.
    const avtal = expected.summary.checks.find((c) => !c.performed)!;
    expect(within(table).getByText(`Hoppades över: ${avtal.skipped}`)).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Dragna rader' });
    expect(within(group).getByText(`Rader i huvudboken: ${expected.sample!.rows.join(', ')}.`)).toBeTruthy();
    expect(within(group).getByText(/^Stickprov: seed 12345, konton 4611, 4630, 6811-6899, 7070, stratifierat per konto\.$/)).toBeTruthy();
    // Read as running text (screen reader, copy, search) the sentences stay apart: "per konto. 25 av …".
    const population = expected.sample!.population.toLocaleString('sv-SE');
    expect(group.textContent).toContain(`stratifierat per konto. ${expected.sample!.rows.length} av ${population} rader`);
    expect(group.textContent).not.toMatch(/\.\S/);

    const first = expected.findings[0];
    await user.click(screen.getByRole('button', { name: new RegExp(`i Huvudbok ${first.cell}:`) }));
    await waitFor(() => expect(host.callsOf('selectCell')).toContainEqual(['Huvudbok', first.cell]));
    expect(host.writes()).toEqual([]);
  });

  test('Markera rader marks the findings; Rensa markeringar clears them with the same host call', async () => {
    const workbook = ledgerWorkbook();
    const host = new FakeHost(workbook, 'huvudbok.xlsx');
    const { user } = await runLedger(host);
    await user.click(button('Markera rader'));
    await waitFor(() => expect(host.callsOf('writeMarks')).toHaveLength(1));
    const marks = host.callsOf('writeMarks')[0][0] as CellMark[];
    const markable = expectedSample(workbook).findings.filter((f) => f.severity !== 'info');
    expect(marks.map((m) => `${m.sheet}!${m.cell}`)).toEqual(markable.map((f) => `${f.sheet}!${f.cell}`));
    const writes = screen.getByRole('group', { name: 'Skriv i arbetsboken' });
    const clear = within(writes).getByRole('button', { name: 'Rensa markeringar' });
    await waitFor(() => expect(isDisabled(clear)).toBe(false));
    await user.click(clear);
    await waitFor(() => expect(host.callsOf('clearMarks')).toHaveLength(1));
    expect(host.marks).toEqual([]);
  });

  test('the stickprov is written as a sheet with the sampled rows, and an existing sheet is replaced only after Ersätt', async () => {
    const workbook = ledgerWorkbook();
    const host = new FakeHost(workbook, 'huvudbok.xlsx');
    const { user } = await runLedger(host);
    expect(host.callsOf('writeReportSheet')).toEqual([]);

    await user.click(button('Skriv stickprov till blad'));
    await waitFor(() => expect(host.reportSheets).toHaveLength(1));
    const { sheet, replace } = host.reportSheets[0];
    const name = `Stickprov ${FIXED_NOW.getFullYear()}-${String(FIXED_NOW.getMonth() + 1).padStart(2, '0')}-${String(FIXED_NOW.getDate()).padStart(2, '0')}`;
    expect(sheet.name).toBe(name);
    expect(replace).toBe(false);
    expect(sampledRows(sheet)).toEqual(expectedSample(workbook).sample!.rows);
    expect(sampledRows(sheet)).toHaveLength(Number(SAMPLE.n));
    expect(sheet.rows.find((r) => r[0] === 'Seed')?.[1]).toBe(12345);

    // The first write has finished (one operation at a time: a click while busy is ignored).
    await waitFor(() => expect(isDisabled(button('Skriv stickprov till blad'))).toBe(false));
    expect((await screen.findAllByText(`Bladet ${name} har skapats.`)).length).toBeGreaterThan(0);

    // Again: the sheet exists, so the pane asks; Avbryt leaves it, Ersätt replaces it.
    await user.click(button('Skriv stickprov till blad'));
    // Found by its title text: a role query over the whole pane (four tabs) is slow on a loaded machine.
    const dialog = (await screen.findByText(`Ersätta bladet ${name}?`)).closest('[role="alertdialog"]') as HTMLElement;
    expect(dialog).not.toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(host.callsOf('writeReportSheet')).toHaveLength(1);
    expect(host.reportSheets).toHaveLength(1);

    await user.click(button('Skriv stickprov till blad'));
    const again = (await screen.findByText(`Ersätta bladet ${name}?`)).closest('[role="alertdialog"]') as HTMLElement;
    await user.click(within(again).getByRole('button', { name: 'Ersätt' }));
    await waitFor(() => expect(host.reportSheets).toHaveLength(2));
    expect(host.reportSheets[1].replace).toBe(true);
    expect(sampledRows(host.reportSheets[1].sheet)).toEqual(sampledRows(sheet));
  });

  test('a typo in the account list gets a Swedish message and reads nothing', async () => {
    const host = new FakeHost(ledgerWorkbook(), 'huvudbok.xlsx');
    const { user } = await openTab(host);
    await user.type(screen.getByRole('textbox', { name: 'Konton' }), '4611, 68x1');
    await user.click(button('Kör kontrollerna'));
    await findMessage(/^Konton: "68x1" är inte ett konto/);
    expect(host.callsOf('readWorkbook')).toEqual([]);
  });
});
