/**
 * scripts/serve.js sends each page's own Content-Security-Policy as a header: a development build
 * allows scripts from our origin only, a production build also Microsoft's office.js CDN, and a
 * header stricter than the page would block office.js inside Excel.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { request } from 'http';
import { tmpdir } from 'os';
import { join } from 'path';

// scripts/serve.js and scripts/csp.js are plain CommonJS shared with webpack and `npm start`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic, pagePolicy } = require('../../scripts/serve.js') as {
  serveStatic(options: { root: string; port?: number }): Promise<{ url: string; close(): Promise<void> }>;
  pagePolicy(html: string): string | undefined;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy, OFFICE_JS_CDN_URL } = require('../../scripts/csp.js') as {
  contentSecurityPolicy(options?: { officeJsUrl?: string }): string;
  OFFICE_JS_CDN_URL: string;
};

const PRODUCTION = contentSecurityPolicy({ officeJsUrl: OFFICE_JS_CDN_URL });
const DEVELOPMENT = contentSecurityPolicy({ officeJsUrl: 'office-js/office.js' });
const page = (policy: string) => `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}"><title>x</title></head><body></body></html>`;

let root: string;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'periodkoll-serve-'));
  writeFileSync(join(root, 'taskpane.html'), page(PRODUCTION));
  writeFileSync(join(root, 'help.html'), page(DEVELOPMENT));
  writeFileSync(join(root, 'bare.html'), '<!doctype html><p>utan policy</p>');
  writeFileSync(join(root, 'office-loader.js'), 'void 0;');
  writeFileSync(join(root, 'functions.json'), '{"functions":[]}');
  server = await serveStatic({ root, port: 0 });
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

function fetchRaw(path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/csp.js', () => {
  it('adds the office.js CDN origin to script-src only, and nothing for a local copy', () => {
    expect(PRODUCTION).toBe(DEVELOPMENT.replace("script-src 'self'", "script-src 'self' https://appsforoffice.microsoft.com"));
    expect(DEVELOPMENT).toBe(contentSecurityPolicy());
    expect(DEVELOPMENT).not.toMatch(/https?:/);
    expect(PRODUCTION).toMatch(/connect-src 'self'(;|$)/);
  });
});

describe('scripts/serve.js', () => {
  it('sends a production page its own policy, which allows the office.js CDN', async () => {
    const res = await fetchRaw('/taskpane.html');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(PRODUCTION);
    expect(res.body).toBe(page(PRODUCTION));
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(page(PRODUCTION)));
  });

  it('sends a development page its own policy, our origin only', async () => {
    expect((await fetchRaw('/help.html')).headers['content-security-policy']).toBe(DEVELOPMENT);
  });

  it('lets Excel on the web read the worksheet functions\' metadata from another origin, nothing else', async () => {
    const metadata = await fetchRaw('/functions.json');
    expect([metadata.status, metadata.headers['access-control-allow-origin']]).toEqual([200, '*']);
    for (const other of ['/taskpane.html', '/office-loader.js']) expect((await fetchRaw(other)).headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers HEAD for a page with the header and no body', async () => {
    const res = await fetchRaw('/taskpane.html', 'HEAD');
    expect(res.headers['content-security-policy']).toBe(PRODUCTION);
    expect(res.body).toBe('');
  });

  it('gives a page without a policy of its own the strictest one, and a script none', async () => {
    expect((await fetchRaw('/bare.html')).headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect((await fetchRaw('/office-loader.js')).headers['content-security-policy']).toBeUndefined();
  });

  it('reads the policy however the page\'s minifier quoted it', () => {
    expect(pagePolicy(`<meta http-equiv=Content-Security-Policy content="${PRODUCTION}">`)).toBe(PRODUCTION);
    expect(pagePolicy(`<meta content="${PRODUCTION.replace(/'/g, '&#39;')}" http-equiv="Content-Security-Policy">`)).toBe(PRODUCTION);
    expect(pagePolicy('<meta charset="utf-8"><title>x</title>')).toBeUndefined();
  });
});
