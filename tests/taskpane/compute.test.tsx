/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { FakeHost } from './fakeHost';
import { consoleErrors } from './consoleErrors';
import { button, isDisabled, renderPane } from './renderPane';
import { allTablesWorkbook, driftredovisningWorkbook } from './workbooks';

async function openCompute(host: FakeHost) {
  const view = await renderPane(host);
  await view.user.click(screen.getByRole('tab', { name: 'Beräkna' }));
  return view;
}

describe('Beräkna avvikelser in the pane', () => {
  test('proposes IFERROR for the real #DIVISION/0!, writes nothing until confirmed, then writes it and can undo it', async () => {
    const host = new FakeHost(driftredovisningWorkbook());
    const { user } = await openCompute(host);
    await user.click(button('Föreslå för aktivt blad'));
    await screen.findByText(/Särskilda satsningar: nämnaren är 0/);
    expect(host.writes()).toEqual([]);
    // The other relation cells already hold typed figures: offered, not ticked.
    const ledning = screen.getByRole('checkbox', { name: /Skriv D3, Ledning/ });
    expect((ledning as HTMLInputElement).checked).toBe(false);

    await user.click(button(/Skriv formler \(1 cell\)/));
    await waitFor(() => expect(host.callsOf('writeCells')).toHaveLength(1));
    const [writes, label] = host.callsOf('writeCells')[0] as [Array<{ cell: string; formula: string }>, string];
    expect(writes).toEqual([expect.objectContaining({ cell: 'D6', formula: '=IFERROR(B6/C6*100,"–")' })]);
    expect(label).toMatch(/Avvikelser i/);
    await screen.findByText('Formler skrivna');
    // The last write is named once with its count, never "1 cell (1 cell)".
    expect(await screen.findByText(`${label} (1 cell)`)).toBeTruthy();

    await user.click(await screen.findByRole('button', { name: 'Ångra senaste skrivning' }));
    await waitFor(() => expect(host.callsOf('undoWrite')).toHaveLength(1));
    expect((await screen.findAllByText(/1 cell återställdes som den var/)).length).toBeGreaterThan(0);
  });

  test("the host's remark about the undo journal is shown with the success message", async () => {
    const host = new FakeHost(driftredovisningWorkbook());
    host.writeNotice = 'De äldsta ångra-stegen togs bort för att få plats. 4 ändringar kan ångras.';
    const { user } = await openCompute(host);
    await user.click(button('Föreslå för aktivt blad'));
    await user.click(await screen.findByRole('button', { name: /Skriv formler \(1 cell\)/ }));
    await screen.findByText('Formler skrivna');
    expect(screen.getByText(/4 ändringar kan ångras/)).toBeTruthy();
  });

  test('ticking a typed cell adds it to the write; the column checkbox ticks the whole column', async () => {
    const host = new FakeHost(driftredovisningWorkbook());
    const { user } = await openCompute(host);
    await user.click(button('Föreslå för aktivt blad'));
    await user.click(await screen.findByRole('checkbox', { name: /Kolumn D: Relation/ }));
    const write = button(/Skriv formler \(\d+ celler\)/);
    expect(isDisabled(write)).toBe(false);
    await user.click(write);
    await waitFor(() => expect(host.callsOf('writeCells')).toHaveLength(1));
    expect((host.callsOf('writeCells')[0][0] as unknown[]).length).toBe(9);
  });

  test('draws utfall against budget with the variance for the resultatrapport', async () => {
    const host = new FakeHost(allTablesWorkbook());
    const { user } = await openCompute(host);
    await user.click(button('Föreslå för hela arbetsboken'));
    let chart!: HTMLElement;
    const errors = await consoleErrors(async () => {
      chart = await screen.findByRole('group', { name: /Diagram: Utfall ack mot Budget ack per rad/ });
      // A group of bars per row of the table (zero bars are not drawn), as SVG.
      await waitFor(() => expect(chart.querySelectorAll('svg rect').length).toBeGreaterThanOrEqual(9 * 2));
    });
    expect(errors.filter((e) => /NaN/.test(e))).toEqual([]);
    expect(screen.getByRole('figure', { name: /^Utfall ack mot Budget ack per rad/ })).toBeTruthy();
    const texts = [...chart.querySelectorAll('svg text')].map((t) => t.textContent ?? '');
    // Every row of DOMAIN §3.1 keeps its label; the value axis is written the Swedish way.
    const rows = ['Erhållna bidrag', 'Övriga intäkter', 'Summa Intäkter', 'Personalkostnader', 'Lämnade bidrag', 'Övriga kostnader', 'Summa Kostnader', 'Verksamhetens nettokostnad', 'Resultat'];
    expect(texts.slice(0, rows.length)).toEqual(rows);
    expect(texts.slice(rows.length)).toContain('\u2212105');
  });
});
