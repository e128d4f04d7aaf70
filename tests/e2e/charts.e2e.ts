/**
 * The charts in the stand-alone page, in Debian's Chromium, where the layout is real: every row
 * of the kulturnämnd's resultatrapport named in the variance chart; the bridge of "Handlingsplan 84 %" (ram −19,5 mnkr, åtgärdskrav 29,0 mnkr reached to 84 %) as
 * a waterfall whose bars float end to start, and the sensitivity of the handlingsplan 50–100 %
 * with Swedish ticks, finite sizes and no NaN warning from React.
 */
import { join } from 'path';
import type { Locator, Page } from 'playwright-core';
import { openStandalonePage, OUTPUT, type StandalonePage } from './browser';
import { ROOT } from './dist';
import { addHandlingsplan84, newScenarioWithRamCut } from './scenarioSteps';

const WORKBOOK = join(ROOT, 'tests', 'fixtures', 'scenario', 'verksamhetsplan-tillvaxt-2024-formler.xlsx');

let opened: StandalonePage;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  opened = await openStandalonePage('charts');
  page = opened.page;
  page.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
});

afterAll(async () => {
  await opened?.close();
});

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('not drawn');
  return { left: b.x, right: b.x + b.width, width: b.width };
}

const PERIODRAPPORT = join(ROOT, 'tests', 'fixtures', 'clean', 'periodrapport-kultur-2025.xlsx');
/** DOMAIN §3.1, the resultatrapport's rows. */
const ROWS = ['Erhållna bidrag', 'Övriga intäkter', 'Summa Intäkter', 'Personalkostnader', 'Lämnade bidrag', 'Övriga kostnader', 'Summa Kostnader', 'Verksamhetens nettokostnad', 'Resultat'];

describe('Charts in the stand-alone page', () => {
  it('labels every row of the resultatrapport in the variance chart, with a Swedish value axis', async () => {
    await page.getByTestId('file-input').setInputFiles(PERIODRAPPORT);
    await page.getByRole('tab', { name: 'Beräkna' }).click();
    await page.getByRole('button', { name: 'Föreslå för hela arbetsboken' }).click();
    const chart = page.getByRole('figure', { name: /^Utfall ack mot Budget ack per rad/ }).first();
    await chart.locator('svg text').first().waitFor();
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: join(OUTPUT, 'chart-variance.png') });
    const texts = chart.locator('svg text');
    const all = await texts.allTextContents();
    for (const row of ROWS) {
      const at = all.indexOf(row);
      expect(at).toBeGreaterThanOrEqual(0);
      expect((await box(texts.nth(at))).width).toBeGreaterThan(0);
    }
    expect(all.filter((t) => !ROWS.includes(t) && /[-.]/.test(t))).toEqual([]);
    expect(await chart.locator('svg').first().getAttribute('height')).toMatch(/^\d+(\.\d+)?$/);
  });

  it('draws the bridge as a waterfall and the sensitivity with Swedish ticks and no NaN', async () => {
    await page.getByTestId('file-input').setInputFiles(WORKBOOK);
    await page.getByRole('tab', { name: 'Scenarier' }).click();
    const pane = page.locator('aside');
    await newScenarioWithRamCut(pane, 'Handlingsplan 84 %');
    await addHandlingsplan84(pane);
    await pane.getByText(/underskott 24,1\smnkr \(bas: i balans\)$/).waitFor();

    const bridge = pane.getByRole('figure', { name: 'Från bas till scenario per parameter, mnkr' });
    await bridge.scrollIntoViewIfNeeded();
    await bridge.screenshot({ path: join(OUTPUT, 'chart-bridge.png') });
    const labels = bridge.locator('[data-bar-label]');
    expect(await labels.allTextContents()).toEqual(['Bas', expect.stringMatching(/^Budgetram −19,5/), expect.stringMatching(/^Handlingsplan 29,0/), 'Scenario']);
    for (const l of await labels.all()) expect((await box(l)).width).toBeGreaterThan(0);
    // Both steps worsen the result: each floats left from where the one before ended.
    const [ram, plan, total] = await Promise.all(['worse', 'worse', 'total'].map((k, i) => box(bridge.locator(`[data-bar-kind="${k}"]`).nth(i === 2 ? 1 : i))));
    expect(Math.abs(plan.right - ram.left)).toBeLessThan(1);
    expect(Math.abs(total.left - plan.left)).toBeLessThan(1);
    expect(Math.abs(total.right - ram.right)).toBeLessThan(1);

    await pane.getByLabel('Parameter att variera').selectOption('1');
    await pane.getByLabel('Antal steg').selectOption('5');
    await pane.getByRole('button', { name: 'Beräkna känslighet' }).click();
    const chart = pane.getByRole('figure', { name: /^Resultat mot budgetram när Handlingsplan .* varierar, mnkr$/ });
    await chart.locator('svg text').first().waitFor();
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: join(OUTPUT, 'chart-sensitivity.png') });
    const ticks = await chart.locator('svg text').allTextContents();
    expect(ticks).toEqual(expect.arrayContaining(['50', '60', '70', '80', '90', '100', '0']));
    expect(ticks.some((t) => /^\u2212\d/.test(t))).toBe(true);
    expect(ticks.filter((t) => /[-.]/.test(t))).toEqual([]);
    expect(await chart.locator('svg').first().getAttribute('height')).toMatch(/^\d+(\.\d+)?$/);
    expect(consoleErrors.filter((e) => /NaN/.test(e))).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });
});
