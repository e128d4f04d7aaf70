/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { validateWorkbook } from '../../src/core';
import { buildControlReport, REPORT_SHEET_NAME } from '../../src/core/report/controlReport';
import { marksFor } from '../../src/host/port';
import { FakeHost } from './fakeHost';
import { button, findMessage, FIXED_NOW, intentOf, isDisabled, liveRegion, renderPane, validate, within } from './renderPane';
import { driftredovisningWorkbook, mixedWorkbook } from './workbooks';

describe('Markera / Rensa', () => {
  it('writes the marks of the error and warning findings, reports the count, then enables Rensa', async () => {
    const host = new FakeHost(mixedWorkbook());
    const { user } = await renderPane(host);
    expect(isDisabled(button('Markera i arbetsboken'))).toBe(true);
    expect(isDisabled(button('Rensa markeringar'))).toBe(true);

    await validate(user);
    await user.click(button('Markera i arbetsboken'));

    const expected = marksFor(validateWorkbook(mixedWorkbook()).findings);
    expect(expected.map((m) => `${m.sheet}!${m.cell}`)).toEqual(['Resultatrapport!B6', 'Resultatrapport!E8', 'Driftredovisning!D6']);
    expect(host.callsOf('writeMarks')).toEqual([[expected]]);
    expect(intentOf(await findMessage('3 celler markerade.'))).toBe('success');
    expect(liveRegion().textContent).toBe('3 celler markerade.');
    await waitFor(() => expect(isDisabled(button('Rensa markeringar'))).toBe(false));
  });

  it('lists the cells that were skipped, with the host\'s reason', async () => {
    const host = new FakeHost(mixedWorkbook());
    host.protectedSheets.add('Resultatrapport');
    const { user } = await renderPane(host);

    await validate(user);
    await user.click(button('Markera i arbetsboken'));

    const message = await findMessage('1 cell markerad, 2 celler kunde inte markeras.');
    expect(intentOf(message)).toBe('warning');
    expect(within(message).getByText('Resultatrapport B6, E8: Bladet Resultatrapport är skyddat.')).toBeTruthy();
  });

  it('enables Rensa on mount when marks are left from an earlier session, and says how many were restored', async () => {
    const host = new FakeHost(driftredovisningWorkbook());
    host.marks = [
      { sheet: 'Driftredovisning', cell: 'D6', severity: 'error', note: 'x' },
      { sheet: 'Driftredovisning', cell: 'B6', severity: 'warning', note: 'y' },
    ];
    const { user } = await renderPane(host);
    await waitFor(() => expect(isDisabled(button('Rensa markeringar'))).toBe(false));

    await user.click(button('Rensa markeringar'));

    expect(host.callsOf('clearMarks')).toHaveLength(1);
    expect(await findMessage('Markeringarna är borttagna; 2 celler återställda.')).toBeTruthy();
    expect(liveRegion().textContent).toBe('Markeringarna är borttagna; 2 celler återställda.');
    await waitFor(() => expect(isDisabled(button('Rensa markeringar'))).toBe(true));
  });
});

describe('Skapa kontrollrapport', () => {
  it('writes the report sheet built from the report when none exists', async () => {
    const host = new FakeHost(mixedWorkbook());
    const { user } = await renderPane(host);
    expect(isDisabled(button('Skapa kontrollrapport'))).toBe(true);

    await validate(user);
    await user.click(button('Skapa kontrollrapport'));

    await findMessage(`Bladet ${REPORT_SHEET_NAME} har skapats.`);
    const expected = buildControlReport(validateWorkbook(mixedWorkbook()), { workbook: host.name, date: FIXED_NOW });
    expect(host.callsOf('writeReportSheet')).toEqual([[expected, { replace: false }]]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks before replacing an existing sheet and writes nothing when cancelled', async () => {
    const host = new FakeHost(mixedWorkbook()).addSheet(REPORT_SHEET_NAME);
    const { user } = await renderPane(host);
    await validate(user);

    await user.click(button('Skapa kontrollrapport'));

    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Bladet Kontrollrapport finns redan. Ersätta det?');
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(host.callsOf('writeReportSheet')).toEqual([]);
    expect(host.writes()).toEqual([]);
  });

  it('treats Escape in the question as Avbryt', async () => {
    const host = new FakeHost(mixedWorkbook()).addSheet(REPORT_SHEET_NAME);
    const { user } = await renderPane(host);
    await validate(user);

    await user.click(button('Skapa kontrollrapport'));
    await screen.findByRole('alertdialog');
    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(host.writes()).toEqual([]);
    expect(liveRegion().textContent).toBe('Ingen kontrollrapport skapades; bladet Kontrollrapport är oförändrat.');
  });

  it('replaces the existing sheet only after the user confirms', async () => {
    const host = new FakeHost(mixedWorkbook()).addSheet(REPORT_SHEET_NAME);
    const { user } = await renderPane(host);
    await validate(user);

    await user.click(button('Skapa kontrollrapport'));
    await screen.findByRole('alertdialog');
    expect(host.callsOf('writeReportSheet')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Ersätt' }));

    await findMessage(`Bladet ${REPORT_SHEET_NAME} har ersatts.`);
    const calls = host.callsOf('writeReportSheet');
    expect(calls).toHaveLength(1);
    expect(calls[0][1]).toEqual({ replace: true });
  });
});
