/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { HostError } from '../../src/host/port';
import { FakeHost } from './fakeHost';
import { button, findingButtons, findMessage, intentOf, isDisabled, liveRegion, renderPane, validate, within } from './renderPane';
import { mixedWorkbook } from './workbooks';

describe('Errors', () => {
  it('shows a HostError from readWorkbook with its Swedish message and stays usable', async () => {
    const host = new FakeHost(mixedWorkbook()).fail('readWorkbook', new HostError('no-workbook', 'Ingen arbetsbok är öppen i Excel.'));
    const { user } = await renderPane(host);

    await user.click(button('Validera arbetsboken'));

    const message = await findMessage('Ingen arbetsbok är öppen i Excel.');
    expect(intentOf(message)).toBe('error');
    expect(liveRegion().textContent).toBe('Ingen arbetsbok är öppen i Excel.');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(isDisabled(button('Validera arbetsboken'))).toBe(false);

    host.succeed('readWorkbook');
    await validate(user);
    expect(findingButtons()).toHaveLength(4);
    // A new run clears the old message.
    expect(screen.queryByRole('group', { name: 'Ingen arbetsbok är öppen i Excel.' })).toBeNull();
  });

  it('shows a refused write (protected sheet) as a warning and changes nothing else', async () => {
    const host = new FakeHost(mixedWorkbook()).fail(
      'writeMarks',
      new HostError('protected', 'Bladet Resultatrapport är skyddat. Ta bort skyddet och försök igen.'),
    );
    const { user } = await renderPane(host);
    await validate(user);

    await user.click(button('Markera i arbetsboken'));

    const message = await findMessage('Bladet Resultatrapport är skyddat. Ta bort skyddet och försök igen.');
    expect(intentOf(message)).toBe('warning');
    await waitFor(() => expect(isDisabled(button('Markera i arbetsboken'))).toBe(false));
    expect(isDisabled(button('Rensa markeringar'))).toBe(true);
    expect(host.marks).toEqual([]);
  });

  it('shows an unexpected error in Swedish, with the technical cause as detail', async () => {
    const host = new FakeHost(mixedWorkbook()).fail('writeReportSheet', new TypeError('context.sync failed'));
    const { user } = await renderPane(host);
    await validate(user);

    await user.click(button('Skapa kontrollrapport'));

    const message = await findMessage('Det gick inte att skapa kontrollrapporten.');
    expect(intentOf(message)).toBe('error');
    expect(within(message).getByText(/Ett oväntat fel inträffade/)).toBeTruthy();
    expect(within(message).getByText('Teknisk orsak: context.sync failed')).toBeTruthy();
    expect(liveRegion().textContent).toMatch(/^Det gick inte att skapa kontrollrapporten\. Ett oväntat fel inträffade/);
    await waitFor(() => expect(isDisabled(button('Skapa kontrollrapport'))).toBe(false));
  });

  it('shows a failed selectCell and lets the message be closed', async () => {
    const host = new FakeHost(mixedWorkbook()).fail('selectCell', new HostError('busy', 'Excel är upptaget. Avsluta redigeringen av cellen och försök igen.'));
    const { user } = await renderPane(host);
    await validate(user);

    await user.click(findingButtons()[0]);

    const message = await findMessage('Excel är upptaget. Avsluta redigeringen av cellen och försök igen.');
    expect(intentOf(message)).toBe('warning');
    await user.click(within(message).getByRole('button', { name: 'Stäng meddelandet' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: /Excel är upptaget/ })).toBeNull());
  });

  it('writes nothing while the user only validates, reads, filters and selects', async () => {
    const host = new FakeHost(mixedWorkbook());
    const { user } = await renderPane(host);

    await validate(user);
    await user.click(findingButtons()[1]);
    await user.click(button('Fel (2)'));
    await user.type(screen.getByRole('searchbox', { name: 'Sök bland anmärkningar' }), 'text');
    await user.click(button(/^Varför\?/));
    await validate(user, 'Validera markerat blad');

    expect(host.writes()).toEqual([]);
  });
});
