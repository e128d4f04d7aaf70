/**
 * webpack.config.js without running webpack: the manifest copied to dist/ carries the public URL
 * from its one setting; a production build loads office.js from Microsoft's CDN and allows that
 * origin alone in the pages' Content-Security-Policy, a development build serves the office.js
 * files an Excel pane needs from our own origin.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');

interface CopyPattern {
  from: string;
  to: string;
  transform?: (content: Buffer) => string;
  filter?: (file: string) => boolean;
}

interface Plugin {
  constructor: { name: string };
  patterns?: CopyPattern[];
  definitions?: Record<string, string>;
  userOptions?: { filename: string; template: string; templateParameters?: Record<string, string> };
}

type Mode = 'production' | 'development';

function loadConfig(env: Record<string, string | undefined>, mode: Mode = 'production') {
  const saved = { ...process.env };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    let config: { plugins: Plugin[]; entry: Record<string, string> };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      config = require(join(ROOT, 'webpack.config.js'))({}, { mode });
    });
    const patterns = config!.plugins.find((p) => p.constructor.name === 'CopyPlugin')!.patterns!;
    const pages = config!.plugins.filter((p) => p.constructor.name === 'HtmlWebpackPlugin').map((p) => p.userOptions!);
    const defined = config!.plugins.find((p) => p.constructor.name === 'DefinePlugin')!.definitions!;
    return { config: config!, patterns, pages, defined };
  } finally {
    process.env = saved;
  }
}

/** A page as html-webpack-plugin renders it: the templates use only `<%= name %>`. */
function renderPage(page: { template: string; templateParameters?: Record<string, string> }): string {
  const template = readFileSync(join(ROOT, page.template), 'utf8');
  return template.replace(/<%=\s*(\w+)\s*%>/g, (_, name: string) => {
    const value = page.templateParameters?.[name];
    if (value === undefined) throw new Error(`${page.template}: no value for ${name}`);
    return value;
  });
}

/** The Content-Security-Policy in a rendered page's <meta>, as directive -> sources. */
function pagePolicy(html: string): Record<string, string> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1];
  return Object.fromEntries(content.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources.join(' ')]));
}

/** The scripts a page's own <script> tags load: taskpane.html names only its loader, which writes office.js. */
const scriptSources = (html: string) => [...html.matchAll(/<script src="([^"]*)"/g)].map((m) => m[1]);

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const manifestSource = () => readFileSync(join(ROOT, 'manifest.xml'));

describe('webpack.config.js', () => {
  it('builds the pane (also the shared runtime of the ribbon and the worksheet functions) and the office.js loader', () => {
    const { config } = loadConfig({});
    expect(Object.keys(config.entry).sort()).toEqual(['office-loader', 'taskpane']);
    expect(config.plugins.map((p) => p.constructor.name)).toContain('FunctionsMetadataPlugin');
  });

  it('keeps the dev URL in the manifest by default', () => {
    const { patterns } = loadConfig({ PERIODKOLL_PUBLIC_URL: undefined });
    const manifest = patterns.find((p) => p.from === 'manifest.xml')!.transform!(manifestSource());
    expect(manifest).toBe(manifestSource().toString());
  });

  it('puts every manifest URL on PERIODKOLL_PUBLIC_URL, the AppDomain on its origin', () => {
    const { patterns } = loadConfig({ PERIODKOLL_PUBLIC_URL: 'https://kontroll.region.se/periodkoll/' });
    const manifest = patterns.find((p) => p.from === 'manifest.xml')!.transform!(manifestSource());
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain('<SourceLocation DefaultValue="https://kontroll.region.se/periodkoll/taskpane.html"/>');
    expect(manifest).toContain('DefaultValue="https://kontroll.region.se/periodkoll/functions.json"');
    expect(manifest).toContain('DefaultValue="https://kontroll.region.se/periodkoll/taskpane.js"');
    expect(manifest).toContain('<AppDomain>https://kontroll.region.se</AppDomain>');
  });

  it('refuses a public URL that is not https', () => {
    expect(() => loadConfig({ PERIODKOLL_PUBLIC_URL: 'http://kontroll.region.se' })).toThrow(/https/);
  });

  it('copies office.js with the Excel files and strings it loads, nothing for other apps, no debug builds', () => {
    const { patterns } = loadConfig({ PERIODKOLL_OFFICE_JS_URL: undefined }, 'development');
    const officeJs = patterns.find((p) => p.to === 'office-js')!;
    const dist = officeJs.from;
    const take = (relative: string) => officeJs.filter!(join(dist, relative));
    for (const needed of ['office.js', 'excel-win32-16.01.js', 'excel-web-16.00.js', 'excel-mac-16.00.js', 'sv-se/office_strings.js', 'en-us/office_strings.js', 'telemetry/oteljs_agave.js', 'ariatelemetry/aria-web-telemetry.js']) {
      expect([needed, take(needed)]).toEqual([needed, true]);
    }
    for (const unneeded of ['office.debug.js', 'word-win32-16.01.js', 'outlook-web-16.01.js', 'sv-se/outlook_strings.js', 'sv-se/office_strings.debug.js', 'office.d.ts']) {
      expect([unneeded, take(unneeded)]).toEqual([unneeded, false]);
    }
  });
});

describe('where the pages load office.js from', () => {
  const noOverride = { PERIODKOLL_OFFICE_JS_URL: undefined };

  it('production: from Microsoft\'s CDN, through the pane\'s loader, with nothing copied', () => {
    const { pages, defined, patterns } = loadConfig(noOverride, 'production');
    expect(scriptSources(renderPage(pages.find((p) => p.filename === 'taskpane.html')!))).toEqual(['office-loader.js']);
    expect(defined.__OFFICE_JS_URL__).toBe(JSON.stringify(CDN));
    expect(patterns.some((p) => p.to === 'office-js')).toBe(false);
    expect(patterns.map((p) => p.from)).not.toContainEqual(expect.stringContaining('office-js'));
    // The page that loads office.js sends Microsoft no Referer naming our server.
    expect(renderPage(pages.find((p) => p.filename === 'taskpane.html')!)).toContain('<meta name="referrer" content="no-referrer">');
  });

  it('production: every page allows exactly the CDN\'s origin for scripts and nothing else changes', () => {
    const prod = loadConfig(noOverride, 'production').pages;
    const dev = loadConfig(noOverride, 'development').pages;
    expect(prod.map((p) => p.filename).sort()).toEqual(['help.html', 'taskpane.html']);
    for (const page of prod) {
      const policy = pagePolicy(renderPage(page));
      const devPolicy = pagePolicy(renderPage(dev.find((p) => p.filename === page.filename)!));
      expect([page.filename, policy['script-src']]).toEqual([page.filename, "'self' https://appsforoffice.microsoft.com"]);
      expect({ ...policy, 'script-src': devPolicy['script-src'] }).toEqual(devPolicy);
      expect(policy['connect-src']).toBe("'self'");
    }
  });

  it('development: the local copy under office-js/, no other origin in any page\'s policy', () => {
    const { pages, defined, patterns } = loadConfig(noOverride, 'development');
    expect(defined.__OFFICE_JS_URL__).toBe(JSON.stringify('office-js/office.js'));
    expect(patterns.filter((p) => p.to === 'office-js')).toHaveLength(1);
    for (const page of pages) {
      const html = renderPage(page);
      expect([page.filename, pagePolicy(html)['script-src']]).toEqual([page.filename, "'self'"]);
      expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    }
  });

  it('PERIODKOLL_OFFICE_JS_URL=office-js/office.js gives an offline production build: the local copy, no foreign origin', () => {
    const { pages, defined, patterns } = loadConfig({ PERIODKOLL_OFFICE_JS_URL: 'office-js/office.js' }, 'production');
    expect(defined.__OFFICE_JS_URL__).toBe(JSON.stringify('office-js/office.js'));
    expect(patterns.filter((p) => p.to === 'office-js')).toHaveLength(1);
    for (const page of pages) expect(pagePolicy(renderPage(page))['script-src']).toBe("'self'");
  });

  it('PERIODKOLL_OFFICE_JS_URL names another https server for both modes: its origin alone is allowed, nothing copied', () => {
    const url = 'https://kontroll.region.se/office/office.js';
    for (const mode of ['production', 'development'] as const) {
      const { pages, defined, patterns } = loadConfig({ PERIODKOLL_OFFICE_JS_URL: url }, mode);
      expect(defined.__OFFICE_JS_URL__).toBe(JSON.stringify(url));
      expect(patterns.some((p) => p.to === 'office-js' || p.to === 'office')).toBe(false);
      for (const page of pages) expect(pagePolicy(renderPage(page))['script-src']).toBe("'self' https://kontroll.region.se");
    }
  });

  it('copies a self-hosted office.js to the folder its path names', () => {
    const { patterns } = loadConfig({ PERIODKOLL_OFFICE_JS_URL: 'vendor/office/office.js' }, 'production');
    expect(patterns.filter((p) => p.to === 'vendor/office')).toHaveLength(1);
  });

  it.each(['http://appsforoffice.microsoft.com/lib/1/hosted/office.js', '/office-js/office.js', '../office-js/office.js', 'office-js/../../office.js', 'office-js/', 'office-js/other.js'])(
    'refuses PERIODKOLL_OFFICE_JS_URL=%s',
    (url) => {
      expect(() => loadConfig({ PERIODKOLL_OFFICE_JS_URL: url })).toThrow(/PERIODKOLL_OFFICE_JS_URL/);
    },
  );
});
