/**
 * The same kinds of real tables (DOMAIN §3, seed reports) in other layouts than the helpers and
 * the fixtures, each with one planted realistic slip. For every case:
 *   (a) the clean version is recognised as the expected kind(s) and gives no error or warning
 *       beyond the genuine error values it really holds;
 *   (b) the planted slip is reported at the exact cell with the right rule id.
 * Data and the reason for each layout: tests/helpers/otherLayouts.ts.
 */
import { CASES } from '../../helpers/otherLayouts';
import { describeFinding, findingId as id, validateCase as validate } from '../../helpers/layoutRunner';

const active = CASES.filter((c) => !c.skip);
const skipped = CASES.filter((c) => c.skip);

describe('other layouts of the real tables: the clean version', () => {
  it.each(active)('$name', (c) => {
    const report = validate(c, false);
    expect(report.tables.map((t) => `${t.sheet}:${t.kind}`)).toEqual(c.kinds);
    const alarms = report.findings
      .filter((f) => f.severity !== 'info')
      .filter((f) => !(c.genuine ?? []).includes(id(f)))
      .filter((f) => !(c.tolerated ?? []).includes(f.rule));
    expect(alarms.map(describeFinding)).toEqual([]);
    for (const g of c.genuine ?? []) expect(report.findings.map(id)).toContain(g);
  });

  if (skipped.length) it.skip.each(skipped)('$name', () => undefined);
});

describe('other layouts of the real tables: one planted slip', () => {
  it.each(active)('$name', (c) => {
    const report = validate(c, true);
    const ids = report.findings.map(id);
    if (!c.slip.expect.some((e) => ids.includes(e))) {
      throw new Error(
        `${c.slip.what}: expected ${c.slip.expect.join(' or ')}, got:\n  ${report.findings.map(describeFinding).join('\n  ') || '(no findings)'}`,
      );
    }
  });

  if (skipped.length) it.skip.each(skipped)('$name', () => undefined);
});
