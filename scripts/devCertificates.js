// The HTTPS key and certificate for `npm start`, from office-addin-dev-certs. The package prints
// English progress lines and, where the CA cannot be trusted (no sudo, no admin rights), rejects
// with the shell's raw "sudo: not found" after it has written the files. Its output is captured
// here, so `npm start` can say in one Swedish paragraph what happened (scripts/certificateMessage.js)
// and show the raw lines only on request.
const fs = require('fs');
const os = require('os');
const path = require('path');

const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const FILES = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };

/** Runs `action` with console.log/info/warn/error collected instead of printed; the lines and its outcome. */
async function withCapturedConsole(action) {
  const lines = [];
  const methods = ['log', 'info', 'warn', 'error'];
  const saved = methods.map((name) => console[name]);
  for (const name of methods) console[name] = (...args) => lines.push(args.map(String).join(' '));
  try {
    return { lines, value: await action() };
  } catch (error) {
    return { lines, error };
  } finally {
    methods.forEach((name, i) => (console[name] = saved[i]));
  }
}

/** The error's text, as the package gave it. */
function errorText(error) {
  return String((error && error.message) || error || '').trim();
}

/**
 * { state: 'trusted' | 'untrusted' | 'missing', options?, certDir, missing?, reason, detail }:
 * 'untrusted' still has the options (the server starts, the browser warns); 'missing' has none.
 * `detail` holds the package's own lines and error, for PERIODKOLL_VERBOSE=1.
 */
async function loadDevCertificates({ devCerts = require('office-addin-dev-certs'), certDir = CERT_DIR } = {}) {
  const { lines, value, error } = await withCapturedConsole(() => devCerts.getHttpsServerOptions());
  const detail = error ? [...lines, errorText(error)] : lines;
  if (!error) return { state: 'trusted', options: value, certDir, reason: '', detail };
  const options = {};
  for (const [key, file] of Object.entries(FILES)) {
    const full = path.join(certDir, file);
    if (!fs.existsSync(full)) return { state: 'missing', certDir, missing: full, reason: errorText(error), detail };
    options[key] = fs.readFileSync(full);
  }
  return { state: 'untrusted', options, certDir, reason: errorText(error), detail };
}

module.exports = { loadDevCertificates, withCapturedConsole, CERT_DIR, FILES };
