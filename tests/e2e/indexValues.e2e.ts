/**
 * The user's index values in the stand-alone page, in Debian's Chromium: the real styrtal fixture
 * (Rapportår 2025) lacks LPIK 2025 for the frilansare row; a small index table read as a CSV file
 * and confirmed in the preview lets the page compute its målvärde, 8 211 464 × 1,035 × 1,029 =
 * 8 745 332, in the validation worker, and names where each index value comes from. 2,9 % is a
 * scenario value, not a published figure. The values stay in this browser's storage.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { openStandalonePage, OUTPUT, type StandalonePage } from './browser';
import { ROOT } from './dist';

const STYRTAL = join(ROOT, 'tests', 'fixtures', 'styrtal', 'styrtal-kultur-2025.xlsx');
const SOURCE = 'Scenario LPIK 2025 (antagande)';

let opened: StandalonePage;
let page: Page;

beforeAll(async () => {
  opened = await openStandalonePage('index');
  ({ page } = opened);
});

afterAll(async () => {
  await opened?.close();
});

describe('index values in the stand-alone page', () => {
  it('reads an index table, stores it only on Spara, and the frilansare målvärde is computed with its source', async () => {
    await page.getByTestId('file-input').setInputFiles(STYRTAL);
    const pane = page.locator('aside');
    await pane.getByText('styrtal-kultur-2025.xlsx', { exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Beräkna' }).click();
    await pane.getByRole('button', { name: 'Bedöm styrtal' }).click();
    const row = pane.getByRole('list', { name: 'Styrtal' }).getByRole('listitem').filter({ hasText: 'anlitande av frilansare' });
    await row.getByText('LPIK 2025 saknas — ange förändring i % och källa').waitFor();
    await row.screenshot({ path: join(OUTPUT, 'pane-index-missing.png') });

    const csv = join(opened.work, 'lpik-2025.csv');
    writeFileSync(csv, `LPIK ${SOURCE}\nÅr;Förändring %;\n2025;2,9;Prognos\n`, 'utf8');
    await pane.getByLabel('Fil med indextabell (.xlsx, .csv eller .txt)').setInputFiles(csv);
    const preview = pane.getByRole('region', { name: 'Indextabell i lpik-2025.csv' });
    await preview.getByText('1 nytt värde.', { exact: true }).waitFor();
    await preview.getByText(`LPIK 2025: 2,9 % prognos (nytt) – LPIK ${SOURCE} (lpik-2025.csv)`).waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('periodkoll.indexvarden')))).toEqual([]);
    await preview.screenshot({ path: join(OUTPUT, 'pane-index-preview.png') });

    await preview.getByRole('button', { name: 'Spara indexvärdena' }).click();
    await page.getByRole('tabpanel', { name: 'Beräkna' }).getByText('Indexvärdena sparades: 1 nytt värde.').waitFor();
    await row.getByText(/8\s211\s464 × 1,035 × 1,029 = 8\s745\s332 \(LPIK 2024, 2025\)/).waitFor();
    const sources = (await row.getByText(/^Indexkällor: /).textContent()) ?? '';
    expect(sources.replace(/[\u00A0\u202F]/g, ' ')).toMatch(
      /^Indexkällor: LPIK 2024 3,5 % prognos: Periodkolls standardvärden – Region Örebro län, verksamhetsplan med budget 2024: .*; LPIK 2025 2,9 % prognos: dina indexvärden – LPIK Scenario LPIK 2025 \(antagande\) \(lpik-2025\.csv\)$/,
    );
    await row.screenshot({ path: join(OUTPUT, 'pane-index-computed.png') });

    const stored = await page.evaluate(() => localStorage.getItem('periodkoll.indexvarden.v1'));
    expect(JSON.parse(stored!).values).toEqual([expect.objectContaining({ series: 'LPIK', year: 2025, kind: 'percent', value: 2.9, status: 'prognos' })]);
    // The målvärde was computed by the validation worker, with the stored values sent along.
    expect(opened.workers.length).toBeGreaterThan(0);
    expect(opened.pageErrors).toEqual([]);
  });
});
