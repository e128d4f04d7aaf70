import { validateWorkbook } from '../../../src/core/engine/validate';
import { internalControlText } from '../../../src/core/internalControl/summaryText';
import { buildSheet, buildWorkbook } from '../../helpers/buildSheet';

const plan = () =>
  buildSheet('IK-plan', [
    ['Internkontrollplan 2025'],
    ['Verksamhet', 'Risk', 'S', 'K', 'RV', 'Åtgärd', 'Kommentar'],
    ['Ekonomi', 'Risken att fakturor attesteras fel.', 3, 4, 12, 'Granska stickprov.', 'Tre avvikelser rättades.\nÅtgärden är avslutad.'],
    [null, 'Risken att investeringar redovisas felaktigt.', 3, 4, 12, 'Uppdatera rutinen.', 'Åtgärden pågår.'],
    [null, null, null, null, null, 'Stickprov på konto 1220.', 'Uppdraget har inte startat.'],
    [null, 'Risken att inköp sker utanför avtal.', 1, 2, 2, 'Information till chefer.', 'Åtgärden pågår.'],
    ['HR', 'Risken att SAM inte fungerar.', null, null, null, 'Chefer följer upp.', null],
  ]);

describe('the IK-plan summary in the report', () => {
  it('counts risks per colour and åtgärder per status, and lists the risks of each matrix cell', () => {
    const report = validateWorkbook(buildWorkbook(plan()));
    const s = report.internalControl!;
    expect(s.risks).toEqual({ total: 4, byBand: { green: 1, yellow: 0, red: 2, unassessed: 1 } });
    expect(s.actions).toEqual({ total: 5, byStatus: { done: 1, ongoing: 2, 'not-started': 1, accepted: 0, unknown: 0, missing: 1 } });
    expect(s.matrix).toHaveLength(16);
    // Rows of the matrix from the highest sannolikhet down, konsekvens from 1 up.
    expect(s.matrix.slice(0, 4).map((c) => [c.sannolikhet, c.konsekvens, c.band])).toEqual([[4, 1, 'yellow'], [4, 2, 'yellow'], [4, 3, 'red'], [4, 4, 'red']]);
    const cell = s.matrix.find((c) => c.sannolikhet === 3 && c.konsekvens === 4)!;
    expect(cell).toMatchObject({ value: 12, band: 'red', count: 2 });
    expect(cell.risks.map((r) => [r.sheet, r.cell, r.verksamhet])).toEqual([['IK-plan', 'B3', 'Ekonomi'], ['IK-plan', 'B4', 'Ekonomi']]);
    expect(internalControlText(s)).toBe(
      'Internkontroll: 4 risker (2 röda, 1 grön, 1 utan riskbedömning), 5 åtgärder (1 avslutad, 2 pågår, 1 ej påbörjad, 1 utan status).',
    );
  });

  it('claims the plan: no unknown sheet, no periodrapport table on its figures, kind "ikplan"', () => {
    const report = validateWorkbook(buildWorkbook(plan()));
    expect(report.tables).toEqual([{ sheet: 'IK-plan', range: 'A2:G7', kind: 'ikplan' }]);
    expect(report.unrecognizedSheets).toEqual([]);
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(['ic.action-without-follow-up G7']);
  });

  it('leaves the summary out of a report without IK-plan', () => {
    const report = validateWorkbook(buildWorkbook(buildSheet('Blad1', [['Belopp', 'Utfall'], ['Intäkter', 3]])));
    expect(report.internalControl).toBeUndefined();
  });
});
