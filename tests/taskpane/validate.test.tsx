/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import type { Report } from '../../src/core/findings/finding';
import { FakeHost } from './fakeHost';
import { button, findingButtons, isDisabled, liveRegion, nameOf, renderPane, summary, validate, within } from './renderPane';
import { allTablesWorkbook, driftredovisningWorkbook, mixedWorkbook } from './workbooks';

describe('Validera', () => {
  it('finds exactly the #DIVISION/0! in D6 of the real driftredovisning', async () => {
    const host = new FakeHost(driftredovisningWorkbook());
    const { user } = await renderPane(host);

    await validate(user);

    const findings = findingButtons();
    expect(findings).toHaveLength(1);
    // Named by its own text: every word shown on the button is in its name (label in name).
    expect(nameOf(findings[0])).toMatch(/^Fel i Driftredovisning D6: Felvärde i cell D6 visar felvärdet #DIVISION\/0!/);
    expect(within(findings[0]).getByText('D6')).toBeTruthy();
    expect(within(findings[0]).getByText('Felvärde i cell')).toBeTruthy();
    expect(liveRegion().textContent).toBe('Klar: 1 fel, 0 varningar');
    expect(within(summary()).getByText('1 fel')).toBeTruthy();
    expect(within(summary()).getByText('0 varningar')).toBeTruthy();
    expect(within(summary()).getByText('0 info')).toBeTruthy();
  });

  it('summarises counts, recognised tables in Swedish words and sheets not understood', async () => {
    const host = new FakeHost(mixedWorkbook());
    const { user } = await renderPane(host);

    await validate(user);

    expect(liveRegion().textContent).toBe('Klar: 2 fel, 1 varning, 1 info');
    const s = summary();
    expect(within(s).getByText('2 fel')).toBeTruthy();
    expect(within(s).getByText('1 varning')).toBeTruthy();
    expect(within(s).getByText('1 info')).toBeTruthy();
    const tables = within(s).getByRole('list', { name: 'Tabeller som känns igen' });
    const rows = within(tables).getAllByRole('listitem').map((li) => li.textContent);
    expect(rows).toEqual([
      'Resultatrapport A1:I12 – Resultatrapport, kostnader negativa',
      'Driftredovisning A1:E11 – Driftredovisning',
    ]);
    const unknown = within(s).getByRole('list', { name: 'Blad som inte förstås' });
    expect(within(unknown).getByText('Anteckningar')).toBeTruthy();
    expect(findingButtons()).toHaveLength(4);
  });

  it('names every kind of real table in Swedish', async () => {
    const host = new FakeHost(allTablesWorkbook());
    const { user } = await renderPane(host);

    await validate(user);

    const tables = within(summary()).getByRole('list', { name: 'Tabeller som känns igen' });
    const kinds = within(tables)
      .getAllByRole('listitem')
      .map((li) => li.textContent!.split(' – ')[1].split(',')[0]);
    expect(kinds).toEqual([
      'Resultatrapport',
      'Resultatbudget',
      'Driftbudget',
      'Handlingsplan',
      'Personalkostnader',
      'Kostnadsanalys',
      'Årsarbetare',
      'Sjukfrånvaro',
    ]);
    expect(screen.getByText(/Inga anmärkningar/)).toBeTruthy();
    expect(liveRegion().textContent).toBe('Klar: 0 fel, 0 varningar');
  });

  it('shows reading progress while readWorkbook is pending, then checks, with the buttons disabled', async () => {
    const host = new FakeHost(allTablesWorkbook());
    const release = host.pauseRead(2);
    const { user } = await renderPane(host);

    await user.click(button('Validera arbetsboken'));

    const progress = await screen.findByRole('progressbar', { name: 'Läser blad 3 av 8 …' });
    expect(progress.getAttribute('aria-valuenow')).toBe('2');
    expect(progress.getAttribute('aria-valuemax')).toBe('8');
    expect(isDisabled(button('Validera arbetsboken'))).toBe(true);
    expect(isDisabled(button('Validera markerat blad'))).toBe(true);

    // A second press while reading does not start a second read.
    await user.click(button('Validera markerat blad'));
    expect(host.callsOf('readWorkbook')).toHaveLength(1);

    release();
    expect(await screen.findByRole('progressbar', { name: 'Kontrollerar …' })).toBeTruthy();
    await waitFor(() => expect(liveRegion().textContent).toMatch(/^Klar:/));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(isDisabled(button('Validera arbetsboken'))).toBe(false);
  });

  it('"Validera markerat blad" reads only the active sheet', async () => {
    const host = new FakeHost(mixedWorkbook());
    host.activeSheet = 'Driftredovisning';
    const { user } = await renderPane(host);

    await validate(user, 'Validera markerat blad');

    expect(host.callsOf('readWorkbook')).toEqual([[['Driftredovisning']]]);
    expect(findingButtons().map((b) => nameOf(b).slice(0, 22))).toEqual(['Fel i Driftredovisning']);
    expect(within(summary()).getByText('Bladet Driftredovisning kontrollerat')).toBeTruthy();
  });

  it('hands each report to onReport and writes nothing by itself', async () => {
    const host = new FakeHost(mixedWorkbook());
    const reports: Report[] = [];
    const { user } = await renderPane(host, { onReport: (r) => reports.push(r) });

    await validate(user);

    expect(reports).toHaveLength(1);
    expect(reports[0].findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      'Resultatrapport!B6',
      'Resultatrapport!E8',
      'Driftredovisning!D6',
      'Anteckningar!A1',
    ]);
    expect(host.writes()).toEqual([]);
  });
});
