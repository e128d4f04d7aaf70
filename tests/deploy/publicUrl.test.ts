/**
 * The organisation's address in the built manifest (scripts/publicUrl.js): only a plain https
 * address is taken, with a Swedish reason otherwise; every URL of manifest.xml moves onto it while
 * the manifest keeps every element and attribute tests/manifest.test.ts checks, and the build's own
 * offline check (scripts/manifestCheck.js) passes it against the files a build emits.
 */
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkWellFormed, descendants, XMLNS_NS, type XmlElement } from '../helpers/xmlWellFormed';

const ROOT = join(__dirname, '..', '..');

// scripts/*.js are plain CommonJS shared with webpack and `npm start`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_URL, parsePublicUrl, manifestForPublicUrl } = require('../../scripts/publicUrl.js') as {
  DEV_URL: string;
  parsePublicUrl(raw: string | undefined): string;
  manifestForPublicUrl(content: Buffer | string, publicUrl: string): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkBuiltManifest } = require('../../scripts/manifestCheck.js') as {
  checkBuiltManifest(xml: string, options: { publicUrl: string; files: string[] }): string[];
};

const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
/** What a production build emits besides chunks: the files the manifest may name. */
const BUILT_FILES = [
  'taskpane.html', 'taskpane.js', 'office-loader.js', 'exceljs.js', 'functions.json', 'help.html', 'manifest.xml',
  'examples/periodrapport-kultur-2025.xlsx', ...[16, 32, 64, 80, 128].map((size) => `assets/icon-${size}.png`),
];

const parse = (xml: string): XmlElement => {
  const result = checkWellFormed(xml);
  if (!result.ok) throw new Error(`${result.message} at ${result.line}:${result.column}`);
  return result.root;
};

/** Every absolute URL in attributes and text, with the element holding it, in document order. */
function urlsOf(root: XmlElement): { element: string; url: string }[] {
  const found: { element: string; url: string }[] = [];
  for (const el of [root, ...descendants(root)]) {
    for (const a of el.attributes) if (a.namespace !== XMLNS_NS && /^[a-z]+:\/\//i.test(a.value)) found.push({ element: el.localName, url: a.value });
    if (/^[a-z]+:\/\//i.test(el.text.trim())) found.push({ element: el.localName, url: el.text.trim() });
  }
  return found;
}

/** The tree without its URLs: element names, attribute names, non-URL values and text. */
function shape(el: XmlElement): unknown {
  const plain = (value: string) => (/^[a-z]+:\/\//i.test(value) ? '<url>' : value);
  return {
    name: el.name,
    attributes: el.attributes.map((a) => [a.name, a.namespace === XMLNS_NS ? a.value : plain(a.value)]),
    text: plain(el.text.trim()),
    children: el.children.map(shape),
  };
}

describe('PERIODKOLL_PUBLIC_URL', () => {
  it.each([
    [undefined, DEV_URL],
    ['', DEV_URL],
    ['https://addin.kommun.se/periodkoll', 'https://addin.kommun.se/periodkoll'],
    ['  https://Addin.Kommun.se/periodkoll/  ', 'https://addin.kommun.se/periodkoll'],
    ['https://kontroll.region.se:8443', 'https://kontroll.region.se:8443'],
    ['https://intranat.kommun.se/ekonomi/periodkoll-2.1', 'https://intranat.kommun.se/ekonomi/periodkoll-2.1'],
  ])('takes %j as %s', (raw, expected) => {
    expect(parsePublicUrl(raw)).toBe(expected);
  });

  it.each([
    ['http://addin.kommun.se/periodkoll', 'måste börja med https://'],
    ['ftp://addin.kommun.se', 'måste börja med https://'],
    ['addin.kommun.se/periodkoll', 'ingen fullständig adress'],
    ['https:/addin.kommun.se', 'ingen fullständig adress'],
    ['https://', 'ingen fullständig adress'],
    ['https://admin:hemligt@addin.kommun.se', 'användarnamn eller lösenord'],
    ['https://addin.kommun.se/periodkoll?v=2', 'frågedel'],
    ['https://addin.kommun.se/#periodkoll', 'fragment'],
    ['https://addin.kommun.se/period koll', 'sökvägen'],
    ['https://addin.kommun.se/a/../periodkoll', 'sökvägen'],
    ['https://addin.kommun.se/p"onload="x', 'sökvägen'],
    ['https://addin.kommun.se/år', 'sökvägen'],
  ])('refuses %j in Swedish (%s)', (raw, reason) => {
    expect(() => parsePublicUrl(raw)).toThrow(reason);
    expect(() => parsePublicUrl(raw)).toThrow(`PERIODKOLL_PUBLIC_URL="${raw}" går inte att använda`);
  });

  it('is checked before the build starts: node scripts/publicUrl.js says why and exits 1', () => {
    const run = (url: string) =>
      spawnSync(process.execPath, [join(ROOT, 'scripts', 'publicUrl.js')], { env: { ...process.env, PERIODKOLL_PUBLIC_URL: url }, encoding: 'utf8' });
    const refused = run('http://addin.kommun.se/periodkoll');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('adressen måste börja med https://');
    const taken = run('https://addin.kommun.se/periodkoll/');
    expect([taken.status, taken.stdout.trim()]).toEqual([0, 'Manifestet byggs för https://addin.kommun.se/periodkoll.']);
  });
});

describe('manifest.xml for the organisation\'s address', () => {
  const publicUrl = 'https://addin.kommun.se/periodkoll';
  const built = manifestForPublicUrl(Buffer.from(source), publicUrl);

  it('moves every URL: SourceLocation, icons, SupportUrl, runtime, functions script, page and metadata', () => {
    const before = urlsOf(parse(source));
    const after = urlsOf(parse(built));
    expect(after).toHaveLength(before.length);
    expect(built).not.toContain('localhost');
    after.forEach(({ element, url }, i) => {
      const old = before[i]!;
      expect(element).toBe(old.element);
      if (element === 'AppDomain') expect(url).toBe('https://addin.kommun.se');
      else expect(url).toBe(`${publicUrl}${old.url.slice(DEV_URL.length)}`);
    });
    const elements = new Set(after.map((u) => u.element));
    for (const name of ['SourceLocation', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomain', 'Image', 'Url']) expect(elements).toContain(name);
    expect(built).toContain(`<bt:Url id="Functions.Script.Url" DefaultValue="${publicUrl}/taskpane.js"/>`);
    expect(built).toContain(`<bt:Url id="Functions.Metadata.Url" DefaultValue="${publicUrl}/functions.json"/>`);
  });

  it('keeps everything else as it was: same elements in the same order, same attributes and texts', () => {
    expect(shape(parse(built))).toEqual(shape(parse(source)));
  });

  it('passes the build\'s own check against the files a build emits', () => {
    expect(checkBuiltManifest(built, { publicUrl, files: BUILT_FILES })).toEqual([]);
    expect(checkBuiltManifest(source, { publicUrl: DEV_URL, files: BUILT_FILES })).toEqual([]);
  });

  it('takes a site at the root of its host too', () => {
    const atRoot = manifestForPublicUrl(source, 'https://periodkoll.kommun.se');
    expect(atRoot).toContain('<SourceLocation DefaultValue="https://periodkoll.kommun.se/taskpane.html"/>');
    expect(atRoot).toContain('<AppDomain>https://periodkoll.kommun.se</AppDomain>');
    expect(checkBuiltManifest(atRoot, { publicUrl: 'https://periodkoll.kommun.se', files: BUILT_FILES })).toEqual([]);
  });
});
