import { exitCode } from '../../src/cli/exitCode';
import { formatJson } from '../../src/cli/formatJson';
import { formatRulesJson, formatRulesText } from '../../src/cli/formatRules';
import { formatTextReport } from '../../src/cli/formatText';
import type { Report } from '../../src/core/findings/finding';
import { RULES } from '../../src/core/rules/catalogue';

/** A hand-made report, so the formatting is tested whatever the engine finds today. */
const report: Report = {
  tables: [{ sheet: 'Resultat', range: 'A3:H20', kind: 'resultatrapport', signConvention: 'costs-negative' }],
  unrecognizedSheets: ['Anteckningar', 'Blad3'],
  findings: [
    {
      rule: 'sum.row-total', severity: 'error', sheet: 'Resultat', cell: 'C12',
      message: 'Summan av raderna är 1234,5 men Summa-raden visar 1235,0.', expected: 1234.5, found: 1235, tolerance: 0.05,
    },
    { rule: 'sign.cost', severity: 'warning', sheet: 'Resultat', cell: 'D4', message: 'Kostnad med positivt tecken.' },
    { rule: 'error-value.cell', severity: 'error', sheet: 'Drift', cell: 'AB100', message: 'Felvärde #DIVISION/0!.' },
  ],
};

describe('formatTextReport', () => {
  const text = formatTextReport('rapport.xlsx', report);

  it('groups findings by sheet with Swedish severity words, cell and numbers', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('rapport.xlsx');
    expect(lines[1]).toBe('  Blad "Resultat"');
    expect(lines[2]).toBe(
      '    Fel      C12    Summan av raderna är 1234,5 men Summa-raden visar 1235,0. (förväntat 1\u00a0234,5; funnet 1\u00a0235,0; tolerans ±0,05)',
    );
    expect(lines[3]).toBe('    Varning  D4     Kostnad med positivt tecken.');
    expect(lines[4]).toBe('  Blad "Drift"');
    expect(lines[5]).toMatch(/^ {4}Fel {6}AB100 {2}Felvärde/);
  });

  it('ends with a summary line', () => {
    expect(text).toMatch(
      /Summering: 2 fel, 1 varning, 0 info\. Tabeller som känns igen: 1\. Blad som inte förstås: Anteckningar, Blad3\.\n$/,
    );
  });

  it('says so when there is nothing to report', () => {
    const empty = formatTextReport('tom.xlsx', { tables: [], unrecognizedSheets: [], findings: [] });
    expect(empty).toBe(
      'tom.xlsx\n  Inga anmärkningar.\n  Summering: 0 fel, 0 varningar, 0 info. Tabeller som känns igen: 0. Blad som inte förstås: inga.\n',
    );
  });
});

describe('formatJson (the contract)', () => {
  it('one file -> one object with exactly the contract keys', () => {
    const json = JSON.parse(formatJson([{ file: 'rapport.xlsx', report }], false));
    expect(Object.keys(json)).toEqual(['file', 'tables', 'findings']);
    expect(json.tables).toEqual([{ sheet: 'Resultat', range: 'A3:H20', kind: 'resultatrapport', signConvention: 'costs-negative' }]);
    expect(json.findings[0]).toEqual({
      rule: 'sum.row-total', severity: 'error', sheet: 'Resultat', cell: 'C12',
      message: 'Summan av raderna är 1234,5 men Summa-raden visar 1235,0.', expected: 1234.5, found: 1235, tolerance: 0.05,
    });
    // Optional numbers are left out, not null.
    expect(Object.keys(json.findings[1])).toEqual(['rule', 'severity', 'sheet', 'cell', 'message']);
  });

  it('several files -> an array; an unreadable file -> {file, error}', () => {
    const json = JSON.parse(
      formatJson([{ file: 'a.xlsx', report }, { file: 'b.xls', error: 'Filen är i det gamla .xls-formatet.' }], true),
    );
    expect(json).toHaveLength(2);
    expect(json[1]).toEqual({ file: 'b.xls', error: 'Filen är i det gamla .xls-formatet.' });
  });
});

describe('exitCode', () => {
  const clean: Report = { tables: [], unrecognizedSheets: [], findings: [report.findings[1]] };
  it('0 without error findings, 1 with one, 2 when a file could not be read', () => {
    expect(exitCode([{ file: 'a', report: clean }])).toBe(0);
    expect(exitCode([{ file: 'a', report: clean }, { file: 'b', report }])).toBe(1);
    expect(exitCode([{ file: 'a', report }, { file: 'c', error: 'Filen finns inte.' }])).toBe(2);
  });
});

describe('rules listing', () => {
  it('lists every rule with id, Swedish severity and title', () => {
    const lines = formatRulesText(RULES).trimEnd().split('\n');
    expect(lines).toHaveLength(RULES.length);
    expect(lines.find((l) => l.startsWith('sum.row-total '))).toMatch(/^sum\.row-total\s+Fel\s+Summarad rad stämmer inte$/);
    const json = JSON.parse(formatRulesJson(RULES)) as Array<{ id: string }>;
    expect(json.find((r) => r.id === 'sum.row-total')).toEqual({
      id: 'sum.row-total', category: 'sum', severity: 'error', title: 'Summarad rad stämmer inte',
    });
  });
});
