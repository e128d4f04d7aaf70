// The Content-Security-Policy of the pane's pages (taskpane.html, commands.html, help.html): one
// definition for the <meta> tag webpack writes into each page and the header scripts/serve.js
// sends. Scripts only from our own origin (no inline script, no eval), nothing fetched from
// anywhere else, no plugins, no <base>, workers from our origin only.
//
// style-src keeps 'unsafe-inline': Griffel (Fluent UI v9) injects <style> elements at run time,
// and the pages carry a small <style> of their own. Styles cannot run script.
// office.js comes from our origin by default; PERIODKOLL_OFFICE_JS_URL (Microsoft's CDN) adds
// that one origin to script-src, as Office add-ins served from the CDN require.

/** The origin to allow for office.js, or undefined when it is served from our own. */
function officeJsOrigin(officeJsUrl) {
  return officeJsUrl && /^https?:\/\//i.test(officeJsUrl) ? new URL(officeJsUrl).origin : undefined;
}

/** The policy as one header value. */
function contentSecurityPolicy({ officeJsUrl = process.env.PERIODKOLL_OFFICE_JS_URL } = {}) {
  const office = officeJsOrigin(officeJsUrl);
  const directives = [
    "default-src 'self'",
    `script-src 'self'${office ? ` ${office}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
  return directives.join('; ');
}

module.exports = { contentSecurityPolicy };
