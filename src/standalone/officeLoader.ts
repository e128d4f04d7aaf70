/**
 * Tiny blocking script at the top of taskpane.html: loads office.js only when Office hosts the
 * page. document.write keeps office.js parser-blocking, so it has run before the deferred pane
 * bundle checks `typeof Office`; in a plain browser nothing is loaded and the pane starts in
 * stand-alone mode. The URL is set at build time (webpack.config.js): Microsoft's CDN in a
 * production build, the local copy under office-js/ in a development build. (Chromium may skip
 * a cross-site script written this way, but only in a top-level page on a 2G connection, not on
 * reload or from cache; in Office on the web the pane is a frame, where it never does.)
 */
import { isOfficeHostPage } from './officeDetection';

declare const __OFFICE_JS_URL__: string;

if (isOfficeHostPage(window as unknown as Parameters<typeof isOfficeHostPage>[0])) {
  document.write(`<script src="${__OFFICE_JS_URL__}"></script>`);
}
