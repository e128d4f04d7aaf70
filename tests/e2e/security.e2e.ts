/**
 * Security and responsiveness of the stand-alone page, in Debian's Chromium: every page carries
 * the Content-Security-Policy (meta tag and header) and it really blocks inline script and eval;
 * office.js still loads from our own origin under it; workbook text that looks like HTML renders
 * as text; nothing is requested outside localhost while a workbook is opened, validated, marked
 * and downloaded; and a large workbook is validated in a Web Worker while the page keeps painting
 * (screenshot tests/e2e/output/standalone-progress.png shows the progress bar).
 */
import ExcelJS from 'exceljs';
import { get } from 'http';
import { join } from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { openStandalonePage, OUTPUT, type StandalonePage } from './browser';
import { ROOT } from './dist';

// scripts/csp.js is plain CommonJS shared with webpack and scripts/serve.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy } = require('../../scripts/csp.js') as { contentSecurityPolicy(): string };

const EXAMPLE = join(ROOT, 'tests', 'fixtures', 'clean', 'periodrapport-kultur-2025.xlsx');
const PAGES = ['taskpane.html', 'commands.html', 'help.html'];
const LARGE_ROWS = 30_000;

interface Violation {
  directive: string;
  blocked: string;
}

let opened: StandalonePage;
let server: { url: string };
let context: BrowserContext;
let page: Page;
let work: string;
let requests: Array<{ method: string; url: string }>;
let pageErrors: string[];
let dialogs: string[];
/** Web Workers the page started (the engine's, from the first validation on). */
let workers: string[];

beforeAll(async () => {
  opened = await openStandalonePage('security', {
    // Collects the page's own CSP reports from the first script on (init scripts are not subject to the CSP).
    beforeOpen: (ctx) =>
      ctx.addInitScript(() => {
        const w = window as unknown as { __violations: Array<{ directive: string; blocked: string }> };
        w.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI }));
      }),
  });
  ({ context, page, work, requests, pageErrors, dialogs, workers } = opened);
  server = { url: opened.url };
}, 180_000);

afterAll(async () => {
  await opened?.close();
});

const violations = (p: Page = page) => p.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

function headerOf(url: string, name: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      res.resume();
      const value = res.headers[name.toLowerCase()];
      resolve(Array.isArray(value) ? value.join(', ') : value);
    }).on('error', reject);
  });
}

async function openFile(path: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(path);
}

describe('Content-Security-Policy', () => {
  it.each(PAGES)('%s carries the policy as its first <meta> and the server sends it as a header', async (name) => {
    const policy = contentSecurityPolicy();
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).toMatch(/base-uri 'none'/);
    expect(policy).toMatch(/connect-src 'self'/);
    expect(policy).toMatch(/worker-src 'self'/);
    // Read from the parsed page, so a minified production page counts the same as a development one.
    const other = await context.newPage();
    try {
      await other.goto(`${server.url}/${name}`, { waitUntil: 'domcontentloaded' });
      const meta = await other.evaluate(() => {
        const tag = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
        const firstScript = document.head.querySelector('script');
        return {
          content: tag?.getAttribute('content'),
          // Before any script, so it covers every one of them.
          beforeScripts: !!tag && (!firstScript || !!(tag.compareDocumentPosition(firstScript) & Node.DOCUMENT_POSITION_FOLLOWING)),
        };
      });
      expect(meta).toEqual({ content: policy, beforeScripts: true });
    } finally {
      await other.close();
    }
    expect(await headerOf(`${server.url}/${name}`, 'Content-Security-Policy')).toBe(policy);
  });

  it('blocks an inline <script> the page is given, and reports it', async () => {
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { __inlineRan?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.appendChild(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return w.__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(await violations()).toContainEqual({ directive: 'script-src-elem', blocked: 'inline' });
  });

  it('blocks eval and new Function in the page\'s own scripts', async () => {
    // page.evaluate runs outside the page's policy, so the probe is a script of the page's own
    // origin (served by the test, never fetched from anywhere) that tries eval itself.
    const probe = `${server.url}/csp-eval-probe.js`;
    await page.route(probe, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `
          const attempt = (f) => { try { f(); return 'ran'; } catch (e) { return e.name; } };
          window.__evalOutcome = [attempt(() => eval('1 + 1')), attempt(() => new Function('return 1')()), attempt(() => setTimeout('window.__timerRan = true', 0))];
        `,
      }),
    );
    try {
      const outcome = await page.evaluate(async (src) => {
        const script = document.createElement('script');
        script.src = src;
        const loaded = new Promise((resolve) => (script.onload = resolve));
        document.head.appendChild(script);
        await loaded;
        await new Promise((resolve) => setTimeout(resolve, 50));
        const w = window as unknown as { __evalOutcome: string[]; __timerRan?: boolean };
        return { attempts: w.__evalOutcome, timerRan: w.__timerRan === true };
      }, probe);
      expect(outcome.attempts.slice(0, 2)).toEqual(['EvalError', 'EvalError']);
      expect(outcome.timerRan).toBe(false);
      expect((await violations()).filter((v) => v.blocked === 'eval').length).toBeGreaterThanOrEqual(2);
    } finally {
      await page.unroute(probe);
    }
  });

  it('still loads office.js from our own origin when Office hosts the page, with no violation', async () => {
    const office = await context.newPage();
    const loaded: string[] = [];
    office.on('request', (r) => loaded.push(r.url()));
    try {
      const excelFile = office.waitForRequest((r) => r.url().endsWith('/office-js/excel-win32-16.01.js'));
      await office.goto(`${server.url}/taskpane.html?_host_Info=Excel$Win32$16.01$sv-SE$$$$0`);
      await office.waitForFunction(() => typeof (window as unknown as { Office?: unknown }).Office === 'object');
      await excelFile;
      await office.waitForLoadState('load');
      expect(loaded).toContain(`${server.url}/office-js/office.js`);
      expect(loaded.filter((u) => !u.startsWith(server.url))).toEqual([]);
      expect(await violations(office)).toEqual([]);
      // The pane bundle ran after office.js: it saw `Office` and waits for Office.onReady
      // instead of rendering the stand-alone page.
      expect(await office.evaluate(() => document.getElementById('root')!.childElementCount)).toBe(0);
    } finally {
      await office.close();
    }
  });
});

describe('the stand-alone page under the policy', () => {
  it('opens, validates, marks and downloads the example with no violation, workbook text shown as text', async () => {
    const before = (await violations()).length;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    // A label that is HTML and a script: shown as text, never run.
    const label = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    wb.getWorksheet('Resultatrapport')!.getCell('A2').value = label;
    const path = join(work, 'elak-periodrapport.xlsx');
    await wb.xlsx.writeFile(path);

    await openFile(path);
    await page.getByRole('button', { name: 'Validera arbetsboken' }).click();
    await page.getByRole('button', { name: /^Fel i Driftredovisning D8: / }).waitFor();
    await page.getByRole('tab', { name: /^Resultatrapport/ }).click();
    const a2 = page.locator('[data-testid="sheet-preview"] td[data-cell="A2"]');
    await a2.waitFor();
    expect(await a2.textContent()).toBe(label);
    expect(await page.locator('[data-testid="sheet-preview"] img, [data-testid="sheet-preview"] script').count()).toBe(0);

    await page.getByRole('button', { name: 'Markera i arbetsboken' }).click();
    await page.getByText(/markerade?\b/).first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner markerad kopia' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('elak-periodrapport (markerad).xlsx');

    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect((await violations()).slice(before)).toEqual([]);
  });
});

describe('a large workbook', () => {
  let large: string;

  beforeAll(async () => {
    // A driftredovisning of 30,000 områden with a live Relation (%) per row and SUM rows.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Driftredovisning');
    ws.addRow(['Driftredovisning per område']);
    ws.addRow([null, 'Budgetavvikelse ack 2025', 'Omsättning ack 2025', 'Relation (%)']);
    let [dev, turnover] = [0, 0];
    for (let i = 1; i <= LARGE_ROWS; i++) {
      const r = i + 2;
      const d = Math.round(((i * 37) % 41) - 20) / 10;
      const t = 10 + ((i * 53) % 997) / 10;
      [dev, turnover] = [dev + d, turnover + t];
      ws.addRow([`Område ${i}`, d, t, { formula: `B${r}/C${r}*100`, result: (d / t) * 100 }]);
    }
    const end = LARGE_ROWS + 2;
    ws.addRow(['Resultat', { formula: `SUM(B3:B${end})`, result: dev }, { formula: `SUM(C3:C${end})`, result: turnover }, { formula: `B${end + 1}/C${end + 1}*100`, result: (dev / turnover) * 100 }]);
    large = join(work, 'stor-driftredovisning.xlsx');
    await wb.xlsx.writeFile(large);
  }, 120_000);

  it('is validated in a Web Worker while the page keeps painting, with the progress bar shown', async () => {
    await openFile(large);
    await page.waitForFunction(() => document.querySelector('[data-testid="sheet-preview"] td[data-cell="A3"]')?.textContent === 'Område 1', undefined, { timeout: 120_000 });
    await page.getByRole('button', { name: 'Validera arbetsboken' }).waitFor();
    // Frames painted: a frozen UI thread paints none.
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number };
      w.__frames = 0;
      const tick = () => {
        w.__frames++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const frames = () => page.evaluate(() => (window as unknown as { __frames: number }).__frames);

    await page.getByRole('button', { name: 'Validera arbetsboken' }).click();
    const progress = page.getByRole('progressbar', { name: 'Kontrollerar …' });
    await progress.waitFor();
    const atStart = await frames();
    await page.screenshot({ path: join(OUTPUT, 'standalone-progress.png') });
    await page.waitForTimeout(500);
    const stillChecking = await page.getByText('Kontrollerar …').count();
    const later = await frames();
    await page.getByText(/^Klar:/).first().waitFor({ state: 'attached', timeout: 120_000 });

    expect(stillChecking).toBe(1);
    // Half a second of checking: many frames painted (60 a second when idle; a blocked thread paints none).
    expect(later - atStart).toBeGreaterThan(5);
    expect(workers.some((u) => u.startsWith(server.url))).toBe(true);
    expect(await progress.count()).toBe(0);
  }, 240_000);
});

describe('network', () => {
  it('requested nothing outside localhost and sent nothing anywhere', () => {
    const foreign = requests.filter((r) => {
      if (r.url.startsWith('blob:') || r.url.startsWith('data:')) return false;
      return new URL(r.url).hostname !== 'localhost';
    });
    expect(foreign).toEqual([]);
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
