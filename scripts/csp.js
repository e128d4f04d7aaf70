// The Content-Security-Policy of the pane's pages (taskpane.html, help.html): one
// definition for the <meta> tag webpack writes into each page (scripts/serve.js sends the page's
// policy as a header too). Scripts only from our own origin (no inline script, no eval), nothing
// fetched from anywhere else, no plugins, no <base>, workers from our origin only.
//
// style-src keeps 'unsafe-inline': Griffel (Fluent UI v9) injects <style> elements at run time,
// and the pages carry a small <style> of their own. Styles cannot run script.
//
// office.js: a production build loads it from Microsoft's CDN (webpack.config.js), so that one
// origin joins script-src; office.js fetches the Excel host files and its strings as scripts from
// the same origin. Nothing else is added: Microsoft documents no list of CSP sources office.js
// needs (OfficeDev/office-js issue 1005, open since 2019). The Excel files of @microsoft/office-js
// hold code paths that would load MicrosoftAjax from ajax.aspnetcdn.com or send usage telemetry to
// *.pipe.aria.microsoft.com; neither is documented as required, so both stay blocked, as do
// all requests to other origins (connect-src 'self'). A development build serves a local copy of
// office.js, which 'self' already covers.

/** Microsoft's CDN address of office.js, the one published add-ins are to use. */
const OFFICE_JS_CDN_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The origin to allow for office.js, or undefined when it is served from our own. */
function officeJsOrigin(officeJsUrl) {
  return officeJsUrl && /^https:\/\//i.test(officeJsUrl) ? new URL(officeJsUrl).origin : undefined;
}

/** The policy as one header value; `officeJsUrl` is where the pages load office.js from. */
function contentSecurityPolicy({ officeJsUrl } = {}) {
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

module.exports = { contentSecurityPolicy, OFFICE_JS_CDN_URL };
