/**
 * webpack.config.js without running webpack: the manifest copied to dist/ carries the public URL
 * from its one setting, and only the office.js files an Excel pane needs are copied.
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

function loadConfig(env: Record<string, string | undefined>) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    let config: { plugins: Array<{ constructor: { name: string }; patterns?: CopyPattern[] }>; entry: Record<string, string> };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      config = require(join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
    });
    const patterns = config!.plugins.find((p) => p.constructor.name === 'CopyPlugin')!.patterns!;
    return { config: config!, patterns };
  } finally {
    process.env = saved;
  }
}

const manifestSource = () => readFileSync(join(ROOT, 'manifest.xml'));

describe('webpack.config.js', () => {
  it('builds the pane, the office.js loader and the FunctionFile', () => {
    const { config } = loadConfig({});
    expect(Object.keys(config.entry).sort()).toEqual(['commands', 'office-loader', 'taskpane']);
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
    expect(manifest).toContain('DefaultValue="https://kontroll.region.se/periodkoll/commands.html"');
    expect(manifest).toContain('<AppDomain>https://kontroll.region.se</AppDomain>');
  });

  it('refuses a public URL that is not https', () => {
    expect(() => loadConfig({ PERIODKOLL_PUBLIC_URL: 'http://kontroll.region.se' })).toThrow(/https/);
  });

  it('copies office.js with the Excel files and strings it loads, nothing for other apps, no debug builds', () => {
    const { patterns } = loadConfig({});
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

  it('copies nothing of office.js when it comes from a CDN', () => {
    const { patterns } = loadConfig({ PERIODKOLL_OFFICE_JS_URL: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' });
    expect(patterns.some((p) => p.to === 'office-js')).toBe(false);
  });
});
