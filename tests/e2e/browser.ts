/**
 * One stand-alone page in Debian's Chromium for an e2e file: dist/ served on a free localhost
 * port, a throwaway profile and work folder, page errors and every request recorded.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DIST, ensureDist, ROOT } from './dist';

// scripts/serve.js is plain CommonJS shared with `npm start`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic } = require('../../scripts/serve.js') as {
  serveStatic(options: { root: string; port?: number }): Promise<{ url: string; close(): Promise<void> }>;
};

export const CHROMIUM = process.env.PERIODKOLL_CHROMIUM || '/usr/bin/chromium';
export const OUTPUT = join(ROOT, 'tests', 'e2e', 'output');

export interface StandalonePage {
  url: string;
  context: BrowserContext;
  page: Page;
  /** A folder for downloads and generated files, removed on close. */
  work: string;
  pageErrors: string[];
  dialogs: string[];
  /** Every request of every page of the context (also pages opened later). */
  requests: Array<{ method: string; url: string }>;
  /** Web Workers the first page started. */
  workers: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Runs before the first page loads, e.g. context.addInitScript. */
  beforeOpen?: (context: BrowserContext) => Promise<unknown>;
  /** The browser to start; default CHROMIUM. */
  executablePath?: string;
}

/** Seconds Chromium gets to start; a browser that cannot start must fail the run, not hang it. */
const LAUNCH_TIMEOUT_MS = 60_000;

export async function openStandalonePage(name: string, options: OpenOptions = {}): Promise<StandalonePage> {
  ensureDist();
  mkdirSync(OUTPUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), `periodkoll-e2e-${name}-`));
  const profile = mkdtempSync(join(tmpdir(), `periodkoll-chromium-${name}-`));
  const server = await serveStatic({ root: DIST, port: 0 });
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: options.executablePath ?? CHROMIUM,
      headless: true,
      timeout: LAUNCH_TIMEOUT_MS,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      acceptDownloads: true,
      viewport: { width: 1400, height: 900 },
      locale: 'sv-SE',
    });
  } catch (e) {
    // Without this the server keeps jest alive after the failure and the run hangs.
    await server.close();
    for (const dir of [profile, work]) rmSync(dir, { recursive: true, force: true });
    throw new Error(`Chromium could not start (${options.executablePath ?? CHROMIUM}); the page server at ${server.url} is closed. ${(e as Error).message}`, { cause: e });
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const opened: StandalonePage = {
    url: server.url,
    context,
    page,
    work,
    pageErrors: [],
    dialogs: [],
    requests: [],
    workers: [],
    async close() {
      await context.close();
      await server.close();
      for (const dir of [profile, work]) rmSync(dir, { recursive: true, force: true });
    },
  };
  page.on('dialog', (dialog) => {
    opened.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => opened.pageErrors.push(String(error)));
  page.on('worker', (worker) => opened.workers.push(worker.url()));
  context.on('request', (request) => opened.requests.push({ method: request.method(), url: request.url() }));
  await options.beforeOpen?.(context);
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole('button', { name: 'Öppna exempel' }).waitFor();
  return opened;
}
