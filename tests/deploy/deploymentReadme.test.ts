/**
 * The README's Driftsättning section stays true: the files it names exist, the build command and
 * setting it gives are the ones the build reads, its example address is accepted, and the headers
 * it tells IT to send are the ones deploy/nginx.conf sends and the pages carry.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = /\n## Driftsättning \/ Deployment\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy, OFFICE_JS_CDN_URL } = require('../../scripts/csp.js') as {
  contentSecurityPolicy(options?: { officeJsUrl?: string }): string;
  OFFICE_JS_CDN_URL: string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parsePublicUrl } = require('../../scripts/publicUrl.js') as { parsePublicUrl(raw: string): string };

/** Header name -> value, from the section's table rows "| `Name` | `value` | why |". */
const tableHeaders = new Map([...section.matchAll(/^\| `([A-Za-z-]+)` \| `([^`]+)`/gm)].map((m) => [m[1]!, m[2]!]));

describe('README: Driftsättning', () => {
  it('has the four steps: build, host, distribute the manifest, publish the stand-alone page', () => {
    expect(section).not.toBe('');
    expect([...section.matchAll(/^### (.+)$/gm)].map((m) => m[1])).toEqual([
      '1. Bygg med organisationens adress',
      '2. Lägg `dist/` på en HTTPS-server',
      '3. Distribuera `manifest.xml`',
      '4. Den fristående sidan som statisk webbplats',
    ]);
    for (const words of ['Integrerade appar', 'Ladda upp', 'SharePoint-appkatalog', 'Min organisation']) expect(section.replace(/\s+/g, ' ')).toContain(words);
  });

  it('names only files that exist in the repository', () => {
    const paths = [...section.matchAll(/`((?:deploy|scripts|src)\/[^`\s]+)`/g)].map((m) => m[1]!);
    expect(paths).toEqual(expect.arrayContaining(['deploy/nginx.conf', 'deploy/web.config', 'scripts/manifestCheck.js', 'scripts/csp.js']));
    for (const file of paths) expect([file, existsSync(join(ROOT, file))]).toEqual([file, true]);
  });

  it('gives the build command with the setting the build reads, and an address it accepts', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const command = /^PERIODKOLL_PUBLIC_URL=(\S+) npm run build$/m.exec(section);
    expect(command).not.toBeNull();
    expect(parsePublicUrl(command![1]!)).toBe(command![1]);
    expect(scripts.prebuild).toBe('node scripts/publicUrl.js');
    expect(scripts.build).toContain('webpack --mode production');
    expect(readFileSync(join(ROOT, 'scripts', 'publicUrl.js'), 'utf8')).toContain('process.env.PERIODKOLL_PUBLIC_URL');
    expect(readFileSync(join(ROOT, 'webpack.config.js'), 'utf8')).toContain('parsePublicUrl(process.env.PERIODKOLL_PUBLIC_URL)');
    expect(readFileSync(join(ROOT, 'scripts', 'start.js'), 'utf8')).toContain("process.env.PERIODKOLL_VERBOSE === '1'");
    expect(readme).toContain('PERIODKOLL_VERBOSE=1 npm start');
  });

  it('tells IT to send the pages\' own policy and the very headers deploy/nginx.conf sends', () => {
    expect(tableHeaders.get('Content-Security-Policy')).toBe(contentSecurityPolicy({ officeJsUrl: OFFICE_JS_CDN_URL }));
    const nginx = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8').replace(/#.*$/gm, '');
    const sent = new Map([...nginx.matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s+always;/g)].map((m) => [m[1]!, m[2]!]));
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Strict-Transport-Security', 'Referrer-Policy', 'Cache-Control']) {
      expect([name, tableHeaders.get(name)]).toEqual([name, sent.get(name)]);
    }
    expect(tableHeaders.get('Access-Control-Allow-Origin')).toBe('*');
  });
});
