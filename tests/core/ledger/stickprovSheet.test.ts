/** The "Stickprov <datum>" sheet: parameters that reproduce it, the sampled rows with links back, reviewer columns. */
import { buildStickprovSheet, drawSample, readLedger, accountSet, stickprovSheetName } from '../../../src/core/ledger';
import { dayFromCivil } from '../../../src/core/model/excelDate';
import type { ReportCell } from '../../../src/core/report/reportSheet';
import { buildSheet } from '../../helpers/buildSheet';

const d = (day: number) => dayFromCivil({ year: 2025, month: 3, day });
const sheet = buildSheet('Huvudbok', [
  ['Huvudbok mars 2025'],
  ['Verifikation', 'Datum', 'Konto', 'Belopp', 'Leverantör', 'Text'],
  ['V1', d(3), 4611, 1200, 'Kursakademin AB', 'Kurs'],
  ['V2', d(4), 6110, 300, 'Kontorsvaruhuset AB', 'Papper'],
  ['V3', '2025-03-05', 4630, '2 450,50', 'Resebyrån AB', '=HYPERLINK("http://x","klicka")'],
  ['V4', d(6), 7070, 5000, 'SKR', 'Medlemsavgift'],
]);
const read = readLedger(sheet, 1900);
if (!read.ok) throw new Error(read.message);
const ledger = read.ledger;
const sample = drawSample(ledger, { accounts: accountSet('4611, 4630, 6811-6899, 7070'), size: { n: 3 }, stratify: true, weighted: false, seed: 7 });
const report = buildStickprovSheet(sheet, ledger, sample, { date: new Date(2025, 2, 14, 16, 30) }, 1900);

const labelled = (label: string): ReportCell | undefined => report.rows.find((r) => r[0] === label)?.[1];

describe('the Stickprov sheet', () => {
  it('is named by the day it was drawn', () => {
    expect(report.name).toBe('Stickprov 2025-03-14');
    expect(stickprovSheetName(new Date(2025, 11, 31, 23, 59))).toBe('Stickprov 2025-12-31');
  });

  it('states seed, accounts, size, stratification, weighting, population and sum', () => {
    expect(labelled('Seed')).toBe(7);
    expect(labelled('Konton')).toBe('4611, 4630, 6811-6899, 7070');
    expect(labelled('Urvalsstorlek')).toBe('3 rader');
    expect(labelled('Stratifiering')).toMatch(/^per konto/);
    expect(labelled('Viktat')).toBe('nej');
    expect(labelled('Population')).toBe(3);
    expect(labelled('Summa')).toEqual({ value: 8650.5, numberFormat: '#,##0.00' });
    expect(labelled('Fördelning per konto')).toBe('4611: 1 av 1; 4630: 1 av 1; 7070: 1 av 1');
  });

  it('lists each sampled row with its ledger columns, a link back and empty reviewer columns', () => {
    const head = report.rows.findIndex((r) => r[0] !== null && typeof r[0] === 'object' && 'text' in r[0] && r[0].text === 'Rad i huvudboken');
    expect(report.rows[head].map((c) => (c as { text: string }).text)).toEqual([
      'Rad i huvudboken', 'Verifikation', 'Datum', 'Konto', 'Belopp', 'Leverantör', 'Text', 'Granskad av', 'Datum', 'OK/Avvikelse', 'Kommentar',
    ]);
    const body = report.rows.slice(head + 1);
    expect(body.map((r) => r[0])).toEqual([
      { text: 'Rad 3', link: { sheet: 'Huvudbok', cell: 'A3' } },
      { text: 'Rad 5', link: { sheet: 'Huvudbok', cell: 'A5' } },
      { text: 'Rad 6', link: { sheet: 'Huvudbok', cell: 'A6' } },
    ]);
    // Text amounts and text dates become numbers with formats; user text stays a plain string.
    expect(body[1]).toEqual([
      body[1][0], 'V3', { value: d(5), numberFormat: 'yyyy-mm-dd' }, 4630, { value: 2450.5, numberFormat: '#,##0.00' }, 'Resebyrån AB',
      '=HYPERLINK("http://x","klicka")', null, null, null, null,
    ]);
    expect(report.widths).toHaveLength(11);
  });

  it('writes dates as serials of the workbook\'s date system, text dates included', () => {
    const mac = buildSheet('Huvudbok', [
      ['Verifikation', 'Datum', 'Konto', 'Belopp'],
      ['V1', d(3) - 1462, 4611, 1200],
      ['V2', '2025-03-05', 4630, 300],
    ]);
    const macRead = readLedger(mac, 1904);
    if (!macRead.ok) throw new Error(macRead.message);
    const macSample = drawSample(macRead.ledger, { size: { n: 2 }, stratify: false, weighted: false, seed: 7 });
    const macReport = buildStickprovSheet(mac, macRead.ledger, macSample, { date: new Date(2025, 2, 14) }, 1904);
    const dates = macReport.rows.slice(-2).map((r) => r[2]);
    expect(dates).toEqual([
      { value: d(3) - 1462, numberFormat: 'yyyy-mm-dd' },
      { value: d(5) - 1462, numberFormat: 'yyyy-mm-dd' },
    ]);
  });
});
