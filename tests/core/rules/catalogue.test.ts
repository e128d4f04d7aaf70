/**
 * Rule ids are the type RuleId, taken from the catalogue: the type checker (npm run typecheck)
 * refuses a misspelt id wherever a finding is made. The test below reads the sources for what the
 * type cannot see, ids written as plain strings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeFinding } from '../../../src/core/check/mismatch';
import type { Finding } from '../../../src/core/findings/finding';
import { RULES, type RuleId } from '../../../src/core/rules/catalogue';

const SRC = join(__dirname, '..', '..', '..', 'src');
const KNOWN = new Set<string>(RULES.map((r) => r.id));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('the rule catalogue', () => {
  it('has unique ids of the form "category.name"', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z-]+\.[a-z0-9-]+$/);
      expect(rule.category).toBe(rule.id.split('.')[0]);
    }
  });

  it('holds every rule id the sources name', () => {
    const categories = new Set(RULES.map((r) => r.category));
    const named = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/['"`]([a-z][a-z-]*\.[a-z0-9][a-z0-9-]*)['"`]/g)) {
        if (categories.has(m[1].split('.')[0])) named.add(m[1]);
      }
    }
    expect([...named].filter((id) => !KNOWN.has(id))).toEqual([]);
    // Every rule in the catalogue is also made somewhere.
    expect(RULES.filter((r) => !named.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('turns a misspelt id into a type error (checked by tsc), and makeFinding refuses it at run time too', () => {
    // @ts-expect-error -- "sum.row-totals" is not in the catalogue
    const misspelt: RuleId = 'sum.row-totals';
    // @ts-expect-error -- a finding's rule must be a catalogue id
    const finding: Finding = { rule: 'ic.risk-valu', severity: 'error', sheet: 'IK', cell: 'A1', message: 'x' };
    // @ts-expect-error -- makeFinding takes only catalogue ids
    expect(() => makeFinding('ledger.duplicate-amounts', 'Huvudbok', 2, 1, 'x')).toThrow('Unknown rule id ledger.duplicate-amounts');
    expect(KNOWN.has(misspelt)).toBe(false);
    expect(KNOWN.has(finding.rule)).toBe(false);
    const spelt: RuleId = 'sum.row-total';
    expect(KNOWN.has(spelt)).toBe(true);
  });
});
