// What `npm start` says about its HTTPS certificate: one Swedish paragraph built from what
// scripts/devCertificates.js found, instead of office-addin-dev-certs' English lines and the raw
// "sudo: not found". The package's own lines follow only with PERIODKOLL_VERBOSE=1.

const VERBOSE_HINT = 'PERIODKOLL_VERBOSE=1 npm start visar verktygets egna meddelanden.';

/** Why the CA could not be installed as trusted, from the package's error text. */
function whyNotTrusted(reason) {
  if (/sudo:.*not found|sudo: command not found/i.test(reason)) return 'kommandot sudo inte finns på den här datorn';
  if (/password is required|terminal is required|not in the sudoers|permission denied|access is denied/i.test(reason)) {
    return 'det kräver administratörsrättigheter, och de saknas här';
  }
  if (/cancel/i.test(reason)) return 'frågan om att lita på certifikatet avböjdes';
  return 'installationen misslyckades';
}

/** How to trust ca.crt on this platform; Windows and macOS are where Excel runs. */
function howToTrust(platform) {
  switch (platform) {
    case 'win32':
      return (
        'kör "npx office-addin-dev-certs install" och svara Ja när Windows frågar om certifikatet ska installeras, ' +
        'eller dubbelklicka på ca.crt och välj Installera certifikat › Aktuell användare › Placera alla certifikat i ' +
        'följande arkiv › Betrodda rotcertifikatutfärdare.'
      );
    case 'darwin':
      return (
        'kör "npx office-addin-dev-certs install" och ange ditt lösenord, eller öppna ca.crt i Nyckelhanterare, ' +
        'dubbelklicka på "Developer CA for Microsoft Office Add-ins" och välj Lita alltid på under Tillit.'
      );
    default:
      return (
        'importera ca.crt i Chromium under Inställningar › Sekretess och säkerhet › Säkerhet › Hantera certifikat › ' +
        'Utfärdare (eller välj Avancerat › Fortsätt till localhost i varningen); på Windows och macOS gör ' +
        '"npx office-addin-dev-certs install" det, efter en fråga om att lita på certifikatet.'
      );
  }
}

/**
 * The paragraph for a result of loadDevCertificates: { state, certDir, missing?, reason }.
 * `url` is the address served; `verbose` drops the hint about PERIODKOLL_VERBOSE.
 */
function certificateParagraph(result, { platform = process.platform, url = 'https://localhost:3000', verbose = false } = {}) {
  const hint = verbose ? '' : ` ${VERBOSE_HINT}`;
  switch (result.state) {
    case 'trusted':
      return `Certifikat: ${url} använder utvecklarcertifikatet i ${result.certDir}, och dess utfärdare är betrodd på den här datorn.`;
    case 'untrusted':
      return (
        `Certifikat: ${url} använder utvecklarcertifikatet i ${result.certDir} (localhost.crt med nyckeln ` +
        `localhost.key, utfärdat av utvecklar-CA:n ca.crt som skapades på den här datorn). Den kunde inte installeras som ` +
        `betrodd, eftersom ${whyNotTrusted(result.reason)}. Servern startar ändå, men webbläsaren och Excel varnar för ` +
        `anslutningen tills ca.crt är betrodd: ${howToTrust(platform)}${hint}`
      );
    default:
      return (
        `Certifikat: utvecklarcertifikatet kunde inte skapas (${result.missing} saknas), så servern kan inte starta. ` +
        `Kör "npx office-addin-dev-certs install" och försök igen.${hint}`
      );
  }
}

/**
 * Lines of at most `width` characters, broken between words, for a terminal. A "quoted command"
 * stays on one line, so it can be copied.
 */
function wrapParagraph(text, width = 100) {
  const lines = [];
  let line = '';
  for (const word of text.match(/(?:"[^"]*"|\S)+/g) || []) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

module.exports = { certificateParagraph, wrapParagraph, whyNotTrusted };
