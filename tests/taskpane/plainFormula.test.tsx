/** @jest-environment jsdom */
/**
 * "Skriv som vanlig formel" in Beräkna: an index-adjusted målvärde written as an ordinary formula
 * into its cell, after the user saw the cell and what it holds, with the chain as the cell's note.
 * LPIK 2025 2,9 % is a scenario value on the Index sheet (DOMAIN §1).
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { CellWrite } from '../../src/host/port';
import { buildSheet, buildWorkbook } from '../helpers/buildSheet';
import { FakeHost } from './fakeHost';
import { button, renderPane } from './renderPane';

const IDX = '(Målvärdet är 2023 års värde efter indexuppräkning)';

function styrtalWorkbook() {
  return buildWorkbook(
    buildSheet('Styrtal', [
      ['Rapportår', 2025],
      [],
      ['Styrtal', 'Utfall', 'Årets målvärde', 'Basvärde 2023'],
      [`Medel till kultur ${IDX}`, 1_100_000, 1_065_015, 1_000_000],
      ['Sjukfrånvaron ska minska', '4,89 %', '4,2 %', null],
    ]),
    buildSheet('Index', [['År', 'LPIK %'], [2024, 3.5], [2025, 2.9]]),
  );
}

async function judged(host: FakeHost) {
  const view = await renderPane(host);
  await view.user.click(screen.getByRole('tab', { name: 'Beräkna' }));
  await view.user.click(button('Bedöm styrtal'));
  await screen.findByRole('list', { name: 'Styrtal' });
  return view;
}

test('offered only for the computed målvärde; asks with the cell and its content, writes nothing on Avbryt', async () => {
  const host = new FakeHost(styrtalWorkbook());
  const { user } = await judged(host);
  const offered = screen.getAllByRole('button', { name: /^Skriv som vanlig formel/ });
  expect(offered.map((b) => b.getAttribute('aria-label'))).toEqual(['Skriv som vanlig formel i Styrtal!C4']);

  await user.click(offered[0]);
  const dialog = await screen.findByRole('alertdialog');
  expect(within(dialog).getByText('Skriva vanlig formel i C4?')).toBeTruthy();
  expect(dialog.textContent).toContain('Cellen C4 på bladet Styrtal innehåller nu "1065015". Den får formeln =D4*(1+3,5%)*(1+2,9%) och en anteckning');
  await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  expect(host.callsOf('writeCells')).toEqual([]);
});

test('Skriv formeln: one undoable write of the invariant formula with its result and the chain as note', async () => {
  const host = new FakeHost(styrtalWorkbook());
  const { user } = await judged(host);
  await user.click(button('Skriv som vanlig formel i Styrtal!C4'));
  await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Skriv formeln' }));

  await waitFor(() => expect(host.callsOf('writeCells')).toHaveLength(1));
  const [writes, label] = host.callsOf('writeCells')[0] as [CellWrite[], string];
  expect(writes).toEqual([expect.objectContaining({ sheet: 'Styrtal', cell: 'C4', formula: '=D4*(1+3.5%)*(1+2.9%)', result: 1_065_015 })]);
  expect(writes[0].note!.replace(/\u00A0/g, ' ')).toMatch(/^Indexuppräkning: 1 000 000 × 1,035 × 1,029 = 1 065 015 \(LPIK 2024, 2025\)\nKällor: LPIK 2024 3,5 %, 2025 2,9 %: arbetsbokens blad Index/);
  expect(label).toBe('Vanlig formel för målvärdet i Styrtal!C4');
  await screen.findByText('Vanlig formel skriven');

  await user.click(await screen.findByRole('button', { name: 'Ångra senaste skrivning' }));
  await waitFor(() => expect(host.callsOf('undoWrite')).toHaveLength(1));
});

test('an empty målvärde cell is said to be empty', async () => {
  const wb = styrtalWorkbook();
  wb.sheets[0].rows[3]![2] = null;
  const host = new FakeHost(wb);
  const { user } = await judged(host);
  await user.click(button('Skriv som vanlig formel i Styrtal!C4'));
  expect((await screen.findByRole('alertdialog')).textContent).toContain('Cellen C4 på bladet Styrtal är tom.');
});
