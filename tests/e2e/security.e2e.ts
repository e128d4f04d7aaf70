/**
 * Security and responsiveness of the stand-alone page, in Debian's Chromium: every page carries
 * the Content-Security-Policy (meta tag and header) and it really blocks inline script and eval;
 * inside Office, office.js loads under it from where the build put it (Microsoft's CDN in a
 * production build, answered here from the package's copy so the test stays offline; our own
 * origin in a development build); workbook text that looks like HTML renders as text; nothing is
 * requested outside localhost while a workbook is opened, validated, marked and downloaded; and a
 * large workbook is validated in a Web Worker while the page keeps painting (screenshot
 * tests/e2e/output/standalone-progress.png shows the progress bar).
 */
import ExcelJS from 'exceljs';
import { existsSync } from 'fs';
import { get } from 'http';
import { dirname, join, sep } from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { openStandalonePage, OUTPUT, type StandalonePage } from './browser';
import { DIST, ROOT } from './dist';

// scripts/csp.js is plain CommonJS shared with webpack and scripts/serve.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy, OFFICE_JS_CDN_URL } = require('../../scripts/csp.js') as {
  contentSecurityPolicy(options?: { officeJsUrl?: string }): string;
  OFFICE_JS_CDN_URL: string;
};
const OFFICE_JS_DIR = join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

const EXAMPLE = join(ROOT, 'tests', 'fixtures', 'clean', 'periodrapport-kultur-2025.xlsx');
const PAGES = ['taskpane.html', 'help.html'];
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
/** Where the built pages load office.js from: the CDN (production build) or office-js/office.js (development). */
let officeJsUrl: string;
/** Every request to Microsoft's office.js CDN, with the page that made it (answered by the test, never sent). */
const cdnRequests: Array<{ method: string; url: string; from: string }> = [];

/**
 * Answers requests to Microsoft's office.js CDN with the package's copy of the same files, so the
 * test never leaves the machine while the browser still applies each page's policy to the CDN's
 * origin. Anything the package does not have is a 404.
 */
async function answerCdnLocally(ctx: BrowserContext): Promise<void> {
  const base = new URL('.', OFFICE_JS_CDN_URL);
  await ctx.route(`${base.origin}/**`, (route) => {
    const request = route.request();
    cdnRequests.push({ method: request.method(), url: request.url(), from: request.frame().url() });
    const url = new URL(request.url());
    const file = url.pathname.startsWith(base.pathname) ? join(OFFICE_JS_DIR, decodeURIComponent(url.pathname.slice(base.pathname.length))) : '';
    return request.method() === 'GET' && file.startsWith(OFFICE_JS_DIR + sep) && existsSync(file)
      ? route.fulfill({ path: file, contentType: 'text/javascript; charset=utf-8' })
      : route.fulfill({ status: 404, body: '' });
  });
}

/** The page as only Office opens it: the pane (also the shared runtime of the ribbon and the functions) with a host marker. */
const isOfficeOpenedPage = (url: string) => /[?&]_host_Info=/.test(url);

beforeAll(async () => {
  opened = await openStandalonePage('security', {
    // Collects the page's own CSP reports from the first script on (init scripts are not subject to the CSP).
    beforeOpen: async (ctx) => {
      await answerCdnLocally(ctx);
      await ctx.addInitScript(() => {
        const w = window as unknown as { __violations: Array<{ directive: string; blocked: string }> };
        w.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI }));
      });
    },
  });
  ({ context, page, work, requests, pageErrors, dialogs, workers } = opened);
  server = { url: opened.url };
  // The pane's loader carries the office.js URL this build uses (set by webpack's DefinePlugin).
  const loader = await (await fetch(`${server.url}/office-loader.js`)).text();
  officeJsUrl = [OFFICE_JS_CDN_URL, 'office-js/office.js'].find((url) => loader.includes(url)) ?? 'not found in office-loader.js';
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
  it('loads office.js from Microsoft\'s CDN in a production build, from our own origin in a development build', () => {
    expect([OFFICE_JS_CDN_URL, 'office-js/office.js']).toContain(officeJsUrl);
    expect(officeJsUrl === 'office-js/office.js').toBe(existsSync(join(DIST, 'office-js', 'office.js')));
  });

  it.each(PAGES)('%s carries the policy as its first <meta> and the server sends it as a header', async (name) => {
    const policy = contentSecurityPolicy({ officeJsUrl });
    // The CDN's origin joins script-src in a production build; nothing else differs.
    const scripts = officeJsUrl === OFFICE_JS_CDN_URL ? "'self' https://appsforoffice.microsoft.com" : "'self'";
    expect(policy).toContain(`; script-src ${scripts};`);
    expect(policy).toBe(contentSecurityPolicy().replace("script-src 'self'", `script-src ${scripts}`));
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

  it('loads office.js from where the build says when Office hosts the page, with no violation', async () => {
    const office = await context.newPage();
    const loaded: Array<{ method: string; url: string }> = [];
    office.on('request', (r) => loaded.push({ method: r.method(), url: r.url() }));
    const officeJs = new URL(officeJsUrl, `${server.url}/taskpane.html`).href;
    const officeJsBase = new URL('.', officeJs).href;
    try {
      const excelFile = office.waitForRequest((r) => r.url() === `${officeJsBase}excel-win32-16.01.js`);
      await office.goto(`${server.url}/taskpane.html?_host_Info=Excel$Win32$16.01$sv-SE$$$$0`);
      await office.waitForFunction(() => typeof (window as unknown as { Office?: unknown }).Office === 'object');
      await excelFile;
      await office.waitForLoadState('load');
      expect(loaded.map((r) => r.url)).toContain(officeJs);
      // Outside our origin only office.js and the files it loads from beside itself, only fetched.
      expect(loaded.filter((r) => !r.url.startsWith(server.url) && (!r.url.startsWith(officeJsBase) || r.method !== 'GET'))).toEqual([]);
      expect(await violations(office)).toEqual([]);
      // The pane bundle ran after office.js: it saw `Office` and waits for Office.onReady
      // instead of rendering the stand-alone page.
      expect(await office.evaluate(() => document.getElementById('root')!.childElementCount)).toBe(0);
      // In Excel the file reader and writer (ExcelJS) are never downloaded: only the stand-alone page fetches them.
      expect(loaded.filter((r) => r.url.startsWith(server.url) && /exceljs/.test(r.url))).toEqual([]);
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
    await page.getByText(/markerade?\./).first().waitFor();
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
    // The one exception, in a production build: the pages only Office opens fetched office.js and
    // its files from Microsoft's CDN (answered by the test). The stand-alone page never did.
    const officeJsBase = new URL('.', OFFICE_JS_CDN_URL).href;
    expect(foreign.filter((r) => !(officeJsUrl === OFFICE_JS_CDN_URL && r.method === 'GET' && r.url.startsWith(officeJsBase)))).toEqual([]);
    expect(cdnRequests.filter((r) => !isOfficeOpenedPage(r.from))).toEqual([]);
    if (officeJsUrl !== OFFICE_JS_CDN_URL) expect(cdnRequests).toEqual([]);
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
