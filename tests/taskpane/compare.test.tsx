/** @jest-environment jsdom */
import { readFileSync } from 'fs';
import { join } from 'path';
import { screen, waitFor, within } from '@testing-library/react';
import type { Workbook } from '../../src/core/model/workbook';
import { readWorkbookFile } from '../../src/host/file/readWorkbook';
import { augustFrom, PLANTED_CHANGES } from '../helpers/augustReport';
import { cloneWorkbook } from '../helpers/nextMonth';
import { FakeHost } from './fakeHost';
import { button, findMessage, idle, intentOf, liveRegion, renderPane, validate } from './renderPane';

const JULY = join(__dirname, '..', 'fixtures', 'clean', 'periodrapport-kultur-2025.xlsx');
const RR = 'Resultatrapport';

let july: Workbook;
beforeAll(async () => {
  july = await readWorkbookFile(JULY);
});

/** The July file as the browser's file picker hands it over (jsdom's File lacks arrayBuffer). */
function julyFile(): File {
  const bytes = readFileSync(JULY);
  const f = new File([bytes], 'juli.xlsx');
  Object.defineProperty(f, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return f;
}

function compareSection(): HTMLElement {
  return screen.getByRole('region', { name: 'Jämför med förra månaden' });
}

async function comparedWith(what: RegExp): Promise<void> {
  await waitFor(() => expect(liveRegion().textContent).toMatch(/^Jämförelsen är klar/));
  await idle();
  expect(within(compareSection()).getByRole('status').textContent).toMatch(what);
}

/** The cell each listed finding names first (its button's name begins "Varning i <blad> <cell>: "). */
function shownCells(): string[] {
  return within(compareSection()).getAllByRole('listitem').map((li) => /\b[A-Z]{1,3}\d+\b/.exec(li.textContent ?? '')?.[0] ?? '');
}

describe('Jämför med förra månaden in the pane', () => {
  it('compares with last month’s file, shows the planted changes and selects their cells; writes nothing', async () => {
    const host = new FakeHost(augustFrom(july), 'augusti.xlsx');
    const { user } = await renderPane(host);
    await user.upload(screen.getByLabelText('Förra månadens arbetsbok (.xlsx)'), julyFile());
    await comparedWith(/^Jämfört med juli\.xlsx: 3 förändringar att kommentera, 1 upplysning, 0 nya anmärkningar och 0 åtgärdade anmärkningar sedan juli\.$/);
    expect(shownCells()).toEqual(PLANTED_CHANGES.map(([, cell]) => cell));
    const moved = within(compareSection()).getByRole('button', { name: /Prognosen för Lämnade bidrag har försämrats med 1,6\smnkr sedan juli/ });
    await user.click(moved);
    expect(host.callsOf('selectCell')).toContainEqual([RR, 'F10']);
    // The page keeps no figures in the file, and a comparison only reads.
    expect(screen.queryByRole('button', { name: 'Jämför med sparade siffror' })).toBeNull();
    expect(host.writes()).toEqual([]);
  });

  it('says in Swedish when last month’s file cannot be read, and changes nothing', async () => {
    const host = new FakeHost(augustFrom(july), 'augusti.xlsx');
    const { user } = await renderPane(host);
    const bad = new File([Uint8Array.from([1, 2, 3])], 'juli.xlsx');
    Object.defineProperty(bad, 'arrayBuffer', { value: async () => Uint8Array.from([1, 2, 3]).buffer });
    await user.upload(screen.getByLabelText('Förra månadens arbetsbok (.xlsx)'), bad);
    const message = await findMessage('Förra månadens fil juli.xlsx kunde inte läsas.');
    expect(message.textContent).toContain('Filen kunde inte läsas som en Excel-arbetsbok');
    expect(intentOf(message)).toBe('error');
    expect(message.textContent).not.toMatch(/[Ee]rror|undefined/);
    expect(host.writes()).toEqual([]);
  });

  it('in Excel keeps the figures at each validation and compares next month with them', async () => {
    const host = new FakeHost(cloneWorkbook(july), 'Periodrapport.xlsx');
    host.kind = 'excel';
    const { user } = await renderPane(host);
    await validate(user);
    // The only write: Periodkoll's own store entry, never a cell.
    expect(host.writes().map((c) => [c.method, c.args[0]])).toEqual([['writeStore', 'figureSnapshots']]);
    await waitFor(() => expect(within(compareSection()).getByText(/Sparade siffror: januari–juli 2025, sparade 2025-08-12/)).toBeTruthy());

    // A month later the same workbook holds August.
    host.workbook.sheets.splice(0, host.workbook.sheets.length, ...augustFrom(july).sheets);
    await user.click(button('Jämför med sparade siffror'));
    await comparedWith(/^Jämfört med sparade siffror \(januari–juli 2025, sparade 2025-08-12\): 3 förändringar att kommentera/);
    expect(shownCells()).toEqual(PLANTED_CHANGES.map(([, cell]) => cell));

    await user.click(button('Ta bort sparade siffror'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Jämför med sparade siffror' })).toBeNull());
    expect(host.store.has('figureSnapshots')).toBe(false);
  });
});
