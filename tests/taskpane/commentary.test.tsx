/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CellWrite } from '../../src/host/port';
import { buildSheet, buildWorkbook } from '../helpers/buildSheet';
import { RESULTATBUDGET } from '../helpers/domainTables';
import { FakeHost } from './fakeHost';
import { button, renderPane } from './renderPane';
import { allTablesWorkbook } from './workbooks';

async function openCompute(host: FakeHost) {
  const view = await renderPane(host);
  await view.user.click(screen.getByRole('tab', { name: 'Beräkna' }));
  return view;
}

const draftBox = () => screen.findByRole('textbox', { name: /Utkast/ }) as Promise<HTMLTextAreaElement>;
const cellField = () => screen.getByRole('textbox', { name: /^Cell/ }) as HTMLInputElement;

describe('Skriv avvikelsekommentar in the Beräkna tab', () => {
  test('shows the draft for editing before anything is written, writes the edited text as text, and undo restores the cell', async () => {
    const host = new FakeHost(allTablesWorkbook());
    const { user } = await openCompute(host);
    await user.click(button('Skriv avvikelsekommentar'));
    const box = await draftBox();
    const draft = box.value.replace(/\u00A0/g, ' ');
    expect(draft).toContain('Övriga kostnader +3,9 mnkr, lägre kostnader än budget');
    expect(draft).toContain('Lämnade bidrag −2,4 mnkr, högre kostnader än budget');
    expect(host.writes()).toEqual([]);
    // Without a selected cell from the host: the first empty cell under the resultatrapport (rows 1–12).
    expect(cellField().value).toBe('Resultatrapport!A14');

    const edited = box.value.replace('[orsak]', 'färre köpta tjänster');
    fireEvent.change(box, { target: { value: edited } });
    await user.click(button('Skriv i cell'));
    await waitFor(() => expect(host.callsOf('writeCells')).toHaveLength(1));
    const [writes, label] = host.callsOf('writeCells')[0] as [CellWrite[], string];
    expect(writes).toEqual([{ sheet: 'Resultatrapport', cell: 'A14', value: edited }]);
    expect(label).toBe('Avvikelsekommentar i Resultatrapport!A14');
    await screen.findByText('Kommentaren skriven');
    expect(host.workbook.sheets[0].rows[13]?.[0]?.value).toBe(edited);

    await user.click(await screen.findByRole('button', { name: 'Ångra senaste skrivning' }));
    await waitFor(() => expect(host.callsOf('undoWrite')).toHaveLength(1));
    expect(host.workbook.sheets[0].rows[13]?.[0]).toBeUndefined();
  });

  test("defaults to the host's selected cell, and asks before replacing what a cell holds", async () => {
    const host = Object.assign(new FakeHost(allTablesWorkbook()), { activeCell: async () => ({ sheet: 'Resultatrapport', cell: 'B4' }) });
    const { user } = await openCompute(host);
    await user.click(button('Skriv avvikelsekommentar'));
    await draftBox();
    expect(cellField().value).toBe('Resultatrapport!B4');
    await user.click(button('Skriv i cell'));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Cellen B4 på bladet Resultatrapport innehåller nu "34". Den ersätts av kommentaren.');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(host.writes()).toEqual([]);
  });

  test('a cell address that is no cell is refused in Swedish, nothing written', async () => {
    const host = new FakeHost(allTablesWorkbook());
    const { user } = await openCompute(host);
    await user.click(button('Skriv avvikelsekommentar'));
    await draftBox();
    fireEvent.change(cellField(), { target: { value: 'Resultatrapport!B0' } });
    await user.click(button('Skriv i cell'));
    // The message bar and the live region both say it.
    expect((await screen.findAllByText(/"Resultatrapport!B0" är ingen cell/)).length).toBeGreaterThan(0);
    expect(host.writes()).toEqual([]);
  });

  test('a workbook with neither resultatrapport nor driftredovisning says so', async () => {
    const host = new FakeHost(buildWorkbook(buildSheet('Resultatbudget', RESULTATBUDGET)));
    const { user } = await openCompute(host);
    await user.click(button('Skriv avvikelsekommentar'));
    expect((await screen.findAllByText(/Ingen resultatrapport eller driftredovisning med budgetavvikelse hittades/)).length).toBeGreaterThan(0);
    expect(screen.queryByRole('textbox', { name: /Utkast/ })).toBeNull();
  });
});
