#!/usr/bin/env node
// The address the add-in is served from, as the build writes it into dist/manifest.xml:
// PERIODKOLL_PUBLIC_URL, e.g. https://addin.kommun.se/periodkoll, or https://localhost:3000 for
// development. Office loads add-ins over HTTPS only, and the URL ends up in XML attributes, so
// anything but a plain https address with a simple path is refused before the build starts.
//
//   node scripts/publicUrl.js      (run by `npm run build` first: says which address is used)

/** The one URL base manifest.xml is written with. */
const DEV_URL = 'https://localhost:3000';

/** A path of plain segments: nothing that would need escaping in XML or in a URL. */
const PLAIN_PATH = /^(\/[A-Za-z0-9._~-]+)*$/;

/**
 * The public URL without a trailing slash, or an Error with a Swedish message saying what is wrong.
 * Undefined or empty gives the development URL.
 */
function parsePublicUrl(raw) {
  const text = (raw || '').trim();
  if (!text) return DEV_URL;
  const refuse = (why) => new Error(`PERIODKOLL_PUBLIC_URL="${text}" går inte att använda: ${why}`);
  let url;
  try {
    if (!/^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]+/i.test(text)) throw new Error('no host');
    url = new URL(text);
  } catch {
    throw refuse('det är ingen fullständig adress. Skriv den som https://addin.kommun.se/periodkoll.');
  }
  if (url.protocol !== 'https:') {
    throw refuse('adressen måste börja med https://, eftersom Office bara läser in tillägg över HTTPS.');
  }
  if (url.username || url.password) throw refuse('adressen får inte innehålla användarnamn eller lösenord.');
  if (url.search || url.hash || /[?#]/.test(text)) throw refuse('adressen får inte ha någon frågedel (?) eller fragment (#).');
  // The path as typed: the URL parser would quietly encode spaces and resolve "..".
  const path = text.replace(/^https:\/\/[^/]*/i, '').replace(/\/+$/, '');
  if (!PLAIN_PATH.test(path) || path.split('/').some((part) => part === '.' || part === '..')) {
    throw refuse('sökvägen får bara innehålla bokstäverna a–z, siffror och - . _ ~ mellan snedstrecken.');
  }
  return `${url.origin}${path}`;
}

/** manifest.xml with every URL on `publicUrl`; an <AppDomain> takes the origin only. */
function manifestForPublicUrl(content, publicUrl) {
  return content
    .toString()
    .split(`<AppDomain>${DEV_URL}</AppDomain>`)
    .join(`<AppDomain>${new URL(publicUrl).origin}</AppDomain>`)
    .split(DEV_URL)
    .join(publicUrl);
}

module.exports = { DEV_URL, parsePublicUrl, manifestForPublicUrl };

if (require.main === module) {
  try {
    const url = parsePublicUrl(process.env.PERIODKOLL_PUBLIC_URL);
    console.log(
      url === DEV_URL
        ? `Manifestet byggs för ${DEV_URL} (utveckling). För driftsättning: sätt PERIODKOLL_PUBLIC_URL till serverns adress.`
        : `Manifestet byggs för ${url}.`,
    );
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
