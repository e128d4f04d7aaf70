import { validateWorkbook } from '../../../src/core/engine/validate';
import { buildSheet, buildWorkbook, type TestCell } from '../../helpers/buildSheet';
import { DRIFTREDOVISNING, RESULTATRAPPORT } from '../../helpers/domainTables';

const relationCategories = ['sum', 'variance', 'relation', 'sign', 'crossref', 'budgetram'];

function findingsOf(rows: TestCell[][], name = 'Blad1') {
  return validateWorkbook(buildWorkbook(buildSheet(name, rows))).findings;
}

describe('real tables from DOMAIN §3 raise no false alarm', () => {
  it('resultatrapport §3.1 is clean although naive checks would flag three cells', () => {
    const report = validateWorkbook(buildWorkbook(buildSheet('Resultatrapport', RESULTATRAPPORT)));
    expect(report.tables.map((t) => t.kind)).toEqual(['resultatrapport']);
    expect(report.tables[0].signConvention).toBe('costs-negative');
    expect(report.findings.filter((f) => relationCategories.includes(f.rule.split('.')[0]))).toEqual([]);
  });

  it('driftredovisning §3.2 reports only the real #DIVISION/0!, with reason and fix', () => {
    const report = validateWorkbook(buildWorkbook(buildSheet('Driftredovisning', DRIFTREDOVISNING)));
    expect(report.tables.map((t) => t.kind)).toEqual(['driftredovisning']);
    const errors = report.findings.filter((f) => f.severity !== 'info');
    expect(errors.map((f) => [f.rule, f.cell])).toEqual([['error-value.cell', 'D6']]);
    expect(errors[0].message).toContain('#DIVISION/0!');
    expect(errors[0].message).toContain('C6');
    expect(errors[0].message).toContain('OMFEL');
  });
});

describe('planted slips are found at the right cell', () => {
  it('finds a 0.5 mnkr error in Summa Kostnader with the tolerance applied', () => {
    const rows = RESULTATRAPPORT.map((r) => [...r]);
    rows[9][1] = -101.8;
    const findings = findingsOf(rows).filter((f) => f.severity === 'error');
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([['sum.row-total', 'B10']]);
    expect(findings[0].expected).toBeCloseTo(-101.3, 9);
    expect(findings[0].found).toBeCloseTo(-101.8, 9);
    expect(findings[0].tolerance).toBeCloseTo(0.2, 9);
    expect(findings[0].message).toBe(
      'Summa Kostnader, Utfall ack (B10) är −101,8 men raderna B7–B9 summerar till −101,3; avvikelsen 0,5 är större än avrundningen tillåter (±0,2). Rättas B10 stämmer också D10.',
    );
  });

  it('points at a cost typed positive instead of the sum and variance it breaks', () => {
    const rows = RESULTATRAPPORT.map((r) => [...r]);
    rows[6][1] = 8.8;
    const findings = findingsOf(rows).filter((f) => f.severity !== 'info');
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([['sign.cost', 'B7']]);
  });

  it('reports a budgetavvikelse with reversed sign', () => {
    const rows = RESULTATRAPPORT.map((r) => [...r]);
    rows[7][3] = 2.4;
    const findings = findingsOf(rows).filter((f) => f.severity !== 'info');
    expect(findings.map((f) => [f.rule, f.cell])).toContainEqual(['variance.sign-reversed', 'D8']);
  });

  it('finds a wrong relation (%) in the driftredovisning', () => {
    const rows = DRIFTREDOVISNING.map((r) => [...r]);
    rows[2][3] = 19.1;
    const findings = findingsOf(rows).filter((f) => f.rule === 'relation.ratio');
    expect(findings.map((f) => f.cell)).toEqual(['D3']);
  });
});
