/**
 * The stand-alone page end to end, in Debian's Chromium: dist/ served on a free localhost port,
 * a workbook opened through the file input, validated, a finding followed into the preview,
 * marked, and the marked copy downloaded and read back with ExcelJS. Also: cell text that looks
 * like HTML stays text, a bad file gives the Swedish message, office.js is never requested and
 * nothing leaves the page's own origin.
 */
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { openStandalonePage, OUTPUT, type StandalonePage } from './browser';
import { ROOT } from './dist';

const EXAMPLE = join(ROOT, 'tests', 'fixtures', 'clean', 'periodrapport-kultur-2025.xlsx');
const INJECTION = '<img src=x onerror=alert(1)>';

let opened: StandalonePage;
let server: { url: string };
let page: Page;
let work: string;
let dialogs: string[];
let pageErrors: string[];
let requests: Array<{ method: string; url: string }>;

beforeAll(async () => {
  opened = await openStandalonePage('standalone');
  ({ page, work, dialogs, pageErrors, requests } = opened);
  server = { url: opened.url };
});

afterAll(async () => {
  await opened?.close();
});

async function openFile(path: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(path);
}

const cellSelector = (address: string) => `[data-testid="sheet-preview"] td[data-cell="${address}"]`;
const cell = (address: string) => page.locator(cellSelector(address));

describe('stand-alone page in Chromium', () => {
  it('starts without office.js and says the file stays in the browser', async () => {
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('undefined');
    expect(requests.some((r) => /office(\.debug)?\.js/i.test(r.url))).toBe(false);
    await page.getByText('Filen läses bara i din webbläsare – inget laddas upp.').waitFor();
  });

  it('validates the example workbook, follows the #DIVISION/0! finding, marks and downloads a marked copy', async () => {
    await openFile(EXAMPLE);
    await page.getByRole('button', { name: 'Validera arbetsboken' }).click();

    const d8 = page.getByRole('button', { name: /^Fel i Driftredovisning D8: / });
    await d8.waitFor();
    // The clean example has exactly one error: the real #DIVISION/0!.
    const errors = await page.getByRole('button', { name: /^Fel i / }).allInnerTexts();
    expect(errors).toHaveLength(1);
    await page.locator('aside').screenshot({ path: join(OUTPUT, 'pane-after-validation.png') });
    await page.screenshot({ path: join(OUTPUT, 'standalone-after-validation.png') });

    await d8.click();
    await expectAttribute(cellSelector('D8'), 'aria-selected', 'true');
    const target = cell('D8');
    expect(await target.getAttribute('data-severity')).toBe('error');
    expect(await target.textContent()).toBe('#DIVISION/0!');
    expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(253, 231, 233)');
    expect(await isInsideScroller(target)).toBe(true);
    expect(await page.getByRole('tab', { name: /^Driftredovisning/, selected: true }).count()).toBe(1);
    await page.screenshot({ path: join(OUTPUT, 'standalone-finding-selected.png') });

    await page.getByRole('button', { name: 'Markera i arbetsboken' }).click();
    await page.getByText(/markerade?\./).first().waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner markerad kopia' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('periodrapport-kultur-2025 (markerad).xlsx');
    const saved = join(work, download.suggestedFilename());
    await download.saveAs(saved);

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(saved);
    const marked = copy.getWorksheet('Driftredovisning')!.getCell('D8');
    expect((marked.fill as ExcelJS.FillPattern | undefined)?.pattern).toBe('solid');
    expect(JSON.stringify(marked.note)).toContain('Periodkoll');
    // The figure itself is untouched.
    expect(JSON.stringify(marked.value)).toContain('#DIV/0!');
  });

  it('computes avvikelser as live formulas, shows the chart, and the downloaded copy has the formulas', async () => {
    const copyPath = join(work, 'avvikelser.xlsx');
    writeFileSync(copyPath, readFileSync(EXAMPLE));
    await openFile(copyPath);
    // A newly opened file gets a fresh pane, named by the file, on its first tab.
    await page.locator('aside').getByText('avvikelser.xlsx', { exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Beräkna' }).click();
    await page.getByRole('button', { name: 'Föreslå för hela arbetsboken' }).click();
    await page.getByText(/Lämnade bidrag: −86,6 − \(−79,3\) = −7,3 mnkr, högre kostnader än fg år/).first().waitFor();
    // Budgetavvikelse and prognosavvikelse are already formulas in the example: counted, not listed.
    expect(await page.getByText('Alla 9 celler har redan rätt formel.').count()).toBe(2);
    // The real #DIVISION/0! is ticked for its IFERROR fix; a new Förändring column is ticked by the user.
    await page.getByRole('region', { name: /^Resultatrapport / }).getByRole('checkbox', { name: /^Ny kolumn J: Förändring mot fg år ack/ }).check();
    await page.getByRole('group', { name: /^Diagram: Utfall ack mot Budget ack/ }).first().waitFor();
    await page.locator('aside').screenshot({ path: join(OUTPUT, 'pane-compute-preview.png') });
    await page.getByRole('button', { name: /^Skriv formler \(\d+ celler\)$/ }).click();
    await page.getByText('Formler skrivna', { exact: true }).waitFor();
    await expectText(cellSelector('J5'), '0,0');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner markerad kopia' }).click(),
    ]);
    const saved = join(work, 'avvikelser-kopia.xlsx');
    await download.saveAs(saved);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(saved);
    const rr = copy.getWorksheet('Resultatrapport')!;
    expect(rr.getCell('J4').value).toBe('Förändring mot fg år ack');
    expect((rr.getCell('J9').value as ExcelJS.CellFormulaValue).formula).toBe('B9-E9');
    expect((copy.getWorksheet('Driftredovisning')!.getCell('D8').value as ExcelJS.CellFormulaValue).formula).toBe('IFERROR(B8/C8*100,"–")');
    // Formulas that were already right are untouched.
    expect((rr.getCell('D5').value as ExcelJS.CellFormulaValue).formula).toBe('B5-C5');

    await page.getByRole('button', { name: 'Ångra senaste skrivning' }).click();
    await page.getByText(/återställdes som de var/).first().waitFor();
    await page.getByRole('tab', { name: 'Kontroll', exact: true }).click();
  });

  it('stacks the pane under the preview on a narrow screen', async () => {
    await page.setViewportSize({ width: 700, height: 900 });
    try {
      const preview = await page.locator('[data-testid="sheet-preview"]').boundingBox();
      const pane = await page.locator('aside').boundingBox();
      expect(preview && pane).toBeTruthy();
      expect(pane!.y).toBeGreaterThanOrEqual(preview!.y + preview!.height);
      expect(pane!.width).toBeGreaterThan(600);
      await page.screenshot({ path: join(OUTPUT, 'standalone-narrow.png') });
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });

  it('shows cell text that looks like HTML as text, and no dialog opens', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('A1').value = INJECTION;
    ws.getCell('A2').value = 'Summa';
    ws.getCell('B2').value = 10;
    const path = join(work, 'elak.xlsx');
    await wb.xlsx.writeFile(path);

    await openFile(path);
    await expectText(cellSelector('A1'), INJECTION);
    await page.getByRole('button', { name: 'Validera arbetsboken' }).click();
    await page.getByText(/^Klar:/).first().waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    expect(await page.locator('[data-testid="sheet-preview"] img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('gives the reader\'s Swedish message for a file that is not a workbook', async () => {
    // A CSV or SIE ledger export opens as a one-sheet workbook; a picture is neither.
    const path = join(work, 'skannad.csv');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    await openFile(path);
    await page.getByRole('alert').getByText(/varken en Excel-arbetsbok/).waitFor();
  });

  it('sent nothing anywhere: every request stayed on the page\'s origin, none was an upload', () => {
    const foreign = requests.filter((r) => !r.url.startsWith(server.url) && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

/** Waits until the cell at `selector` (looked up afresh each time) has the attribute value. */
async function expectAttribute(selector: string, name: string, value: string): Promise<void> {
  await page.waitForFunction(
    ([sel, n, v]) => document.querySelector(sel)?.getAttribute(n) === v,
    [selector, name, value] as const,
  );
}

async function expectText(selector: string, text: string): Promise<void> {
  await page.waitForFunction(([sel, t]) => document.querySelector(sel)?.textContent === t, [selector, text] as const);
}

/** The cell lies within the preview's visible scroll area (scrolled into view). */
function isInsideScroller(locator: ReturnType<Page['locator']>): Promise<boolean> {
  return locator.evaluate((el) => {
    const scroller = el.closest('[data-testid="sheet-preview"]')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return box.top >= scroller.top && box.bottom <= scroller.bottom && box.left >= scroller.left && box.right <= scroller.right;
  });
}
