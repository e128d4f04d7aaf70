/**
 * The add-in-only (XML) manifest: well-formed, in the schema's element order, Excel only, one URL
 * base, every icon present in assets/ at the size the manifest claims, and a Home-tab button that
 * opens the task pane. No network: the icons are checked on disk.
 */
import { existsSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import {
  attr,
  attrNS,
  checkWellFormed,
  child,
  childrenNamed,
  descendants,
  parseXml,
  path,
  XMLNS_NS,
  type XmlElement,
} from './helpers/xmlWellFormed';

const ROOT = join(__dirname, '..');
const MANIFEST_PATH = join(ROOT, 'manifest.xml');
/** The one URL base; the build replaces it in one place. */
const BASE = 'https://localhost:3000';

const NS = {
  officeApp: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  overrides: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
};

/** Child order of <OfficeApp xsi:type="TaskPaneApp"> (OfficeApp 1.1 schema); Office refuses other orders. */
const TASKPANE_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
  'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements',
  'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides',
];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const source = readFileSync(MANIFEST_PATH, 'utf8');
const root = parseXml(source);

const xsiType = (el: XmlElement): string | undefined => attrNS(el, NS.xsi, 'type');
const defaultValue = (el: XmlElement): string => {
  const v = attr(el, 'DefaultValue');
  if (v === undefined) throw new Error(`<${el.name}> (line ${el.line}) has no DefaultValue`);
  return v;
};

/** Width and height from a PNG's IHDR, after checking the signature and chunk layout. */
function pngSize(file: string): { width: number; height: number; bitDepth: number; colorType: number } {
  const buf = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (buf.readUInt32BE(8) !== 13 || buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file}: first chunk is not IHDR`);
  if (buf.toString('ascii', buf.length - 8, buf.length - 4) !== 'IEND') throw new Error(`${file}: does not end with IEND`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), bitDepth: buf[24]!, colorType: buf[25]! };
}

/** The file in the repository that a manifest URL serves. */
function localFileFor(url: string): string {
  expect(url.startsWith(`${BASE}/`)).toBe(true);
  return join(ROOT, ...url.slice(BASE.length + 1).split('/'));
}

function expectIcon(url: string, size: number): void {
  expect(url).toMatch(/^https:\/\/localhost:3000\/assets\/[^/]+\.png$/);
  const file = localFileFor(url);
  expect(existsSync(file)).toBe(true);
  const png = pngSize(file);
  expect({ url, width: png.width, height: png.height }).toEqual({ url, width: size, height: size });
  expect(png.bitDepth).toBe(8);
  expect(statSync(file).size).toBeLessThan(100 * 1024); // the manifest schema's limit for images
}

// ---------------------------------------------------------------- resources

const overrides = child(root, 'VersionOverrides');
const resources = child(overrides, 'Resources');

function resourceMap(collection: string, itemName: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of childrenNamed(child(resources, collection), itemName)) {
    const id = attr(item, 'id')!;
    expect(map.has(id)).toBe(false);
    map.set(id, defaultValue(item));
  }
  return map;
}

const images = resourceMap('Images', 'Image');
const urls = resourceMap('Urls', 'Url');
const shortStrings = resourceMap('ShortStrings', 'String');
const longStrings = resourceMap('LongStrings', 'String');

/** Which resource collection a `resid` on an element of this local name points into. */
const RESID_KIND: Record<string, Map<string, string>> = {
  Image: images,
  SourceLocation: urls,
  FunctionFile: urls,
  Runtime: urls,
  Namespace: shortStrings,
  LearnMoreUrl: urls,
  Label: shortStrings,
  Title: shortStrings,
  Description: longStrings,
};

function resolve(el: XmlElement): string {
  const resid = attr(el, 'resid');
  if (resid === undefined) throw new Error(`<${el.name}> (line ${el.line}) has no resid`);
  const map = RESID_KIND[el.localName];
  if (!map) throw new Error(`no resource kind known for <${el.name}>`);
  const value = map.get(resid);
  if (value === undefined) throw new Error(`<${el.name} resid="${resid}"> (line ${el.line}) is not defined in the right resource collection`);
  return value;
}

// ---------------------------------------------------------------- the checker itself

describe('xmlWellFormed helper', () => {
  it.each([
    ['<a><b></a>', 'does not match'],
    ['<a><b>', 'is not closed'],
    ['<a></a><b/>', 'second root'],
    ['<a x=1/>', 'not quoted'],
    ['<a x="1" x="2"/>', 'duplicate attribute'],
    ['<a x="1"y="2"/>', 'whitespace'],
    ['<a x="<"/>', '"<" in the value'],
    ['<a>&nbsp;</a>', 'unknown entity'],
    ['<a>R&D</a>', 'reference'],
    ['<a><!-- x -- y --></a>', '"--" inside a comment'],
    ['<p:a/>', 'not declared'],
    ['text<a/>', 'text before the root'],
    ['<a/>text', 'text after the root'],
    [' <?xml version="1.0"?><a/>', 'only allowed at the very start'],
    ['<!DOCTYPE a><a/>', 'DOCTYPE'],
    ['', 'no root element'],
    ['</a>', 'without a start tag'],
  ])('rejects %j', (xml, reason) => {
    const result = checkWellFormed(xml);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(reason);
  });

  it('accepts declarations, comments, CDATA, references, single quotes and namespaces', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><r xmlns="urn:d" xmlns:p="urn:p" p:k=\'v &amp; w\'>' +
      '<p:x a="&#229;&#xE4;&lt;"><![CDATA[<raw> & ]]></p:x><y/></r>\n';
    const result = checkWellFormed(xml);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const r = result.root;
    expect(r.namespace).toBe('urn:d');
    expect(attrNS(r, 'urn:p', 'k')).toBe('v & w');
    const x = r.children[0]!;
    expect([x.localName, x.namespace, attr(x, 'a'), x.text]).toEqual(['x', 'urn:p', 'åä<', '<raw> & ']);
  });

  it('reports line and column', () => {
    const result = checkWellFormed('<a>\n  <b>\n</a>');
    expect(result).toMatchObject({ ok: false, line: 3, column: 1 });
  });
});

// ---------------------------------------------------------------- the manifest

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    const result = checkWellFormed(source);
    if (!result.ok) throw new Error(`manifest.xml: ${result.message} at ${result.line}:${result.column}`);
    expect(source.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
  });

  it('is a task pane add-in (OfficeApp 1.1) with a fixed GUID, version and Swedish metadata', () => {
    expect(root.localName).toBe('OfficeApp');
    expect(root.namespace).toBe(NS.officeApp);
    expect(xsiType(root)).toBe('TaskPaneApp');
    expect(child(root, 'Id').text.trim()).toMatch(GUID);
    expect(child(root, 'Version').text.trim()).toBe('1.0.0.0');
    expect(child(root, 'ProviderName').text.trim()).toBe('Periodkoll');
    expect(child(root, 'DefaultLocale').text.trim()).toBe('sv-SE');
    expect(defaultValue(child(root, 'DisplayName'))).toBe('Periodkoll');
    const description = defaultValue(child(root, 'Description'));
    expect(description.length).toBeLessThanOrEqual(250);
    for (const word of ['summor', 'avvikelser', 'felvärden', 'målvärden', 'intern kontroll']) expect(description).toContain(word);
  });

  it('keeps the children of OfficeApp in schema order', () => {
    const names = root.children.map((c) => c.localName);
    for (const n of names) expect(TASKPANE_ORDER).toContain(n);
    const positions = names.map((n) => TASKPANE_ORDER.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
  });

  it('targets Excel only, needs ExcelApi 1.7 and the shared runtime, and may read and write the workbook', () => {
    const hosts = childrenNamed(child(root, 'Hosts'), 'Host');
    expect(hosts.map((h) => attr(h, 'Name'))).toEqual(['Workbook']);
    const sets = childrenNamed(path(root, 'Requirements', 'Sets'), 'Set');
    expect(sets.map((s) => [attr(s, 'Name'), attr(s, 'MinVersion')])).toEqual([['ExcelApi', '1.7'], ['SharedRuntime', '1.1']]);
    expect(child(root, 'Permissions').text.trim()).toBe('ReadWriteDocument');
    const overrideHosts = childrenNamed(child(overrides, 'Hosts'), 'Host');
    expect(overrideHosts.map(xsiType)).toEqual(['Workbook']);
  });

  it('uses exactly one URL base, https://localhost:3000, everywhere', () => {
    const found: string[] = [];
    const collect = (el: XmlElement): void => {
      for (const a of el.attributes) {
        if (a.namespace === XMLNS_NS) continue; // namespace names are not fetched
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(a.value)) found.push(a.value);
      }
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(el.text.trim())) found.push(el.text.trim());
    };
    collect(root);
    descendants(root).forEach(collect);
    expect(found.length).toBeGreaterThan(10);
    for (const url of found) expect(url === BASE || url.startsWith(`${BASE}/`)).toBe(true);
    // Also in comments and anywhere else in the text: no other https origin, no other localhost port.
    expect(source.match(/https:\/\//g)!.length).toBe(source.match(/https:\/\/localhost:3000(?=[/<"\s])/g)!.length);
    expect(source.match(/localhost(?!:3000)/g)).toBeNull();
    expect(child(child(root, 'AppDomains'), 'AppDomain').text.trim()).toBe(BASE);
  });

  it('opens taskpane.html by default, with support and help pages on the same base', () => {
    expect(defaultValue(path(root, 'DefaultSettings', 'SourceLocation'))).toBe(`${BASE}/taskpane.html`);
    expect(defaultValue(child(root, 'SupportUrl'))).toBe(`${BASE}/help.html`);
  });

  it('points every icon at a PNG in assets/ of the size it claims', () => {
    expectIcon(defaultValue(child(root, 'IconUrl')), 32);
    expectIcon(defaultValue(child(root, 'HighResolutionIconUrl')), 64);
    const iconImages = descendants(overrides, (e) => e.localName === 'Image' && e.parent?.localName === 'Icon');
    expect(iconImages.length).toBeGreaterThanOrEqual(3);
    for (const image of iconImages) {
      expect(image.namespace).toBe(NS.bt);
      expectIcon(resolve(image), Number(attr(image, 'size')));
    }
    // Every image resource, used or not, exists as well.
    for (const url of images.values()) expect(existsSync(localFileFor(url))).toBe(true);
  });

  it('resolves every resid to a resource of the right kind, within the schema lengths', () => {
    const refs = descendants(overrides, (e) => attr(e, 'resid') !== undefined);
    expect(refs.length).toBeGreaterThan(0);
    const used = new Set<string>();
    for (const ref of refs) {
      resolve(ref);
      used.add(attr(ref, 'resid')!);
    }
    const all = [images, urls, shortStrings, longStrings].flatMap((m) => [...m.keys()]);
    for (const id of all) {
      expect(id.length).toBeLessThanOrEqual(32);
      expect(used).toContain(id);
    }
    for (const s of shortStrings.values()) expect(s.length).toBeLessThanOrEqual(125);
    for (const s of longStrings.values()) expect(s.length).toBeLessThanOrEqual(250);
  });

  it('has a Periodkoll button on the Home tab that shows the task pane', () => {
    const formFactor = path(overrides, 'Hosts', 'Host', 'DesktopFormFactor');
    expect(overrides.namespace).toBe(NS.overrides);
    expect(xsiType(overrides)).toBe('VersionOverridesV1_0');
    // In the shared runtime the ribbon's FunctionFile is the pane's page too.
    expect(attr(child(formFactor, 'FunctionFile'), 'resid')).toBe('Taskpane.Url');

    const surfaces = childrenNamed(formFactor, 'ExtensionPoint').filter((e) => xsiType(e) === 'PrimaryCommandSurface');
    expect(surfaces).toHaveLength(1);
    const tab = child(surfaces[0]!, 'OfficeTab');
    expect(attr(tab, 'id')).toBe('TabHome');
    const group = child(tab, 'Group');
    expect(attr(group, 'id')).toBeTruthy();
    expect(resolve(child(group, 'Label')).length).toBeGreaterThan(0);

    const buttons = childrenNamed(group, 'Control').filter((c) => xsiType(c) === 'Button');
    expect(buttons).toHaveLength(1);
    const button = buttons[0]!;
    expect(resolve(child(button, 'Label'))).toBe('Periodkoll');
    expect(resolve(path(button, 'Supertip', 'Description'))).toBe('Öppna Periodkoll för att kontrollera periodrapporten');
    expect(resolve(path(button, 'Supertip', 'Title')).length).toBeGreaterThan(0);
    const sizes = childrenNamed(child(button, 'Icon'), 'Image').map((i) => Number(attr(i, 'size')));
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 32, 80]);
    // Schema order inside a Button: Label, Supertip, Icon, Action.
    expect(button.children.map((c) => c.localName)).toEqual(['Label', 'Supertip', 'Icon', 'Action']);

    const action = child(button, 'Action');
    expect(xsiType(action)).toBe('ShowTaskpane');
    expect(child(action, 'TaskpaneId').text.trim()).toBe('PeriodkollPane');
    expect(resolve(child(action, 'SourceLocation'))).toBe(defaultValue(path(root, 'DefaultSettings', 'SourceLocation')));
  });
});

describe('manifest.xml: the shared runtime and the worksheet functions', () => {
  const host = path(overrides, 'Hosts', 'Host');

  it('runs the pane, the ribbon and the functions in one long-lived runtime, taskpane.html', () => {
    // Schema order inside <Host>: Runtimes, AllFormFactors, DesktopFormFactor.
    expect(host.children.map((c) => c.localName)).toEqual(['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
    const runtimes = childrenNamed(child(host, 'Runtimes'), 'Runtime');
    expect(runtimes.map((r) => [attr(r, 'resid'), attr(r, 'lifetime')])).toEqual([['Taskpane.Url', 'long']]);
    expect(resolve(runtimes[0]!)).toBe(`${BASE}/taskpane.html`);
    // Office starts one runtime only when every place that loads the page names the same resid.
    const pageRefs = descendants(host, (e) => ['FunctionFile', 'SourceLocation', 'Runtime'].includes(e.localName) && e.parent?.localName !== 'Script' && e.parent?.localName !== 'Metadata');
    expect(pageRefs.length).toBe(4); // Runtime, Page, FunctionFile, ShowTaskpane
    for (const ref of pageRefs) expect([ref.localName, attr(ref, 'resid')]).toEqual([ref.localName, 'Taskpane.Url']);
  });

  it('declares the CustomFunctions extension point for all form factors, in schema order, under PERIODKOLL', () => {
    const points = childrenNamed(child(host, 'AllFormFactors'), 'ExtensionPoint');
    expect(points.map(xsiType)).toEqual(['CustomFunctions']);
    const point = points[0]!;
    expect(point.children.map((c) => c.localName)).toEqual(['Script', 'Page', 'Metadata', 'Namespace']);
    expect(resolve(path(point, 'Script', 'SourceLocation'))).toBe(`${BASE}/taskpane.js`);
    expect(resolve(path(point, 'Page', 'SourceLocation'))).toBe(`${BASE}/taskpane.html`);
    expect(resolve(path(point, 'Metadata', 'SourceLocation'))).toBe(`${BASE}/functions.json`);
    expect(resolve(child(point, 'Namespace'))).toBe('PERIODKOLL');
  });
});

describe('assets/', () => {
  it('holds the icons exactly as scripts/make-icons.js draws them', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const icons = require('../scripts/make-icons.js') as {
      SIZES: number[];
      render(size: number): Uint8Array;
      encodePng(w: number, h: number, rgba: Uint8Array): Buffer;
    };
    expect(icons.SIZES).toEqual([16, 32, 64, 80, 128]);
    for (const size of icons.SIZES) {
      const file = join(ROOT, 'assets', `icon-${size}.png`);
      expect(pngSize(file)).toEqual({ width: size, height: size, bitDepth: 8, colorType: 6 });
      expect(readFileSync(file).equals(icons.encodePng(size, size, icons.render(size)))).toBe(true);
    }
  });
});
