/**
 * One sv-SE number formatter for every host: figures shown to users come from
 * src/core/numbers/swedishNumber.ts (and counts from src/core/text/countWord.ts). A second formatter
 * (Intl, toLocaleString, toFixed, a hand-made decimal comma) is how "-1,9" came to stand beside
 * "−1,9"; this scan keeps one from creeping back.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';

const ROOT = join(__dirname, '..', '..', '..');
const SRC = join(ROOT, 'src');

const SECOND_FORMATTER = /Intl\.NumberFormat|toLocaleString\(|toFixed\(|replace\(\s*['"]\.['"]\s*,\s*['"],['"]\s*\)/g;

/** Uses that never reach the user as a figure, each with the reason it is allowed. */
const ALLOWED: Record<string, string> = {
  // Rounds a value to count its decimals; the figure itself is written by formatSwedishNumber.
  'src/core/findings/findingFigures.ts': 'toFixed(',
  // Tests whether a tolerance is exact at d decimals; the text comes from formatSwedishNumber.
  'src/core/check/mismatch.ts': 'toFixed(',
  // A number literal inside a formula, shown as Swedish Excel shows formulas ("=B5*1,5").
  'src/core/formula/swedish.ts': "replace('.', ',')",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** "file: match" for every formatter use, with comment lines left out. */
function formatterUses(): string[] {
  const uses: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const name = relative(ROOT, file).split('\\').join('/');
    if (name === 'src/core/numbers/swedishNumber.ts') continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (/^\s*(\/\/|\*|\/\*)/.test(line)) continue;
      for (const m of line.matchAll(SECOND_FORMATTER)) uses.push(`${name}: ${m[0]}`);
    }
  }
  return uses;
}

describe('one Swedish number formatter', () => {
  const uses = formatterUses();

  it('no file outside swedishNumber.ts formats numbers its own way', () => {
    const unexpected = uses.filter((u) => {
      const [file, match] = u.split(': ');
      return ALLOWED[file] !== match;
    });
    expect(unexpected).toEqual([]);
  });

  it('every allowed use still exists, so the allow-list cannot hide a new one in a stale entry', () => {
    for (const [file, match] of Object.entries(ALLOWED)) expect(uses).toContain(`${file}: ${match}`);
  });
});
