/**
 * The same kinds of real tables (DOMAIN §3, seed reports) in other layouts than the helpers and
 * the fixtures, each with one planted realistic slip. For every case:
 *   (a) the clean version is recognised as the expected kind(s) and gives no error or warning
 *       beyond the genuine error values it really holds;
 *   (b) the planted slip is reported at the exact cell with the right rule id.
 * Data and the reason for each layout: tests/helpers/otherLayouts.ts.
 */
import { validateWorkbook } from '../../../src/core/engine/validate';
import type { Finding } from '../../../src/core/findings/finding';
import { buildSheet, buildWorkbook, type TestCell } from '../../helpers/buildSheet';
import { CASES, type LayoutCase } from '../../helpers/otherLayouts';

function parseA1(a1: string): { row: number; col: number } {
  const mm = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!mm) throw new Error(`bad address ${a1}`);
  let col = 0;
  for (const ch of mm[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(mm[2]), col };
}

function validate(c: LayoutCase, slipped: boolean) {
  const sheets = c.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  if (slipped) {
    for (const e of c.slip.edits) {
      const sheet = e.sheet ? sheets.find((s) => s.name === e.sheet)! : sheets[0];
      const { row, col } = parseA1(e.cell);
      while (sheet.rows.length < row) sheet.rows.push([]);
      const r = sheet.rows[row - 1];
      while (r.length < col) r.push(null);
      // Guard: the slip must replace what the clean table holds at that address.
      expect({ cell: e.cell, holds: r[col - 1] ?? null }).toEqual({ cell: e.cell, holds: e.was as TestCell });
      r[col - 1] = e.value;
    }
  }
  return validateWorkbook(buildWorkbook(...sheets.map((s) => buildSheet(s.name, s.rows, s.merges ?? []))));
}

const id = (f: Finding) => `${f.rule} ${f.sheet}!${f.cell}`;
const describeFinding = (f: Finding) => `${id(f)}: ${f.message}`;

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
