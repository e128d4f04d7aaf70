/** @jest-environment jsdom */
import { cleanup, screen, waitFor } from '@testing-library/react';
import { parseDocument, SCENARIO_STORE_KEY } from '../../src/core/scenario';
import { buildSheet, buildWorkbook } from '../helpers/buildSheet';
import { RESULTATBUDGET_TILLVAXT } from '../core/scenario/tables';
import { FakeHost } from './fakeHost';
import { button } from './renderPane';
import { addParameter, figureValue, fill, newScenario, openScenarios, tableRow } from './scenarioHelpers';

const tillvaxtWorkbook = () => buildWorkbook(buildSheet('Budget 2024', RESULTATBUDGET_TILLVAXT));

function storedScenarios(host: FakeHost) {
  const calls = host.callsOf('writeStore');
  expect(calls.length).toBeGreaterThan(0);
  const [key, json] = calls[calls.length - 1] as [string, string];
  expect(key).toBe(SCENARIO_STORE_KEY);
  const doc = parseDocument(json);
  if (!doc.ok) throw new Error(doc.message);
  return doc.document.scenarios;
}

describe('Scenarier: Regional tillväxtnämnd 2024, handlingsplan 29,0 mnkr', () => {
  test('builds the plan 24,2 / 28,3 / 29,0, shows 84 % / 98 % / 100 % within rounding, saves and reloads it', async () => {
    const host = new FakeHost(tillvaxtWorkbook());
    const { user, unmount } = await openScenarios(host);
    await newScenario(user, 'Handlingsplan enligt plan');
    expect(storedScenarios(host).map((s) => s.name)).toEqual(['Handlingsplan enligt plan']);

    await addParameter(user, 'Handlingsplan');
    await fill(user, 'Ramminskning (mnkr)', '19,5');
    await fill(user, 'Obalanser (mnkr)', '9,5');
    await user.selectOptions(screen.getByLabelText('Effekt 2024 anges som'), 'Belopp (mnkr)');
    await fill(user, 'Effekt 2024 (mnkr)', '24,2');
    await user.click(button('Lägg till år i handlingsplanen'));
    await fill(user, 'Effekt 2025 (mnkr)', '28,3');
    await user.click(button('Lägg till år i handlingsplanen'));
    await fill(user, 'Effekt 2026 (mnkr)', '29,0');

    const caption = /^Handlingsplan: åtgärdskrav 29,0\smnkr$/;
    await waitFor(() => expect(tableRow(caption, '2026')[0]).toBe('29,0'));
    const stated: Record<string, number> = { '2024': 84, '2025': 98, '2026': 100 };
    const gaps: Record<string, string> = { '2024': '4,8', '2025': '0,7', '2026': '0,0' };
    for (const year of ['2024', '2025', '2026']) {
      const [, fulfilment, gap] = tableRow(caption, year);
      // "83,4 % (83,1–83,8 %)": the interval the rounded figures allow must admit the stated whole percent.
      const [lo, hi] = fulfilment.match(/\(([^–]+)–([^)]+)\)/)!.slice(1).map(figureValue);
      expect(lo).toBeLessThanOrEqual(stated[year] + 0.5);
      expect(hi).toBeGreaterThanOrEqual(stated[year] - 0.5);
      expect(gap).toBe(gaps[year]);
    }
    expect(screen.getByText('Resultat mot budgetram (Budget 2024): underskott 4,8 mnkr (bas: i balans)')).toBeTruthy();
    expect(tableRow('Flera år, mnkr', '2025')[4]).toBe('−0,7');
    expect(tableRow('Flera år, mnkr', '2026')[4]).toBe('0,0');

    const writesBefore = host.callsOf('writeStore').length;
    await user.click(button('Spara ändringar'));
    await waitFor(() => expect(host.callsOf('writeStore').length).toBe(writesBefore + 1));
    const [saved] = storedScenarios(host);
    expect(saved.parameters).toEqual([
      { kind: 'plan', ramReduction: 19.5, imbalance: 9.5, effects: [{ year: 2024, amount: 24.2 }, { year: 2025, amount: 28.3 }, { year: 2026, amount: 29 }] },
    ]);

    // A new pane on the same workbook reads the scenario back from the store.
    unmount();
    cleanup();
    await openScenarios(host);
    await screen.findByRole('heading', { name: 'Scenario: Handlingsplan enligt plan' });
    await screen.findByText('Resultat mot budgetram (Budget 2024): underskott 4,8 mnkr (bas: i balans)');
  });

  test('a figure that cannot be read gets a Swedish message next to the field and changes nothing', async () => {
    const host = new FakeHost(tillvaxtWorkbook());
    const { user } = await openScenarios(host);
    await newScenario(user, 'Ram −19,5');
    await addParameter(user, 'Budgetram');
    await fill(user, 'Budgetram, förändring (mnkr)', '−19,5');
    await screen.findByText('Resultat mot budgetram (Budget 2024): underskott 19,5 mnkr (bas: i balans)');
    await fill(user, 'Budgetram, förändring (mnkr)', 'nitton');
    expect(await screen.findByText('Skriv ett tal i mnkr, t.ex. −19,5.')).toBeTruthy();
    expect(screen.getByText('Resultat mot budgetram (Budget 2024): underskott 19,5 mnkr (bas: i balans)')).toBeTruthy();
  });
});

describe('Scenarier: the list in the workbook', () => {
  test('duplicates, renames and deletes (after asking), writing the document each time', async () => {
    const host = new FakeHost(tillvaxtWorkbook());
    const { user } = await openScenarios(host);
    await newScenario(user, 'Bas');
    await user.click(button('Kopiera Bas'));
    await screen.findByRole('heading', { name: 'Scenario: Kopia av Bas' });
    expect(storedScenarios(host).map((s) => s.name)).toEqual(['Bas', 'Kopia av Bas']);

    await fill(user, 'Nytt namn på valt scenario', 'Låg LPIK');
    await user.click(button('Byt namn'));
    await screen.findByRole('heading', { name: 'Scenario: Låg LPIK' });
    expect(storedScenarios(host).map((s) => s.name)).toEqual(['Bas', 'Låg LPIK']);

    const writes = host.callsOf('writeStore').length;
    await user.click(button('Ta bort Låg LPIK'));
    await screen.findByRole('alertdialog');
    await user.click(button('Avbryt'));
    expect(host.callsOf('writeStore').length).toBe(writes);
    await user.click(button('Ta bort Låg LPIK'));
    await user.click(await screen.findByRole('button', { name: 'Ta bort' }));
    await waitFor(() => expect(storedScenarios(host).map((s) => s.name)).toEqual(['Bas']));
  });

  test('a document from a newer Periodkoll is shown as such and never written over', async () => {
    const host = new FakeHost(tillvaxtWorkbook());
    const newer = JSON.stringify({ version: 99, parametersVersion: 1, scenarios: [] });
    host.store.set(SCENARIO_STORE_KEY, newer);
    const { user } = await openScenarios(host);
    expect((await screen.findAllByText(/sparades av en nyare version av Periodkoll/)).length).toBeGreaterThan(0);
    await newScenario(user, 'Prov');
    expect(host.callsOf('writeStore')).toEqual([]);
    expect(host.store.get(SCENARIO_STORE_KEY)).toBe(newer);
    expect((await screen.findAllByText(/sparas inte i arbetsboken/)).length).toBeGreaterThan(0);
  });
});
