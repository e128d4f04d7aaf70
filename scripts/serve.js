#!/usr/bin/env node
// A small static file server for dist/: `npm start` runs it over HTTPS on localhost:3000 and the
// end-to-end tests over HTTP on a free port. Only GET/HEAD of files under the root; no listing,
// no uploads (the page never sends a workbook anywhere), nothing outside the root.
//
//   node scripts/serve.js [--port 3000] [--root dist]      (plain HTTP, for a quick look)
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const { contentSecurityPolicy } = require('./csp');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/** The file a URL path names under root, or undefined when it would leave root. */
function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded.replace(/^\/+/, '') || 'taskpane.html';
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  return file;
}

function send(res, status, text, extraHeaders = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS, ...extraHeaders });
  res.end(text);
}

/**
 * The policy a page carries in its <meta http-equiv="Content-Security-Policy"> (webpack writes it
 * from scripts/csp.js), or undefined. Entities such as &#39; are decoded, should a minifier
 * encode the policy's quotes.
 */
function pagePolicy(html) {
  const tag = /<meta\s[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/i.exec(html);
  const content = tag && /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag[0]);
  if (!content) return undefined;
  const entities = { amp: '&', quot: '"', apos: "'", '#39': "'", '#x27': "'", lt: '<', gt: '>' };
  return (content[1] ?? content[2]).replace(/&(amp|quot|apos|#39|#x27|lt|gt);/gi, (_, name) => entities[name.toLowerCase()]);
}

/**
 * The Content-Security-Policy header for a page: the very policy the page carries. The server
 * cannot tell how dist/ was built (development serves office.js itself, production allows
 * Microsoft's CDN; `npm start` and the e2e tests build either), and a header stricter than the
 * page would block office.js. A page without its own policy gets the strictest one.
 */
function headerPolicy(html) {
  return pagePolicy(html) || contentSecurityPolicy();
}

function handler(root) {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Metoden stöds inte.\n', { Allow: 'GET, HEAD' });
      return;
    }
    const file = resolveFile(root, req.url || '/');
    if (!file) {
      send(res, 400, 'Ogiltig sökväg.\n');
      return;
    }
    fs.stat(file, (err, stat) => {
      const target = !err && stat.isDirectory() ? path.join(file, 'index.html') : file;
      fs.stat(target, (err2, stat2) => {
        if (err2 || !stat2.isFile()) {
          send(res, 404, 'Hittades inte.\n');
          return;
        }
        const headers = {
          'Content-Type': TYPES[path.extname(target).toLowerCase()] || 'application/octet-stream',
          'Content-Length': stat2.size,
          ...SECURITY_HEADERS,
        };
        // Excel on the web fetches the worksheet functions' metadata from its own origin; the file
        // describes the functions only, so any origin may read it.
        if (path.basename(target) === 'functions.json') headers['Access-Control-Allow-Origin'] = '*';
        if (path.extname(target).toLowerCase() !== '.html') {
          res.writeHead(200, headers);
          if (req.method === 'HEAD') res.end();
          else fs.createReadStream(target).on('error', () => res.destroy()).pipe(res);
          return;
        }
        // Pages are a few kB: read whole, so the header can repeat the page's own policy.
        fs.readFile(target, (err3, page) => {
          if (err3) {
            send(res, 404, 'Hittades inte.\n');
            return;
          }
          // A header also covers what a meta tag cannot reach (e.g. what the parser meets before it).
          res.writeHead(200, {
            ...headers,
            'Content-Length': page.length,
            'Content-Security-Policy': headerPolicy(page.toString('utf8')),
          });
          res.end(req.method === 'HEAD' ? undefined : page);
        });
      });
    });
  };
}

/**
 * Starts serving `root`. `tls` ({ key, cert, ca? }) gives HTTPS. Port 0 picks a free port.
 * Resolves with { server, url, close() } once listening; rejects e.g. with EADDRINUSE.
 */
function serveStatic({ root, port = 0, host = 'localhost', tls } = {}) {
  const absoluteRoot = path.resolve(root);
  const server = tls ? https.createServer(tls, handler(absoluteRoot)) : http.createServer(handler(absoluteRoot));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const url = `${tls ? 'https' : 'http'}://${host}:${address.port}`;
      const close = () =>
        new Promise((done) => {
          server.close(() => done());
          // Browsers keep connections open; without this close() would wait for them.
          server.closeAllConnections?.();
        });
      resolve({ server, url, port: address.port, close });
    });
  });
}

module.exports = { serveStatic, resolveFile, pagePolicy };

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const root = path.resolve(option('--root', path.join(__dirname, '..', 'dist')));
  serveStatic({ root, port: Number(option('--port', '3000')) }).then(
    ({ url, close }) => {
      console.log(`Serverar ${path.relative(process.cwd(), root) || '.'} på ${url}/taskpane.html (Ctrl+C stoppar)`);
      const stop = () => close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (err) => {
      console.error(`Servern kunde inte starta: ${err.message}`);
      process.exit(1);
    },
  );
}
