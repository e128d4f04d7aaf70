/** @jest-environment jsdom */
/**
 * The Internkontroll tab on a ledger from a CSV export (as the stand-alone page opens it: one sheet
 * Huvudbok) with the avtal list chosen as a .csv file: the same counts as `periodkoll control`.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import { join } from 'path';
import { controlLedger, csvSheet, decodeExportText, readAvtalSheet, readTextLedger } from '../../src/core/ledger';
import type { Workbook } from '../../src/core/model/workbook';
import { FakeHost } from './fakeHost';
import { button, renderPane } from './renderPane';

jest.setTimeout(120_000);

const DIR = join(__dirname, '..', 'fixtures', 'ledger');
const AVTAL = new Uint8Array(readFileSync(join(DIR, 'avtalsleverantorer.csv')));

function csvLedger(): Workbook {
  const r = readTextLedger(new Uint8Array(readFileSync(join(DIR, 'huvudbok-2025.csv'))), 'huvudbok-2025.csv');
  if (!r.ok) throw new Error(r.message);
  return r.workbook;
}

/** A File whose bytes jsdom can hand back (older jsdom lacks Blob.arrayBuffer). */
function file(bytes: Uint8Array, name: string): File {
  const f = new File([new Uint8Array(bytes)], name);
  Object.defineProperty(f, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return f;
}

test('a CSV ledger with the avtal list as a file: the checks count as in the CLI', async () => {
  const workbook = csvLedger();
  const host = new FakeHost(workbook, 'huvudbok-2025.csv');
  const { user } = await renderPane(host);
  await user.click(screen.getByRole('tab', { name: 'Internkontroll' }));
  await user.click(screen.getByRole('checkbox', { name: 'Dra stickprov' }));
  await user.upload(screen.getByLabelText('Fil med avtalsleverantörer (.xlsx eller .csv)'), file(AVTAL, 'avtalsleverantorer.csv'));
  await screen.findByText('avtalsleverantorer.csv: 18 leverantörer', undefined, { timeout: 10_000 });
  await user.click(button('Kör kontrollerna'));
  const table = await screen.findByRole('table', { name: 'Kontroller på huvudboken' }, { timeout: 60_000 });

  const avtal = readAvtalSheet(csvSheet('Avtalsleverantörer', decodeExportText(AVTAL).text), 'filen avtalsleverantorer.csv');
  const expected = controlLedger(workbook, { avtalList: avtal });
  if (!expected.ok) throw new Error(expected.message);
  const outside = expected.result.summary.checks.find((c) => c.rule === 'ledger.outside-agreement')!;
  expect(outside).toMatchObject({ performed: true, count: 5 });
  const row = within(table).getByRole('rowheader', { name: outside.title }).closest('tr')!;
  expect(within(row).getByText('5')).toBeTruthy();
  await waitFor(() => expect(screen.getAllByText(/finns inte bland avtalsleverantörerna \(filen avtalsleverantorer\.csv\)/).length).toBe(5));
});

test('an avtal file that is no list says so, and the run refuses it', async () => {
  const host = new FakeHost(csvLedger(), 'huvudbok-2025.csv');
  const { user } = await renderPane(host);
  await user.click(screen.getByRole('tab', { name: 'Internkontroll' }));
  // The file dialog's filter can be switched to "all files".
  await user.setup({ applyAccept: false }).upload(screen.getByLabelText('Fil med avtalsleverantörer (.xlsx eller .csv)'), file(Uint8Array.from([0, 1, 2, 3]), 'bild.png'));
  await screen.findByText('bild.png: avtalslistan ska vara en .xlsx- eller .csv-fil med en leverantör per rad.', undefined, { timeout: 10_000 });
  await user.click(screen.getByRole('button', { name: 'Ta bort filen' }));
  expect(screen.queryByText(/bild\.png/)).toBeNull();
});
