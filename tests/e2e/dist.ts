/**
 * The e2e tests run against dist/. CI builds it first (`npm run build`); locally a missing or
 * stale dist/ (older than src/, assets/, manifest.xml or webpack.config.js) is rebuilt here, in
 * development mode because that is quicker.
 */
import { spawnSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';

export const ROOT = join(__dirname, '..', '..');
/** Where the page is built; PERIODKOLL_DIST lets parallel runs build into folders of their own. */
export const DIST = process.env.PERIODKOLL_DIST || join(ROOT, 'dist');
const BUILT = join(DIST, 'taskpane.js');
const SOURCES = ['src', 'assets', 'manifest.xml', 'webpack.config.js'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

export function ensureDist(): void {
  const built = existsSync(BUILT) && existsSync(join(DIST, 'taskpane.html')) ? statSync(BUILT).mtimeMs : 0;
  const changed = Math.max(...SOURCES.map((s) => newestChange(join(ROOT, s))));
  if (built >= changed) return;
  console.log(built ? 'dist/ is older than the sources: rebuilding (webpack, development) …' : 'No dist/: building (webpack, development) …');
  const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'development', '--output-path', DIST], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('webpack build for the e2e tests failed');
}
