/**
 * The stand-alone page at 350 px in Chromium: following a finding brings its cell into the
 * viewport (the preview lies above the pane), the label column stays frozen beside the figures,
 * text cut at a column edge ends in an ellipsis with the full text as tooltip, the marks show as
 * the copy has them, the download waits for something to download, disabled text can be read,
 * and the help page is linked and served.
 */
import type { Page } from 'playwright-core';
import { openStandalonePage, type StandalonePage } from './browser';

const WIDTH = 350;
const HEIGHT = 700;

let opened: StandalonePage;
let page: Page;

beforeAll(async () => {
  opened = await openStandalonePage('page-layout');
  page = opened.page;
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
});

afterAll(async () => {
  await opened?.close();
});

const cell = (address: string) => page.locator(`[data-testid="sheet-preview"] td[data-cell="${address}"]`);

describe('the stand-alone page at 350 px', () => {
  it('links the help page, which is served beside the page', async () => {
    const help = page.getByRole('link', { name: 'Hjälp (öppnas i en ny flik)' });
    expect(await help.getAttribute('target')).toBe('_blank');
    const response = await page.request.get(`${opened.url}/${await help.getAttribute('href')}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Periodkoll – hjälp');
  });

  it('brings a followed finding\'s cell into view, with the label column frozen beside it', async () => {
    await page.getByRole('button', { name: 'Öppna exempel' }).click();
    const download = page.getByRole('button', { name: 'Ladda ner markerad kopia' });
    await download.waitFor();
    expect(await download.getAttribute('aria-disabled')).toBe('true');
    // Fluent's own disabled grey was 1,65:1; this one is 4,68:1 on the disabled background.
    expect(await download.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(107, 107, 107)');

    await page.getByRole('button', { name: 'Validera arbetsboken' }).click();
    const finding = page.getByRole('button', { name: /^Fel i Driftredovisning D8: / });
    // Clicking scrolls the page down to the finding, below the preview.
    await finding.click();
    await page.waitForFunction(() => document.querySelector('td[data-cell="D8"]')?.getAttribute('aria-selected') === 'true');
    await page.waitForTimeout(300);
    const box = await cell('D8').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(HEIGHT);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(WIDTH);

    // Column A stays beside the row numbers, opaque, and does not hide D8.
    const label = cell('A8');
    expect(await label.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    expect(await label.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    const labelBox = (await label.boundingBox())!;
    expect(labelBox.x + labelBox.width).toBeLessThanOrEqual(box!.x + 1);
  });

  it('cuts a label that does not fit with an ellipsis and gives its full text as tooltip', async () => {
    const cut = await page.$$eval('[data-testid="sheet-preview"] td[data-cell^="A"]', (cells) =>
      cells
        .filter((el) => el.scrollWidth > el.clientWidth)
        .map((el) => ({ text: el.textContent, title: el.getAttribute('title'), overflow: getComputedStyle(el).textOverflow })),
    );
    expect(cut.length).toBeGreaterThan(0);
    for (const c of cut) expect(c).toEqual({ text: c.text, title: c.text, overflow: 'ellipsis' });
  });

  it('shows the mark the copy gets once marked, and then the copy can be downloaded', async () => {
    await page.getByRole('button', { name: 'Markera i arbetsboken' }).click();
    await page.waitForFunction(() => document.querySelector('td[data-cell="D8"]')?.getAttribute('data-mark') === 'FF0000');
    expect(await cell('D8').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 0, 0)');
    expect(await cell('D8').getAttribute('title')).toMatch(/^#DIVISION\/0!\nPeriodkoll \(error-value\.cell\): /);
    await page.waitForFunction(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Ladda ner markerad kopia');
      return button?.getAttribute('aria-disabled') === null;
    });
    expect(opened.pageErrors).toEqual([]);
  });
});
