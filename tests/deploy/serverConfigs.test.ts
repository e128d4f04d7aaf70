/**
 * The example server configurations in deploy/ send what a static host of dist/ must send: the
 * production pages' own Content-Security-Policy (scripts/csp.js), nosniff, HSTS, no Referer, the
 * right types, revalidation, CORS on functions.json only, and nothing that would stop Excel on the
 * web from showing the pane in its frame.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { attr, checkWellFormed, childrenNamed, descendants, path, type XmlElement } from '../helpers/xmlWellFormed';

const DEPLOY = join(__dirname, '..', '..', 'deploy');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy, OFFICE_JS_CDN_URL } = require('../../scripts/csp.js') as {
  contentSecurityPolicy(options?: { officeJsUrl?: string }): string;
  OFFICE_JS_CDN_URL: string;
};

/** What a production build's pages carry in their <meta> (tests/standalone/buildConfig.test.ts). */
const PRODUCTION_POLICY = contentSecurityPolicy({ officeJsUrl: OFFICE_JS_CDN_URL });

const TYPES = {
  js: 'text/javascript',
  json: 'application/json',
  xml: 'application/xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

describe('deploy/nginx.conf', () => {
  const conf = readFileSync(join(DEPLOY, 'nginx.conf'), 'utf8');
  /** Directives without comments, one per statement. */
  const directives = conf.replace(/#.*$/gm, '');
  const headers = new Map([...directives.matchAll(/add_header\s+(\S+)\s+("([^"]*)"|\S+)\s+always;/g)].map((m) => [m[1]!, m[3] ?? m[2]!]));

  it('sends the production pages\' policy and the security headers, on every answer (always)', () => {
    expect(headers.get('Content-Security-Policy')).toBe(PRODUCTION_POLICY);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}/);
    expect(headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(headers.get('Cache-Control')).toBe('no-cache');
    expect(directives.match(/add_header/g)).toHaveLength(headers.size);
  });

  it('allows any origin for functions.json alone', () => {
    expect(headers.get('Access-Control-Allow-Origin')).toBe('$periodkoll_cors');
    const map = /map \$uri \$periodkoll_cors \{([^}]*)\}/.exec(directives)![1]!;
    expect(map).toMatch(/~\/functions\\\.json\$\s+"\*";/);
    expect(map).toMatch(/default\s+"";/);
  });

  it('serves the types dist/ holds, over HTTPS only, GET and HEAD only, without listings', () => {
    const types = /types \{([^}]*)\}/.exec(directives)![1]!;
    for (const [ext, type] of Object.entries(TYPES)) expect(types).toMatch(new RegExp(`${type.replace(/[.+]/g, '\\$&')}\\s+[\\w ]*\\b${ext}\\b`));
    expect(directives).toMatch(/listen 443 ssl/);
    expect(directives).toMatch(/listen 80;\s+server_name [^;]+;\s+return 301 https:\/\/\$host\$request_uri;/);
    expect(directives).toMatch(/limit_except GET \{ deny all; \}/);
    expect(directives).toMatch(/autoindex off;/);
  });

  it('never forbids framing: Excel on the web shows the pane in a frame', () => {
    expect(directives).not.toMatch(/X-Frame-Options|frame-ancestors/i);
  });
});

describe('deploy/web.config (IIS)', () => {
  const result = checkWellFormed(readFileSync(join(DEPLOY, 'web.config'), 'utf8'));
  if (!result.ok) throw new Error(`web.config: ${result.message} at ${result.line}:${result.column}`);
  const root = result.root;
  const site = path(root, 'system.webServer');
  const headersOf = (webServer: XmlElement) =>
    new Map(childrenNamed(path(webServer, 'httpProtocol', 'customHeaders'), 'add').map((h) => [attr(h, 'name')!, attr(h, 'value')!]));
  const headers = headersOf(site);

  it('sends the production pages\' policy and the security headers', () => {
    expect(headers.get('Content-Security-Policy')).toBe(PRODUCTION_POLICY);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}/);
    expect(headers.get('Referrer-Policy')).toBe('no-referrer');
    // DisableCache is IIS's Cache-Control: no-cache.
    expect(attr(path(site, 'staticContent', 'clientCache'), 'cacheControlMode')).toBe('DisableCache');
  });

  it('allows any origin for functions.json alone', () => {
    expect(headers.has('Access-Control-Allow-Origin')).toBe(false);
    const locations = childrenNamed(root, 'location');
    expect(locations.map((l) => attr(l, 'path'))).toEqual(['functions.json']);
    expect([...headersOf(path(locations[0]!, 'system.webServer'))]).toEqual([['Access-Control-Allow-Origin', '*']]);
  });

  it('maps the types dist/ holds, removing any inherited mapping first', () => {
    const content = path(site, 'staticContent');
    for (const [ext, type] of Object.entries(TYPES)) {
      const i = content.children.findIndex((c) => c.localName === 'mimeMap' && attr(c, 'fileExtension') === `.${ext}`);
      expect(attr(content.children[i]!, 'mimeType')!.split(';')[0]).toBe(type);
      expect([content.children[i - 1]!.localName, attr(content.children[i - 1]!, 'fileExtension')]).toEqual(['remove', `.${ext}`]);
    }
  });

  it('opens taskpane.html, lists no folder, answers GET and HEAD only', () => {
    expect(childrenNamed(path(site, 'defaultDocument', 'files'), 'add').map((a) => attr(a, 'value'))).toEqual(['taskpane.html']);
    expect(attr(path(site, 'directoryBrowse'), 'enabled')).toBe('false');
    const verbs = path(site, 'security', 'requestFiltering', 'verbs');
    expect(attr(verbs, 'allowUnlisted')).toBe('false');
    expect(childrenNamed(verbs, 'add').map((v) => attr(v, 'verb'))).toEqual(['GET', 'HEAD']);
  });

  it('never forbids framing: Excel on the web shows the pane in a frame', () => {
    const values = descendants(root).flatMap((el) => el.attributes.map((a) => a.value));
    expect(values.filter((v) => /X-Frame-Options|frame-ancestors/i.test(v))).toEqual([]);
  });
});
