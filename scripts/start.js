#!/usr/bin/env node
// `npm start`: build the add-in (development, rebuilt on every change; `--prod` builds once for
// production) and serve dist/ over HTTPS on https://localhost:3000 with the Office developer
// certificates. Where Excel desktop is installed and office-addin-debugging is present, the add-in
// is sideloaded into Excel; anywhere else the page runs in stand-alone mode in a browser.
// Ctrl+C stops everything. Microsoft's usage data for the Office CLI tools is turned off first.
// PERIODKOLL_VERBOSE=1 also prints the Office tools' own (English) lines about the certificate.
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { serveStatic } = require('./serve');
const { loadDevCertificates } = require('./devCertificates');
const { certificateParagraph, wrapParagraph } = require('./certificateMessage');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const PORT = 3000;
const HOST = 'localhost';
const URL_BASE = `https://${HOST}:${PORT}`;
const PROD = process.argv.includes('--prod');

const say = (text = '') => console.log(text);

/** The package's own CLI file (its "bin"), resolved from `paths`; undefined when not installed. */
function packageCli(name, paths = [ROOT]) {
  try {
    const pkgFile = require.resolve(`${name}/package.json`, { paths });
    const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
    const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin && (pkg.bin[name] || Object.values(pkg.bin)[0]);
    return bin ? path.join(path.dirname(pkgFile), bin) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `office-addin-usage-data off` (the package's documented switch; it only writes a settings file
 * in the home folder, no network) for every copy the Office tools here would use.
 */
function turnOffUsageData() {
  const clis = new Set([packageCli('office-addin-usage-data')]);
  const debugging = packageCli('office-addin-debugging');
  if (debugging) clis.add(packageCli('office-addin-usage-data', [path.dirname(debugging)]));
  let off = false;
  for (const cli of clis) {
    if (!cli) continue;
    const r = spawnSync(process.execPath, [cli, 'off'], { encoding: 'utf8', timeout: 20_000 });
    off = off || r.status === 0;
  }
  say(off
    ? 'Användningsdata till Microsoft från Office-verktygen: avstängd (office-addin-usage-data off).'
    : 'Användningsdata: office-addin-usage-data finns inte här, så inget kan skickas.');
}

/**
 * HTTPS options from office-addin-dev-certs, said in one Swedish paragraph. Where the CA cannot be
 * installed as trusted (no sudo, no admin rights) the server still starts with the files the
 * package wrote; the browser will then warn about the certificate.
 */
async function httpsOptions() {
  const result = await loadDevCertificates();
  const verbose = process.env.PERIODKOLL_VERBOSE === '1';
  say('');
  for (const line of wrapParagraph(certificateParagraph(result, { url: URL_BASE, verbose }))) say(line);
  if (verbose) for (const line of result.detail.join('\n').split('\n').filter(Boolean)) say(`  office-addin-dev-certs: ${line}`);
  say('');
  if (!result.options) process.exit(1);
  return result.options;
}

/** Excel desktop installed where office-addin-debugging can sideload into it. */
function excelDesktopPresent() {
  if (process.platform === 'darwin') return fs.existsSync('/Applications/Microsoft Excel.app');
  if (process.platform !== 'win32') return false;
  const roots = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
  return roots.some((root) =>
    ['Microsoft Office\\root\\Office16\\EXCEL.EXE', 'Microsoft Office\\Office16\\EXCEL.EXE'].some((exe) =>
      fs.existsSync(path.join(root, exe)),
    ),
  );
}

/** Builds with the project's webpack config; development watches and rebuilds on changes. */
function build() {
  const webpack = require('webpack');
  const mode = PROD ? 'production' : 'development';
  const compiler = webpack(require(path.join(ROOT, 'webpack.config.js'))({}, { mode }));
  say(`Bygger Periodkoll (${PROD ? 'produktion' : 'utveckling, byggs om vid ändringar'}) …`);
  return new Promise((resolve, reject) => {
    let first = true;
    const report = (err, stats) => {
      if (err) {
        if (first) reject(err);
        else say(`Bygget misslyckades: ${err.message}`);
        return;
      }
      const seconds = ((stats.endTime - stats.startTime) / 1000).toFixed(1);
      if (stats.hasErrors()) say(stats.toString({ all: false, errors: true, colors: process.stdout.isTTY }));
      else if (!first) say(`Ombyggt på ${seconds} s – ladda om sidan.`);
      if (first) {
        first = false;
        if (stats.hasErrors()) say('Bygget har fel (se ovan); servern startar ändå och visar senaste lyckade bygge.');
        else say(`Bygget klart på ${seconds} s.`);
        resolve(watching);
      }
    };
    const watching = PROD
      ? (compiler.run((err, stats) => compiler.close(() => report(err, stats))), undefined)
      : compiler.watch({ aggregateTimeout: 300, ignored: ['**/node_modules/**', '**/dist/**', '**/lib/**'] }, report);
  });
}

async function main() {
  say('Periodkoll – utvecklingsserver');
  turnOffUsageData();
  const tls = await httpsOptions();

  // Listening first, so a busy port is reported at once rather than after the build.
  let server;
  try {
    server = await serveStatic({ root: DIST, port: PORT, host: HOST, tls });
  } catch (err) {
    say(err && err.code === 'EADDRINUSE'
      ? `Port ${PORT} används redan. Stoppa det andra programmet (eller en tidigare "npm start") och försök igen.`
      : `Servern kunde inte starta: ${err.message}`);
    process.exit(1);
  }

  let watching;
  let sideloaded;
  const debuggingCli = packageCli('office-addin-debugging');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    say('\nStoppar …');
    if (sideloaded && debuggingCli) {
      spawnSync(process.execPath, [debuggingCli, 'stop', MANIFEST], { cwd: ROOT, stdio: 'inherit', timeout: 30_000 });
    }
    await new Promise((resolve) => (watching ? watching.close(resolve) : resolve()));
    await server.close();
    say('Stoppat.');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  watching = await build();
  if (stopping) return;
  say(`Periodkoll serveras på ${URL_BASE}/taskpane.html (manifest: ${URL_BASE}/manifest.xml).`);

  if (excelDesktopPresent() && debuggingCli) {
    say('Excel hittades – läser in tillägget i Excel (office-addin-debugging) …');
    sideloaded = spawn(
      process.execPath,
      [debuggingCli, 'start', MANIFEST, 'desktop', '--app', 'excel', '--dev-server-port', String(PORT), '--no-live-reload'],
      { cwd: ROOT, stdio: 'inherit' },
    );
    sideloaded.on('error', (err) => say(`Tillägget kunde inte läsas in i Excel: ${err.message}`));
  } else {
    say(`Excel hittades inte – öppna ${URL_BASE}/taskpane.html i webbläsaren för fristående läge.`);
  }
  say('Ctrl+C stoppar.');
}

main().catch((err) => {
  console.error(`npm start misslyckades: ${err && err.stack ? err.stack : err}`);
  process.exit(1);
});
