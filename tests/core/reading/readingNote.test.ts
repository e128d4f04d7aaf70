import { validateWorkbook } from '../../../src/core/engine/validate';
import { readingNote } from '../../../src/core/reading/readingNote';
import { buildSheet, buildWorkbook } from '../../helpers/buildSheet';
import { RESULTATRAPPORT } from '../../helpers/domainTables';

describe('"Varför?" says how the table around a finding was read', () => {
  test('a slipped Summa Kostnader names the rows the sum adds', () => {
    const rows = RESULTATRAPPORT.map((r) => [...r]);
    const at = rows.findIndex((r) => r[0] === 'Summa Kostnader');
    rows[at][1] = -101.8; // DOMAIN §3.1: −101,3
    const report = validateWorkbook(buildWorkbook(buildSheet('Resultatrapport', rows)));
    const finding = report.findings.find((f) => f.rule === 'sum.row-total')!;
    expect(readingNote(report.tables, finding)).toBe(`Så lästes tabellen: Summa Kostnader = rad ${at - 2}–${at}.`);
  });

  test('a slipped budgetavvikelse names its inputs', () => {
    const rows = RESULTATRAPPORT.map((r) => [...r]);
    const at = rows.findIndex((r) => r[0] === 'Lämnade bidrag');
    rows[at][3] = -4.2;
    const report = validateWorkbook(buildWorkbook(buildSheet('Resultatrapport', rows)));
    const finding = report.findings.find((f) => f.rule === 'variance.budget')!;
    expect(readingNote(report.tables, finding)).toBe('Så lästes tabellen: Budgetavvikelse ack (D) = utfall − budget (B, C).');
  });
});
