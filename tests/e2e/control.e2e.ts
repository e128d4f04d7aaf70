/**
 * Internkontroll in the stand-alone page, in Debian's Chromium: a stickprov on the fixture ledger
 * drawn in the browser, written as a sheet, downloaded and read back with ExcelJS. Its rows are
 * the ones core's controlLedger draws in Node for `periodkoll control … --seed 12345` — the same
 * sample on every host. Also a screenshot of the IK-plan's risk matrix.
 */
import ExcelJS from 'exceljs';
import { basename, join } from 'path';
import type { Page } from 'playwright-core';
import { openStandalonePage, OUTPUT, type StandalonePage } from './browser';
import { ledger } from '../../src/core';
import { readWorkbookFile } from '../../src/host/file/readWorkbook';
import { ROOT } from './dist';

const LEDGER = join(ROOT, 'tests', 'fixtures', 'ledger', 'huvudbok-2025.xlsx');
const IKPLAN = join(ROOT, 'tests', 'fixtures', 'ikplan', 'ikplan-riskmatris-2025.xlsx');
const SHEET = 'Huvudbok';
const ACCOUNTS = '4611, 4630, 6811-6899, 7070';
const N = 20;
const SEED = '12345';

let opened: StandalonePage;
let page: Page;
let work: string;
let pageErrors: string[];

jest.setTimeout(180_000);

beforeAll(async () => {
  opened = await openStandalonePage('control');
  ({ page, work, pageErrors } = opened);
});

afterAll(async () => {
  await opened?.close();
});

async function openInternkontroll(path: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(path);
  // A newly opened file gets a fresh pane (named by the file), on its first tab.
  await page.locator('aside').getByText(basename(path), { exact: true }).waitFor();
  await page.getByRole('tab', { name: 'Internkontroll' }).click();
  await page.getByRole('button', { name: 'Kontrollera IK-planen' }).waitFor();
}

/** What `periodkoll control huvudbok-2025.xlsx --sheet Huvudbok --accounts … --n 20 --seed 12345 --stratify account` draws. */
async function cliSample(): Promise<number[]> {
  const accounts = ledger.parseAccountList(ACCOUNTS);
  if (!accounts.ok) throw new Error(accounts.message);
  const outcome = ledger.controlLedger(await readWorkbookFile(LEDGER), {
    sheet: SHEET,
    sample: { accounts: accounts.set, size: { n: N }, stratify: true, weighted: false, seed: ledger.seedFromText(SEED) },
  });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.result.sample!.rows;
}

describe('Internkontroll in the stand-alone page', () => {
  it('draws the stickprov the command line draws, writes it as a sheet and the downloaded copy has it', async () => {
    await openInternkontroll(LEDGER);
    const pane = page.locator('aside');
    await pane.getByRole('textbox', { name: 'Konton' }).fill(ACCOUNTS);
    await pane.getByRole('textbox', { name: 'Antal rader (n)' }).fill(String(N));
    await pane.getByRole('textbox', { name: /^Frö/ }).fill(SEED);
    await pane.getByRole('checkbox', { name: 'Stratifiera per konto' }).check();
    await pane.getByRole('button', { name: 'Kör kontrollerna' }).click();
    await pane.getByRole('table', { name: 'Kontroller på huvudboken' }).waitFor();
    await pane.getByText(new RegExp(`^Blad ${SHEET}: `)).waitFor();

    const expected = await cliSample();
    expect(expected).toHaveLength(N);
    await pane.getByText(`Rader i huvudboken: ${expected.join(', ')}.`).waitFor();
    await pane.screenshot({ path: join(OUTPUT, 'pane-stickprov.png') });

    await pane.getByRole('button', { name: 'Skriv stickprov till blad' }).click();
    await pane.getByText(/^Bladet Stickprov \d{4}-\d{2}-\d{2} har skapats\.$/).first().waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner markerad kopia' }).click(),
    ]);
    const saved = join(work, 'huvudbok-stickprov.xlsx');
    await download.saveAs(saved);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(saved);
    const sheet = copy.worksheets.find((ws) => /^Stickprov \d{4}-\d{2}-\d{2}$/.test(ws.name));
    expect(sheet).toBeDefined();
    const labelled = new Map<string, ExcelJS.CellValue>();
    const sampled: number[] = [];
    sheet!.eachRow((row) => {
      const a = row.getCell(1).text;
      const m = /^Rad (\d+)$/.exec(a);
      if (m) sampled.push(Number(m[1]));
      else labelled.set(a, row.getCell(2).value);
    });
    expect(labelled.get('Seed')).toBe(Number(SEED));
    expect(labelled.get('Huvudbok')).toBe(SHEET);
    expect(labelled.get('Konton')).toBe(ACCOUNTS);
    expect(sampled).toEqual(expected);
    expect(pageErrors).toEqual([]);
  });

  it('shows the IK-plan risk matrix', async () => {
    await openInternkontroll(IKPLAN);
    await page.getByRole('button', { name: 'Kontrollera IK-planen' }).click();
    const matrix = page.getByRole('region', { name: 'Riskmatris', exact: true });
    await matrix.waitFor();
    expect(await matrix.getByRole('button', { name: /^Sannolikhet \d, konsekvens \d:/ }).count()).toBe(16);
    await matrix.screenshot({ path: join(OUTPUT, 'pane-riskmatrix.png') });
    expect(pageErrors).toEqual([]);
  });
});
