/**
 * The generated huvudbok (scripts/fixtures-ledger.ts): every planted slip is found at its cell by
 * its rule and nothing else is flagged — read from the .xlsx file and built in memory alike.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { ledgerFixture, ledgerFixtureWorkbook, LEDGER_SHEET } from '../../../scripts/fixtures-ledger';
import { controlLedger, type ControlResult } from '../../../src/core/ledger';
import type { Workbook } from '../../../src/core/model/workbook';
import { readWorkbookFile } from '../../../src/host/file/readWorkbook';

const DIR = join(__dirname, '..', '..', 'fixtures', 'ledger');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { plants: Array<{ rule: string; cell: string }> };

function control(wb: Workbook): ControlResult {
  const r = controlLedger(wb, { sheet: LEDGER_SHEET });
  if (!r.ok) throw new Error(r.message);
  return r.result;
}

describe('huvudbok-2025.xlsx', () => {
  let fromFile: ControlResult;
  beforeAll(async () => {
    fromFile = control(await readWorkbookFile(join(DIR, 'huvudbok-2025.xlsx')));
  });

  it('the committed manifest is what the generator plants', () => {
    expect(manifest.plants).toEqual(ledgerFixture().plants);
  });

  it('every plant is found at its cell by its rule, and nothing else is flagged', () => {
    const found = fromFile.findings.map((f) => `${f.rule} ${f.cell}`).sort();
    const planted = manifest.plants.map((p) => `${p.rule} ${p.cell}`).sort();
    expect(found).toEqual(planted);
    // Every kind of plant is there at least once, so none of the checks passes by finding nothing.
    const rules = new Set(manifest.plants.map((p) => p.rule));
    for (const c of fromFile.summary.checks) expect(rules.has(c.rule)).toBe(true);
  });

  it('reads some thousand rows over two years, Swedish text amounts and dates included', () => {
    const s = fromFile.summary;
    expect(s.rows).toBeGreaterThan(3000);
    expect(s.years).toEqual([2024, 2025]);
    expect(s.unreadable).toBe(2);
    expect(s.checks.every((c) => c.performed)).toBe(true);
    const credits = fromFile.ledger.entries.filter((e) => e.amount === -2500 || e.amount === -1234);
    expect(credits).toHaveLength(2);
  });

  it('the in-memory model gives the same findings and the same ledger as the file', () => {
    const inMemory = control(ledgerFixtureWorkbook());
    expect(inMemory.findings).toEqual(fromFile.findings);
    expect(inMemory.ledger.entries).toEqual(fromFile.ledger.entries);
  });
});
