/**
 * The ledger fixture as the exports controllers get (scripts/fixtures-ledger-exports.ts): the
 * Windows-1252 CSV gives exactly the findings of the .xlsx; the SIE 4 file gives the same findings
 * for every check SIE has the data for (no automatic approval, no org.nr in SIE 4).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { avtalCsvText, ledgerCsvText, ledgerSieText } from '../../../scripts/fixtures-ledger-exports';
import { encodeSingleByte } from '../../../scripts/fixtures/encodeSingleByte';
import { cp437CodePoint } from '../../../src/core/ledger/imports/cp437';
import { windows1252CodePoint } from '../../../src/core/ledger/imports/windows1252';
import { controlLedger, csvSheet, decodeExportText, readAvtalSheet, readTextLedger, type ControlResult, type ControlRequest } from '../../../src/core/ledger';
import type { Finding } from '../../../src/core/findings/finding';
import type { Workbook } from '../../../src/core/model/workbook';
import { readWorkbookFile } from '../../../src/host/file/readWorkbook';

const DIR = join(__dirname, '..', '..', 'fixtures', 'ledger');
const file = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

jest.setTimeout(60_000);

function control(wb: Workbook, request: ControlRequest = {}): ControlResult {
  const r = controlLedger(wb, request);
  if (!r.ok) throw new Error(r.message);
  return r.result;
}

function textLedger(name: string): Workbook {
  const r = readTextLedger(file(name), name);
  if (!r.ok) throw new Error(r.message);
  return r.workbook;
}

const avtalList = () => readAvtalSheet(csvSheet('Avtalsleverantörer', decodeExportText(file('avtalsleverantorer.csv')).text), 'filen avtalsleverantorer.csv');

/** A finding by what it is about rather than where: rule, verifikation, konto and belopp of its row. */
function keys(result: ControlResult, rules?: Set<string>): string[] {
  const byRow = new Map(result.ledger.entries.map((e) => [e.row, e]));
  return result.findings
    .filter((f) => f.rule !== 'ledger.unreadable-row' && (!rules || rules.has(f.rule)))
    .map((f) => {
      const e = byRow.get(Number(/\d+$/.exec(f.cell)![0]))!;
      return `${f.rule} ${e.verification} ${e.account} ${e.amount}`;
    })
    .sort();
}

let xlsx: ControlResult;
beforeAll(async () => {
  xlsx = control(await readWorkbookFile(join(DIR, 'huvudbok-2025.xlsx')), { sheet: 'Huvudbok' });
});

it('the committed exports are what the generator writes', () => {
  expect(file('huvudbok-2025.csv')).toEqual(encodeSingleByte(ledgerCsvText(), windows1252CodePoint, 'Windows-1252'));
  expect(file('huvudbok-2025.se')).toEqual(encodeSingleByte(ledgerSieText(), cp437CodePoint, 'CP437'));
  expect(Buffer.from(file('avtalsleverantorer.csv')).toString('utf8')).toBe(avtalCsvText());
});

it('the avtal CSV (UTF-8, BOM, ",") lists the suppliers of the Avtalsleverantörer sheet', () => {
  const list = avtalList();
  if (!list.ok) throw new Error(list.reason);
  expect(list.list.count).toBe(18);
});

describe('huvudbok-2025.csv (Windows-1252, ";", trailing minus)', () => {
  let csv: ControlResult;
  beforeAll(() => {
    csv = control(textLedger('huvudbok-2025.csv'), { avtalList: avtalList() });
  });

  it('the same findings at the same cells as the .xlsx, the avtal list named as the file it came from', () => {
    const fromFile = (f: Finding) => ({ ...f, message: f.message.replace('(filen avtalsleverantorer.csv)', '(bladet Avtalsleverantörer)') });
    expect(csv.findings.length).toBe(19);
    expect(csv.findings.map(fromFile)).toEqual(xlsx.findings);
  });

  it('the same rows, unreadable rows and per-check counts', () => {
    const counts = (r: ControlResult) => r.summary.checks.map((c) => [c.rule, c.performed, c.count, c.sum]);
    expect(csv.summary).toMatchObject({ rows: xlsx.summary.rows, unreadable: 2, years: [2024, 2025], headerRow: 3 });
    expect(counts(csv)).toEqual(counts(xlsx));
    expect(csv.ledger.entries).toEqual(xlsx.ledger.entries);
  });
});

describe('huvudbok-2025.se (SIE 4, CP437)', () => {
  let sie: ControlResult;
  beforeAll(() => {
    sie = control(textLedger('huvudbok-2025.se'), { avtalList: avtalList() });
  });

  it('every cost line of the .xlsx is a #TRANS, each verification with its counter line', () => {
    const verifications = new Set(xlsx.ledger.entries.map((e) => e.verification));
    // The .xlsx rows, the "ca 500 kr" line (unreadable in both) and one counter line per verification.
    expect(sie.summary.rows).toBe(xlsx.summary.rows + verifications.size);
    expect(sie.summary.unreadable).toBe(1);
    const sums = new Map<string, number>();
    for (const e of sie.ledger.entries) sums.set(e.verification!, (sums.get(e.verification!) ?? 0) + Math.round(e.amount * 100));
    // Every verification sums to zero (the one with the unreadable amount has no other line).
    expect([...sums].filter(([, s]) => s !== 0)).toEqual([]);
  });

  it('double payments and investments: the same findings as the .xlsx', () => {
    const rules = new Set(['ledger.duplicate-invoice', 'ledger.duplicate-amount', 'ledger.investment-on-operating', 'ledger.small-on-investment']);
    expect(keys(sie, rules)).toEqual(keys(xlsx, rules));
    expect(keys(sie, rules)).toHaveLength(8);
  });

  it('outside agreement: the .xlsx findings, plus the supplier the list knows only by org.nr (SIE 4 has none)', () => {
    const rules = new Set(['ledger.outside-agreement']);
    const fromXlsx = keys(xlsx, rules);
    const fromSie = keys(sie, rules);
    expect(fromXlsx.every((k) => fromSie.includes(k))).toBe(true);
    const extra = sie.findings.filter((f) => f.rule === 'ledger.outside-agreement' && !fromXlsx.includes(keys({ ...sie, findings: [f] })[0]));
    const suppliers = new Set(extra.map((f) => sie.ledger.entries.find((e) => e.row === Number(/\d+$/.exec(f.cell)![0]))!.supplier));
    expect([...suppliers]).toEqual(['Resebyrån Norr']);
    expect(fromSie.length - fromXlsx.length).toBe(extra.length);
  });

  it('automatic approval is skipped, saying why: SIE has no such field', () => {
    for (const rule of ['ledger.auto-approved-above-threshold', 'ledger.auto-approved-change']) {
      const check = sie.summary.checks.find((c) => c.rule === rule)!;
      expect(check).toMatchObject({ performed: false, count: 0 });
      expect(check.skipped).toBeTruthy();
    }
    expect(sie.findings.filter((f) => f.rule.startsWith('ledger.auto-approved'))).toEqual([]);
  });
});
