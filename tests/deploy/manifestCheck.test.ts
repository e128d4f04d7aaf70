/**
 * The build's offline check of dist/manifest.xml (scripts/manifestCheck.js): what it catches, said
 * in Swedish, and that a webpack build carrying a broken manifest fails on it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import webpack from 'webpack';

const ROOT = join(__dirname, '..', '..');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkBuiltManifest, ManifestCheckPlugin } = require('../../scripts/manifestCheck.js') as {
  checkBuiltManifest(xml: string, options: { publicUrl: string; files: string[] }): string[];
  ManifestCheckPlugin: new (options: { publicUrl: string }) => webpack.WebpackPluginInstance;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestForPublicUrl } = require('../../scripts/publicUrl.js') as {
  manifestForPublicUrl(content: string, publicUrl: string): string;
};

const PUBLIC_URL = 'https://addin.kommun.se/periodkoll';
const FILES = ['taskpane.html', 'taskpane.js', 'functions.json', 'help.html', ...[16, 32, 64, 80].map((s) => `assets/icon-${s}.png`)];
const manifest = manifestForPublicUrl(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), PUBLIC_URL);
const check = (xml: string, files = FILES) => checkBuiltManifest(xml, { publicUrl: PUBLIC_URL, files });

describe('checkBuiltManifest', () => {
  it('finds a URL left on another server, naming the element and line', () => {
    const xml = manifest.replace(`"${PUBLIC_URL}/help.html"/>\n  <AppDomains>`, '"https://localhost:3000/help.html"/>\n  <AppDomains>');
    expect(xml).not.toBe(manifest);
    const problems = check(xml);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^<SupportUrl> \(rad \d+\) pekar på https:\/\/localhost:3000\/help\.html, som inte ligger under https:\/\/addin\.kommun\.se\/periodkoll\.$/);
  });

  it('finds an http URL and a URL on a sibling path of the same host', () => {
    const xml = manifest
      .replace(`${PUBLIC_URL}/assets/icon-16.png`, 'http://addin.kommun.se/periodkoll/assets/icon-16.png')
      .replace(`${PUBLIC_URL}/taskpane.js`, 'https://addin.kommun.se/periodkoll-test/taskpane.js');
    expect(check(xml)).toEqual([
      expect.stringContaining('<Image> (rad'),
      expect.stringContaining('pekar på https://addin.kommun.se/periodkoll-test/taskpane.js'),
    ]);
  });

  it('finds an AppDomain that is not the origin of the address', () => {
    const xml = manifest.replace('<AppDomain>https://addin.kommun.se</AppDomain>', `<AppDomain>${PUBLIC_URL}</AppDomain>`);
    expect(check(xml)).toEqual([expect.stringContaining(`är ${PUBLIC_URL}, men tilläggets ursprung är https://addin.kommun.se.`)]);
    const without = manifest.replace(/<AppDomains>[\s\S]*<\/AppDomains>/, '');
    expect(check(without)).toEqual(['manifest.xml saknar <AppDomain>https://addin.kommun.se</AppDomain>.']);
  });

  it('finds an icon or page the build did not emit', () => {
    const problems = check(manifest, FILES.filter((f) => f !== 'assets/icon-80.png' && f !== 'functions.json'));
    expect(problems).toEqual([
      expect.stringContaining('pekar på assets/icon-80.png, som inte finns i bygget.'),
      expect.stringContaining('pekar på functions.json, som inte finns i bygget.'),
    ]);
  });

  it('refuses XML that is not well-formed, or not an add-in manifest', () => {
    expect(check(manifest.replace('</AppDomains>', '</AppDomain>'))).toEqual([expect.stringMatching(/^manifest\.xml är inte välformad XML: /)]);
    expect(check('<?xml version="1.0"?><OfficeApp/>')).toEqual(['manifest.xml är inget Office-tilläggsmanifest (OfficeApp).']);
  });
});

describe('ManifestCheckPlugin in a webpack build', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'periodkoll-manifest-check-'));
    writeFileSync(join(dir, 'entry.js'), 'void 0;\n');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A tiny build that emits `manifest` as manifest.xml beside taskpane.js (its only chunk). */
  function build(manifestXml: string, mode: 'production' | 'development', publicUrl = PUBLIC_URL): Promise<webpack.Stats> {
    const emitManifest = {
      apply(compiler: webpack.Compiler) {
        compiler.hooks.thisCompilation.tap('EmitManifest', (compilation) => {
          compilation.hooks.processAssets.tap({ name: 'EmitManifest', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
            compilation.emitAsset('manifest.xml', new webpack.sources.RawSource(manifestXml));
          });
        });
      },
    };
    const compiler = webpack({
      mode,
      context: dir,
      entry: { taskpane: './entry.js' },
      output: { path: join(dir, 'out') },
      plugins: [emitManifest, new ManifestCheckPlugin({ publicUrl })],
      optimization: { minimize: false },
    });
    return new Promise((resolve, reject) => compiler.run((err, stats) => compiler.close(() => (err ? reject(err) : resolve(stats!)))));
  }

  it('fails the build on each problem, in Swedish', async () => {
    const stats = await build(manifest, 'development');
    expect(stats.hasErrors()).toBe(true);
    const messages = stats.compilation.errors.map((e) => e.message);
    // Only taskpane.js and manifest.xml were emitted: every other file the manifest names is missing.
    expect(messages).toContainEqual(expect.stringContaining('pekar på assets/icon-16.png, som inte finns i bygget.'));
    expect(messages).not.toContainEqual(expect.stringContaining('taskpane.js,'));
  });

  it('passes a manifest whose files were built, and warns when a production build still points at localhost', async () => {
    const onlyScript = `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"><AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains>
<DefaultSettings><SourceLocation DefaultValue="https://localhost:3000/taskpane.js"/></DefaultSettings></OfficeApp>`;
    const dev = await build(onlyScript, 'development', 'https://localhost:3000');
    expect([dev.hasErrors(), dev.hasWarnings()]).toEqual([false, false]);
    const prod = await build(onlyScript, 'production', 'https://localhost:3000');
    expect(prod.hasErrors()).toBe(false);
    expect(prod.compilation.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('Sätt PERIODKOLL_PUBLIC_URL till serverns adress inför driftsättning'),
    ]);
  });
});
