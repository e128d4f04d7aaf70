/**
 * Realistic controller slips planted one at a time into the real tables of DOMAIN §3, in several
 * layouts (typed General, typed "0.0", live formulas over unrounded ledger figures). For each slip:
 *   (a) it is reported at the exact cell with an acceptable rule id;
 *   (b) no other error/warning is reported, except consequential findings listed in the case.
 * Plus tables that must stay silent because rounding explains what looks off (DOMAIN §3.1, §3.4, §3.5).
 * Data: tests/helpers/plantedSlips.ts.
 */
import { validateWorkbook } from '../../../src/core/engine/validate';
import type { Finding } from '../../../src/core/findings/finding';
import { BASES, parseA1, SILENT, SLIPS, toWorkbook, type Raw, type SlipCase } from '../../helpers/plantedSlips';

const id = (f: Finding) => `${f.rule} ${f.sheet}!${f.cell}`;
const show = (f: Finding) => `${id(f)} [${f.severity}]: ${f.message}`;

function run(c: SlipCase) {
  const base = BASES[c.base]();
  const sheets = base.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  for (const e of c.edits) {
    const sheet = e.sheet ? sheets.find((s) => s.name === e.sheet) : sheets[0];
    if (!sheet) throw new Error(`no sheet ${e.sheet}`);
    const { row, col } = parseA1(e.cell);
    while (sheet.rows.length < row) sheet.rows.push([]);
    const r = sheet.rows[row - 1];
    while (r.length < col) r.push(null);
    // Guard: a slip replaces a figure that is there (or a formula), never an empty cell.
    if (r[col - 1] === null) throw new Error(`${c.name}: ${e.cell} is empty in the clean base`);
    r[col - 1] = e.value as Raw;
  }
  return { report: validateWorkbook(toWorkbook(sheets)), genuine: base.genuine ?? [] };
}

const active = SLIPS.filter((c) => !c.skip);
const skipped = SLIPS.filter((c) => c.skip);

describe('planted slips: reported at the exact cell, nothing else cries wolf', () => {
  it.each(active.map((c) => [`${c.group} | ${c.name}`, c] as const))('%s', (_n, c) => {
    const { report, genuine } = run(c);
    const ids = report.findings.map(id);
    const problems: string[] = [];
    for (const alts of c.expect) {
      if (!alts.some((a) => ids.includes(a))) problems.push(`missing: ${alts.join(' OR ')}`);
    }
    const slipCells = new Set(c.expect.flat().map((a) => a.split(' ')[1]));
    const allowed = new Set([...c.expect.flat(), ...(c.acceptable ?? []), ...genuine]);
    for (const f of report.findings) {
      if (f.severity === 'info') continue;
      if (allowed.has(id(f))) continue;
      if (slipCells.has(`${f.sheet}!${f.cell}`)) continue; // another rule at the slip cell itself is fine
      problems.push(`cries wolf: ${show(f)}`);
    }
    if (problems.length) {
      throw new Error(`${problems.join('\n')}\n-- all findings:\n  ${report.findings.map(show).join('\n  ') || '(none)'}`);
    }
  });

  if (skipped.length) it.skip.each(skipped.map((c) => [`${c.group} | ${c.name} (skipped: ${c.skip})`]))('%s', () => undefined);
});

describe('must stay silent: rounding explains it, and every clean base', () => {
  it.each(SILENT.map((s) => [s.name, s] as const))('%s', (_n, s) => {
    const base = BASES[s.base]();
    const report = validateWorkbook(toWorkbook(base.sheets));
    const alarms = report.findings.filter((f) => f.severity !== 'info' && !(base.genuine ?? []).includes(id(f)));
    expect(alarms.map(show)).toEqual([]);
  });
});
