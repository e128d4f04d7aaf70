/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import type { ReportSheet } from '../../src/core/report/reportSheet';
import { buildSheet, buildWorkbook } from '../helpers/buildSheet';
import { RESULTATBUDGET } from '../helpers/domainTables';
import { RESULTATBUDGET_TILLVAXT } from '../core/scenario/tables';
import { FakeHost } from './fakeHost';
import { button } from './renderPane';
import { addParameter, figureValue, fill, newScenario, openScenarios, tableRow, type User } from './scenarioHelpers';

const kulturWorkbook = () => buildWorkbook(buildSheet('Resultatbudget', RESULTATBUDGET));
const tillvaxtWorkbook = () => buildWorkbook(buildSheet('Budget 2024', RESULTATBUDGET_TILLVAXT));

async function onBudget2023(user: User) {
  await user.selectOptions(screen.getByLabelText('Kolumn för resultatet'), 'Budget 2023');
}

/** Handlingsplan 84 %: åtgärdskrav 29,0 mnkr, uppfyllelse 84 % in 2024 (DOMAIN §3.3). */
async function planAt84(user: User) {
  await addParameter(user, 'Handlingsplan');
  await fill(user, 'Åtgärdskrav (mnkr)', '29,0');
  await fill(user, 'Uppfyllelsegrad 2024 (%)', '84');
}

describe('Scenarier: Kulturnämnd 2024', () => {
  test('121,9 uplifted by LPI 3,5 % is 126,2; the cut of 13,5 gives 108,4; side by side the difference is −13,5', async () => {
    const host = new FakeHost(kulturWorkbook());
    const { user } = await openScenarios(host);
    await newScenario(user, 'Uppräknad ram');
    await onBudget2023(user);
    await addParameter(user, 'Index (serie och år)');
    await fill(user, 'Indexår', '2024');
    await screen.findByText(/Indextabellen har 3,5\s% för 2024/);
    await fill(user, 'LPIK 2024 (%)', '3,5');
    await waitFor(() => expect(tableRow('Flera år, mnkr', '2024').slice(0, 2)).toEqual(['1,0350', '126,2']));

    await newScenario(user, 'Ram 2024');
    await onBudget2023(user);
    await addParameter(user, 'Budgetram');
    await fill(user, 'Budgetram, förändring (mnkr)', '−13,5');
    await waitFor(() => expect(tableRow('Resultat mot budgetram, mnkr', /^Budgetram/)).toEqual(['121,9', '108,4']));

    await user.click(screen.getByRole('checkbox', { name: 'Uppräknad ram' }));
    await user.click(screen.getByRole('checkbox', { name: 'Ram 2024' }));
    const caption = 'Resultat mot budgetram, mnkr, skillnad mot Uppräknad ram';
    await waitFor(() => expect(tableRow(caption, 'Ram 2024').slice(0, 2)).toEqual(['−13,5', '−13,5']));
    expect(tableRow(caption, 'Uppräknad ram').slice(0, 2)).toEqual(['0,0', '0,0']);
    const chart = await screen.findByRole('group', { name: /^Diagram: resultat mot budgetram per scenario/ });
    expect(chart.getAttribute('aria-label')).toMatch(/Ram 2024 −13,5\smnkr/);
  });
});

describe('Scenarier: Regional tillväxtnämnd, handlingsplan 84 %', () => {
  test('sensitivity: uppfyllelse 50–100 % gives an underskott of 29,0 × the part not reached', async () => {
    const host = new FakeHost(tillvaxtWorkbook());
    const { user } = await openScenarios(host);
    await newScenario(user, 'Handlingsplan 84 %');
    await planAt84(user);
    await screen.findByText('Resultat mot budgetram (Budget 2024): underskott 4,6 mnkr (bas: i balans)');

    await user.selectOptions(screen.getByLabelText('Antal steg'), '5');
    await user.click(button('Beräkna känslighet'));
    const caption = /^Känslighet: Handlingsplan/;
    await screen.findByRole('table', { name: caption });
    for (const v of [50, 60, 70, 80, 90, 100]) {
      const [result] = tableRow(caption, String(v));
      expect(figureValue(result)).toBeCloseTo(-29.0 * (1 - v / 100), 1);
    }
    // Charts arrive on demand (lazyCharts), after a tick.
    expect(await screen.findByRole('group', { name: /^Diagram: resultat mot budgetram när Handlingsplan/ })).toBeTruthy();
  });

  test('writes the scenario sheet with live formulas, and asks before replacing a sheet of the typed name', async () => {
    const host = new FakeHost(tillvaxtWorkbook());
    const { user } = await openScenarios(host);
    await newScenario(user, 'Handlingsplan 84 %');
    await addParameter(user, 'Budgetram');
    await fill(user, 'Budgetram, förändring (mnkr)', '−19,5');
    await planAt84(user);
    await screen.findByText('Resultat mot budgetram (Budget 2024): underskott 24,1 mnkr (bas: i balans)');

    expect((screen.getByLabelText('Bladnamn') as HTMLInputElement).value).toBe('Scenario Handlingsplan 84 %');
    await user.click(button('Skriv scenario till blad'));
    await waitFor(() => expect(host.reportSheets).toHaveLength(1));
    const { sheet, replace } = host.reportSheets[0];
    expect(replace).toBe(false);
    expect(sheet.name).toBe('Scenario Handlingsplan 84 %');
    const formulas = sheet.rows.flat().flatMap((c) => (c !== null && typeof c === 'object' && 'formula' in c ? [c.formula] : []));
    expect(formulas.some((f) => /\$B\$\d+/.test(f))).toBe(true);

    // The next suggestion is free; typing the taken name asks first, and Avbryt writes nothing.
    await waitFor(() => expect((screen.getByLabelText('Bladnamn') as HTMLInputElement).value).toBe('Scenario Handlingsplan 84 % (2)'));
    await fill(user, 'Bladnamn', 'Scenario Handlingsplan 84 %');
    await user.click(button('Skriv scenario till blad'));
    await screen.findByRole('alertdialog', { name: 'Ersätta bladet?' });
    await user.click(button('Avbryt'));
    expect(host.callsOf('writeReportSheet')).toHaveLength(1);

    await user.click(button('Skriv scenario till blad'));
    await user.click(await screen.findByRole('button', { name: 'Ersätt' }));
    await waitFor(() => expect(host.reportSheets).toHaveLength(2));
    expect(host.reportSheets[1]).toMatchObject({ replace: true, sheet: { name: 'Scenario Handlingsplan 84 %' } as Partial<ReportSheet> });
    // The workbook's own figures were never written.
    expect(host.callsOf('writeCells')).toEqual([]);
  });
});
