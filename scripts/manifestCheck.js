// The build's own check of dist/manifest.xml, offline. Microsoft's `office-addin-manifest validate`
// posts an XML manifest to a Microsoft web service (no offline mode, no schema shipped), so a build
// without network cannot use it; tests/manifest.test.ts checks the source against the schema's
// rules, and this checks what the rewriting for PERIODKOLL_PUBLIC_URL produced: well-formed, every
// URL https and under the public URL, the AppDomain its origin, and every file it names built.
const { SaxesParser } = require('saxes');
const { DEV_URL } = require('./publicUrl');

const OFFICE_APP_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const MANIFEST_FILE = 'manifest.xml';
const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Every element's name, line, URL-looking attribute values and text, in document order. */
function readUrls(xml) {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const found = { root: undefined, urls: [], error: undefined };
  let open;
  parser.on('error', (err) => {
    found.error = found.error || err.message;
  });
  parser.on('opentag', (node) => {
    if (!found.root) found.root = node;
    open = { name: node.local, line: parser.line, text: '' };
    for (const attribute of Object.values(node.attributes)) {
      if (attribute.uri === XMLNS_NS || attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      if (ABSOLUTE_URL.test(attribute.value)) found.urls.push({ element: node.local, line: parser.line, url: attribute.value });
    }
  });
  parser.on('text', (text) => {
    if (open) open.text += text;
  });
  parser.on('closetag', (node) => {
    const text = open && open.name === node.local ? open.text.trim() : '';
    if (ABSOLUTE_URL.test(text)) found.urls.push({ element: node.local, line: open.line, url: text });
    open = undefined;
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    found.error = found.error || err.message;
  }
  return found;
}

/**
 * Problems with a built manifest, as Swedish sentences (none: it is fine). `files` are the paths
 * built into dist/, relative and with forward slashes.
 */
function checkBuiltManifest(xml, { publicUrl, files }) {
  const { root, urls, error } = readUrls(xml);
  if (error) return [`${MANIFEST_FILE} är inte välformad XML: ${error}`];
  if (!root || root.local !== 'OfficeApp' || root.uri !== OFFICE_APP_NS) return [`${MANIFEST_FILE} är inget Office-tilläggsmanifest (OfficeApp).`];
  const origin = new URL(publicUrl).origin;
  const built = new Set(files);
  const problems = [];
  const where = ({ element, line }) => `<${element}> (rad ${line})`;
  for (const found of urls) {
    const { element, url } = found;
    if (element === 'AppDomain') {
      if (url !== origin) problems.push(`${where(found)} är ${url}, men tilläggets ursprung är ${origin}.`);
      continue;
    }
    if (!url.startsWith(`${publicUrl}/`)) {
      problems.push(`${where(found)} pekar på ${url}, som inte ligger under ${publicUrl}.`);
      continue;
    }
    const file = url.slice(publicUrl.length + 1);
    if (!built.has(file)) problems.push(`${where(found)} pekar på ${file}, som inte finns i bygget.`);
  }
  if (!urls.some((found) => found.element === 'SourceLocation')) problems.push(`${MANIFEST_FILE} anger ingen SourceLocation.`);
  if (!urls.some((found) => found.element === 'AppDomain')) problems.push(`${MANIFEST_FILE} saknar <AppDomain>${origin}</AppDomain>.`);
  return problems;
}

/**
 * Fails the build when the emitted manifest has a problem; in a production build for
 * https://localhost:3000 it warns, since that manifest only works on the developer's own machine.
 */
class ManifestCheckPlugin {
  constructor({ publicUrl }) {
    this.publicUrl = publicUrl;
  }

  apply(compiler) {
    const { webpack } = compiler;
    compiler.hooks.thisCompilation.tap('ManifestCheckPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ManifestCheckPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const manifest = compilation.getAsset(MANIFEST_FILE);
          if (!manifest) return;
          const files = compilation.getAssets().map((asset) => asset.name.split('\\').join('/'));
          const problems = checkBuiltManifest(manifest.source.source().toString(), { publicUrl: this.publicUrl, files });
          for (const problem of problems) compilation.errors.push(new webpack.WebpackError(problem));
          if (compiler.options.mode === 'production' && this.publicUrl === DEV_URL) {
            compilation.warnings.push(
              new webpack.WebpackError(
                `${MANIFEST_FILE} pekar på ${DEV_URL} och fungerar bara på den här datorn. Sätt PERIODKOLL_PUBLIC_URL till serverns adress inför driftsättning (README, Driftsättning).`,
              ),
            );
          }
        },
      );
    });
  }
}

module.exports = { checkBuiltManifest, ManifestCheckPlugin };
