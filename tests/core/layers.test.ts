/**
 * ARCHITECTURE: one pure core, with hosts, pane, page and CLI around it. Every import in src/core,
 * at any folder depth, resolves inside src/core or to a package the engine may use.
 */
import { readdirSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

const ROOT = join(__dirname, '..', '..');
const CORE = join(ROOT, 'src', 'core');
/** Packages the engine uses; all of them run in the browser, a Worker and Node. */
const ALLOWED_PACKAGES = ['fflate', 'saxes'];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
}

describe('src/core stays pure', () => {
  const files = tsFiles(CORE);

  it('finds the engine files (including nested folders)', () => {
    expect(files.some((f) => relative(CORE, f).split('/').length >= 3)).toBe(true);
  });

  it('imports only core modules and allowed packages', () => {
    const outside: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(CORE)) outside.push(`${relative(ROOT, file)} -> ${spec}`);
        } else if (!ALLOWED_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`))) {
          outside.push(`${relative(ROOT, file)} -> ${spec}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });
});
