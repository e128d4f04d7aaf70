/**
 * What `npm start` says about its certificate: office-addin-dev-certs' English lines and the raw
 * "sudo: not found" are captured (scripts/devCertificates.js) and turned into one Swedish paragraph
 * (scripts/certificateMessage.js); the raw lines stay available for PERIODKOLL_VERBOSE=1.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

interface CertResult {
  state: 'trusted' | 'untrusted' | 'missing';
  options?: { key: Buffer; cert: Buffer; ca: Buffer };
  certDir: string;
  missing?: string;
  reason: string;
  detail: string[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadDevCertificates } = require('../../scripts/devCertificates.js') as {
  loadDevCertificates(options: { devCerts: { getHttpsServerOptions(): Promise<unknown> }; certDir: string }): Promise<CertResult>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { certificateParagraph, wrapParagraph } = require('../../scripts/certificateMessage.js') as {
  certificateParagraph(result: Partial<CertResult>, options?: { platform?: string; url?: string; verbose?: boolean }): string;
  wrapParagraph(text: string, width?: number): string[];
};

/** office-addin-dev-certs on a machine without sudo: files written, then the CA install fails. */
const withoutSudo = {
  async getHttpsServerOptions() {
    console.log('The developer certificates have been generated in /home/controller/.office-addin-dev-certs');
    console.log('Installing CA certificate "Developer CA for Microsoft Office Add-ins"...');
    throw new Error('Unable to install the CA certificate. /bin/sh: 1: sudo: not found\n');
  },
};

let certDir: string;

beforeEach(() => {
  certDir = mkdtempSync(join(tmpdir(), 'periodkoll-certs-'));
});

afterEach(() => rmSync(certDir, { recursive: true, force: true }));

describe('loadDevCertificates', () => {
  it('without sudo: serves with the files written, prints nothing itself, keeps the raw lines as detail', async () => {
    for (const file of ['localhost.key', 'localhost.crt', 'ca.crt']) writeFileSync(join(certDir, file), `-- ${file} --`);
    const log = jest.spyOn(console, 'log');
    const result = await loadDevCertificates({ devCerts: withoutSudo, certDir });
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
    expect(result.state).toBe('untrusted');
    expect(result.options!.cert.toString()).toBe('-- localhost.crt --');
    expect(result.options!.key.toString()).toBe('-- localhost.key --');
    expect(result.detail).toEqual([
      'The developer certificates have been generated in /home/controller/.office-addin-dev-certs',
      'Installing CA certificate "Developer CA for Microsoft Office Add-ins"...',
      'Unable to install the CA certificate. /bin/sh: 1: sudo: not found',
    ]);
  });

  it('restores console.log after capturing', async () => {
    const before = console.log;
    await loadDevCertificates({ devCerts: withoutSudo, certDir });
    expect(console.log).toBe(before);
  });

  it('names the missing file when the package could not write them', async () => {
    const result = await loadDevCertificates({ devCerts: withoutSudo, certDir });
    expect(result.state).toBe('missing');
    expect(result.options).toBeUndefined();
    expect(result.missing).toBe(join(certDir, 'localhost.key'));
  });

  it('passes on trusted options as they came', async () => {
    const options = { key: Buffer.from('k'), cert: Buffer.from('c') };
    const trusted = { getHttpsServerOptions: async () => (console.log('You already have trusted access to https://localhost.'), options) };
    const result = await loadDevCertificates({ devCerts: trusted, certDir });
    expect(result).toMatchObject({ state: 'trusted', options, detail: ['You already have trusted access to https://localhost.'] });
  });
});

describe('certificateParagraph', () => {
  const untrusted = { state: 'untrusted' as const, certDir: '/home/controller/.office-addin-dev-certs', reason: 'Unable to install the CA certificate. /bin/sh: 1: sudo: not found' };

  it('says in Swedish which files are used, why the CA is not trusted and that the browser will warn', () => {
    const text = certificateParagraph(untrusted, { platform: 'linux' });
    expect(text).toMatch(/^Certifikat: https:\/\/localhost:3000 använder utvecklarcertifikatet i \/home\/controller\/\.office-addin-dev-certs \(localhost\.crt med nyckeln localhost\.key, utfärdat av utvecklar-CA:n ca\.crt/);
    expect(text).toContain('eftersom kommandot sudo inte finns på den här datorn.');
    expect(text).toContain('Servern startar ändå, men webbläsaren och Excel varnar för anslutningen tills ca.crt är betrodd');
    expect(text).toContain('Hantera certifikat › Utfärdare');
    expect(text).toMatch(/PERIODKOLL_VERBOSE=1 npm start visar verktygets egna meddelanden\.$/);
    expect(text).not.toMatch(/not found|Unable|\n/);
  });

  it('tells Windows and macOS how to trust the CA', () => {
    expect(certificateParagraph(untrusted, { platform: 'win32' })).toContain('Betrodda rotcertifikatutfärdare');
    expect(certificateParagraph(untrusted, { platform: 'darwin' })).toContain('Nyckelhanterare');
    expect(certificateParagraph(untrusted, { platform: 'darwin' })).toContain('Lita alltid på');
  });

  it.each([
    ['sudo: a terminal is required to read the password', 'det kräver administratörsrättigheter, och de saknas här'],
    ['controller is not in the sudoers file.  This incident will be reported.', 'det kräver administratörsrättigheter, och de saknas här'],
    ['The operation was canceled by the user.', 'frågan om att lita på certifikatet avböjdes'],
    ['Unable to verify certificate status.', 'installationen misslyckades'],
  ])('gives the reason for %j', (reason, why) => {
    expect(certificateParagraph({ ...untrusted, reason }, { platform: 'linux' })).toContain(`eftersom ${why}.`);
  });

  it('is short when the CA is trusted, and says the server cannot start without the files', () => {
    expect(certificateParagraph({ state: 'trusted', certDir: '/c' })).toBe(
      'Certifikat: https://localhost:3000 använder utvecklarcertifikatet i /c, och dess utfärdare är betrodd på den här datorn.',
    );
    expect(certificateParagraph({ state: 'missing', certDir: '/c', missing: '/c/localhost.key', reason: 'x' })).toMatch(
      /^Certifikat: utvecklarcertifikatet kunde inte skapas \(\/c\/localhost\.key saknas\), så servern kan inte starta\./,
    );
  });

  it('leaves out the hint about PERIODKOLL_VERBOSE when the raw lines follow anyway', () => {
    expect(certificateParagraph(untrusted, { platform: 'linux', verbose: true })).not.toContain('PERIODKOLL_VERBOSE');
  });
});

describe('wrapParagraph', () => {
  it('breaks between words within the width, loses no word and keeps a quoted command whole', () => {
    const text = certificateParagraph({ state: 'untrusted', certDir: '/home/controller/.office-addin-dev-certs', reason: 'sudo: not found' }, { platform: 'win32' });
    const lines = wrapParagraph(text, 100);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    expect(lines.join(' ')).toBe(text);
    expect(lines.filter((line) => line.includes('"npx office-addin-dev-certs install"'))).toHaveLength(1);
  });
});
