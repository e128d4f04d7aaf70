import { findIkPlans } from '../../../src/core/internalControl/findIkPlan';
import { buildSheet } from '../../helpers/buildSheet';

const RISK_A = 'Risken att investeringar redovisas felaktigt.';
const RISK_B = 'Risken för välfärdsbrottslighet.';

describe('findIkPlans recognises an IK-plan by its headers', () => {
  it('reads headers in any case, broken over lines, and the follow-up columns in order', () => {
    const sheet = buildSheet('IK', [
      ['Internkontrollplan 2025'],
      [],
      ['VERKSAMHET (process/område)', 'Risk', 'Åtgärd', 'Ansvarig', 'Klart\nsenast', 'Status T1', 'Status  delår', 'Kommentar'],
      ['Ekonomi', RISK_A, 'Uppdatera rutinen.', 'Controller', '2025-06-30', 'Pågår', 'Pågår', 'Åtgärden pågår.'],
    ]);
    const [plan] = findIkPlans(sheet, 1900);
    expect(plan.columns).toEqual({ verksamhet: 1, risk: 2, action: 3, responsible: 4, deadline: 5 });
    expect(plan.followUps).toEqual([
      { label: 'Status T1', status: 6 },
      { label: 'Status delår', status: 7, comment: 8 },
    ]);
    expect(plan.range).toEqual({ top: 3, left: 1, bottom: 4, right: 8 });
    expect(plan.risks[0].rows[0].deadline).toEqual({ text: '2025-06-30', iso: '2025-06-30' });
  });

  it('lets an empty Verksamhet cell continue the group above, and an empty Risk cell the risk above', () => {
    const sheet = buildSheet('IK', [
      ['Verksamhet', 'Risk', 'Åtgärd', 'Kommentar'],
      ['Ekonomi', RISK_A, 'Åtgärd 1', 'Åtgärden pågår.'],
      [null, null, 'Åtgärd 2', 'Åtgärden pågår.'],
      [null, RISK_B, 'Åtgärd 3', 'Åtgärden pågår.'],
      ['HR', null, 'Åtgärd 4', 'Åtgärden pågår.'],
    ]);
    const [plan] = findIkPlans(sheet, 1900);
    expect(plan.risks.map((r) => [r.verksamhet, r.text, r.rows.map((x) => x.action)])).toEqual([
      ['Ekonomi', RISK_A, ['Åtgärd 1', 'Åtgärd 2']],
      ['Ekonomi', RISK_B, ['Åtgärd 3']],
      // A new Verksamhet starts a new group even when its Risk cell is empty.
      ['HR', '', ['Åtgärd 4']],
    ]);
  });

  it('reads a risk cell merged over its åtgärder as one risk, and a group header over S, K and RV', () => {
    const sheet = buildSheet(
      'IK',
      [
        ['Risk', 'Riskbedömning', null, null, 'Åtgärd', 'Kommentar'],
        [null, 'S', 'K', 'RV', null, null],
        [RISK_A, 2, 3, 6, 'Åtgärd 1', 'Åtgärden pågår.'],
        [null, null, null, null, 'Åtgärd 2', 'Åtgärden pågår.'],
      ],
      [
        { top: 1, left: 2, bottom: 1, right: 4 },
        { top: 3, left: 1, bottom: 4, right: 1 },
      ],
    );
    const [plan] = findIkPlans(sheet, 1900);
    expect(plan.headerRows).toEqual([1, 2]);
    expect(plan.columns).toMatchObject({ risk: 1, sannolikhet: 2, konsekvens: 3, riskValue: 4, action: 5 });
    expect(plan.risks).toHaveLength(1);
    expect(plan.risks[0].rows.map((r) => r.action)).toEqual(['Åtgärd 1', 'Åtgärd 2']);
  });

  it('ends the plan at a numbered section heading', () => {
    const sheet = buildSheet('IK', [
      ['Risk', 'Åtgärd', 'Kommentar'],
      [RISK_A, 'Åtgärd 1', 'Åtgärden pågår.'],
      ['6.2 Kontrollmoment'],
      ['Något annat', 'helt annat', 'text'],
    ]);
    expect(findIkPlans(sheet, 1900)[0].range.bottom).toBe(2);
  });

  it('does not take comments that start with "Åtgärden" or "Risken" for headers, nor a styrtal table for a plan', () => {
    const body = buildSheet('IK', [
      ['Risken att något händer.', 'Åtgärden pågår.', 'Kommentar saknas'],
      ['Styrtal', 'Utfall', 'Årets målvärde', 'Kommentar'],
      ['Sjukfrånvaron ska minska', 4.89, 4.2, 'Ökar'],
    ]);
    expect(findIkPlans(body, 1900)).toEqual([]);
  });
});
