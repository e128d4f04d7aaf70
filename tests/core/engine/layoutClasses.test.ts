/**
 * Four layout classes of the real tables (DOMAIN §3.1–§3.3): a lone revenue line, hierarchical
 * sums, column groups with any words, and several nämnder in one workbook. For every case:
 *   (a) the clean version is recognised as the expected kind(s) and gives no error or warning;
 *   (b) the planted slip is reported at the exact cell with the right rule id, and nothing named
 *       in `mustNot` (the other nämnd, the other group) is reported.
 * Data and the reason for each layout: tests/helpers/layoutClasses.ts.
 */
import { CASES } from '../../helpers/layoutClasses';
import { describeFinding, findingId, validateCase } from '../../helpers/layoutRunner';

describe('layout classes of the real tables: the clean version', () => {
  it.each(CASES)('$name', (c) => {
    const report = validateCase(c, false);
    const alarms = report.findings
      .filter((f) => f.severity !== 'info')
      .filter((f) => !(c.genuine ?? []).includes(findingId(f)))
      .filter((f) => !(c.tolerated ?? []).includes(f.rule));
    // Kinds and alarms in one comparison, so a failure shows both.
    expect({ kinds: report.tables.map((t) => `${t.sheet}:${t.kind}`), alarms: alarms.map(describeFinding) }).toEqual({ kinds: c.kinds, alarms: [] });
    for (const g of c.genuine ?? []) expect(report.findings.map(findingId)).toContain(g);
  });
});

describe('layout classes of the real tables: one planted slip', () => {
  it.each(CASES)('$name', (c) => {
    const report = validateCase(c, true);
    const ids = report.findings.map(findingId);
    const all = () => report.findings.map(describeFinding).join('\n  ') || '(no findings)';
    if (!c.slip.expect.some((e) => ids.includes(e))) {
      throw new Error(`${c.slip.what}: expected ${c.slip.expect.join(' or ')}, got:\n  ${all()}`);
    }
    const wrong = (c.slip.mustNot ?? []).filter((n) => ids.includes(n));
    if (wrong.length) throw new Error(`${c.slip.what}: must not report ${wrong.join(', ')}, got:\n  ${all()}`);
  });
});
