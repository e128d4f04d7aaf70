/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { FakeHost } from './fakeHost';
import { button, findingButtons, nameOf, renderPane, validate, within } from './renderPane';
import { mixedWorkbook } from './workbooks';

const labels = () => findingButtons().map((b) => nameOf(b).split(':')[0]);

async function validatedMixed() {
  const host = new FakeHost(mixedWorkbook());
  const rendered = await renderPane(host);
  await validate(rendered.user);
  return { host, ...rendered };
}

describe('Findings list', () => {
  it('groups by sheet, then severity, with Swedish labels', async () => {
    await validatedMixed();

    expect(labels()).toEqual([
      'Fel i Resultatrapport B6',
      'Varning i Resultatrapport E8',
      'Fel i Driftredovisning D6',
      'Info i Anteckningar A1',
    ]);
    const sheet = screen.getByRole('region', { name: 'Blad Resultatrapport' });
    expect(within(sheet).getByRole('heading', { name: 'Resultatrapport (2)' })).toBeTruthy();
    expect(within(sheet).getByRole('list', { name: 'Fel i Resultatrapport' })).toBeTruthy();
    expect(within(sheet).getByRole('list', { name: 'Varningar i Resultatrapport' })).toBeTruthy();
  });

  it('shows the cell, message, rule title and expected / found / tolerance in Swedish figures', async () => {
    await validatedMixed();

    // The name is the button's own words: cell, rule title, message and figures (label in name).
    const b6 = screen.getByRole('button', { name: /^Fel i Resultatrapport B6: Summarad rad stämmer inte Summa Intäkter.* Förväntat 34,0 Funnet 35,0 Tolerans ±0,15$/ });
    expect(within(b6).getByText('B6')).toBeTruthy();
    expect(within(b6).getByText('Summarad rad stämmer inte')).toBeTruthy();
    expect(within(b6).getByText('Förväntat 34,0')).toBeTruthy();
    expect(within(b6).getByText('Funnet 35,0')).toBeTruthy();
    expect(within(b6).getByText('Tolerans ±0,15')).toBeTruthy();
  });

  it('hides warnings when the Varningar toggle is released, and shows them again', async () => {
    const { user } = await validatedMixed();

    const toggle = button('Varningar (1)');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await user.click(toggle);

    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(labels()).toEqual(['Fel i Resultatrapport B6', 'Fel i Driftredovisning D6', 'Info i Anteckningar A1']);

    await user.click(button('Fel (2)'));
    await user.click(button('Info (1)'));
    expect(findingButtons()).toHaveLength(0);
    expect(screen.getByText('Inga anmärkningar matchar filtret.')).toBeTruthy();

    await user.click(toggle);
    expect(labels()).toEqual(['Varning i Resultatrapport E8']);
  });

  it('searches message, cell and rule', async () => {
    const { user } = await validatedMixed();
    const search = screen.getByRole('searchbox', { name: 'Sök bland anmärkningar' });

    await user.type(search, 'division');
    expect(labels()).toEqual(['Fel i Driftredovisning D6']);

    await user.clear(search);
    await user.type(search, 'e8');
    expect(labels()).toEqual(['Varning i Resultatrapport E8']);

    await user.clear(search);
    await user.type(search, 'sum.row-total');
    expect(labels()).toEqual(['Fel i Resultatrapport B6']);

    await user.clear(search);
    await user.type(search, 'Tal lagrat som text');
    expect(labels()).toEqual(['Varning i Resultatrapport E8']);

    await user.click(button('Töm sökrutan'));
    expect(labels()).toHaveLength(4);
  });

  it('selects the cell when a finding is clicked', async () => {
    const { user, host } = await validatedMixed();

    await user.click(screen.getByRole('button', { name: /^Fel i Driftredovisning D6/ }));

    expect(host.callsOf('selectCell')).toEqual([['Driftredovisning', 'D6']]);
    expect(screen.getByRole('button', { name: /^Fel i Driftredovisning D6/ }).getAttribute('aria-current')).toBe('true');
  });

  it('selects the cell when Enter is pressed on a focused finding', async () => {
    const { user, host } = await validatedMixed();

    screen.getByRole('button', { name: /^Varning i Resultatrapport E8/ }).focus();
    await user.keyboard('{Enter}');

    expect(host.callsOf('selectCell')).toEqual([['Resultatrapport', 'E8']]);
  });

  it('opens and closes the rule explanation with "Varför?"', async () => {
    const { user, host } = await validatedMixed();
    const why = button(/^Varför\? Felvärde i cell \(D6\)/);
    const explanationText = /Rätta formeln eller använd OMFEL/;
    expect(why.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(explanationText)).toBeNull();

    await user.click(why);

    expect(why.getAttribute('aria-expanded')).toBe('true');
    const explanation = document.getElementById(why.getAttribute('aria-controls')!)!;
    expect(explanation.textContent).toMatch(explanationText);
    // Only this finding's explanation opened; reading it is not selecting the cell.
    expect(screen.getAllByText(/^(En Summa-|Ett tal lagrat|Cellen innehåller|Periodkoll hittade)/)).toHaveLength(1);
    expect(host.callsOf('selectCell')).toEqual([]);

    await user.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(explanationText)).toBeNull();
  });

  it('"Varför?" also says how the table around the cell was read', async () => {
    const { user } = await validatedMixed();
    const why = button(/^Varför\? Summarad rad stämmer inte \(B6\)/);
    await user.click(why);
    const explanation = document.getElementById(why.getAttribute('aria-controls')!)!;
    // Summa Intäkter (row 6) adds Erhållna bidrag and Övriga intäkter (rows 4–5), DOMAIN §3.1.
    expect(explanation.textContent).toContain('Så lästes tabellen: Summa Intäkter = rad 4–5.');
  });
});
