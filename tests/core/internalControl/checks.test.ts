import { checkInternalControl } from '../../../src/core/internalControl/checkInternalControl';
import type { InternalControlSettings } from '../../../src/core/engine/settings';
import { buildSheet, buildWorkbook, type TestCell } from '../../helpers/buildSheet';

const HEAD = ['Verksamhet', 'Risk', 'Sannolikhet', 'Konsekvens', 'Riskvärde', 'Åtgärd', 'Klart senast', 'Status', 'Kommentar'];
const FOUND = 'Stickproven visade två fakturor utan anteckning om kursens syfte.';
/** Other findings, so that comments under different risks are not copies of each other. */
const FOUND_B = 'Rutinen för investeringar uppdaterades i maj.';
const FOUND_C = 'Analysen av välfärdsbrottslighet planeras till hösten.';

/** A plan with the HEAD columns (A–I) from row 1, body from row 2. */
function run(rows: TestCell[][], settings: InternalControlSettings = {}) {
  const result = checkInternalControl(buildWorkbook(buildSheet('IK', [HEAD, ...rows])), settings);
  return { ...result, hits: result.findings.map((f) => `${f.rule} ${f.cell}`) };
}

describe('IK-plan risk assessment', () => {
  it('flags a riskvärde that is not sannolikhet × konsekvens, with expected and found', () => {
    const { findings, hits } = run([['Ekonomi', 'Risk A', 3, 4, 7, 'Åtgärd', null, 'Pågår', FOUND]]);
    expect(hits).toEqual(['ic.risk-value E2']);
    expect(findings[0]).toMatchObject({ expected: 12, found: 7, severity: 'error' });
    expect(findings[0].message).toBe('Riskvärdet är 7 men sannolikhet 3 × konsekvens 4 = 12.');
  });

  it('flags a step outside the scale and leaves the risk out of the matrix', () => {
    const { hits, summary } = run([['Ekonomi', 'Risk A', 5, 'Lindrig', 10, 'Åtgärd', null, 'Pågår', FOUND]]);
    expect(hits).toEqual(['ic.scale C2']);
    expect(summary!.risks.byBand.unassessed).toBe(1);
    // The same 5 is a valid step of a 5 × 5 matrix; "Lindrig" is only a word of the 4-step scale.
    expect(run([['Ekonomi', 'Risk A', 5, 'Lindrig', 10, 'Åtgärd', null, 'Pågår', FOUND]], { scale: 5 }).hits).toEqual(['ic.scale D2']);
  });

  it('reads the words of the 4-step scale ("Stor", "Kännbar")', () => {
    const { hits, summary } = run([['Ekonomi', 'Risk A', 'Stor', 'Kännbar', 9, 'Åtgärd', null, 'Pågår', FOUND]]);
    expect(hits).toEqual([]);
    expect(summary!.matrix.find((c) => c.sannolikhet === 3 && c.konsekvens === 3)!.count).toBe(1);
  });
});

describe('IK-plan åtgärder', () => {
  it('flags a risk without åtgärd, but not one that is accepted', () => {
    expect(run([['Ekonomi', 'Risk A', 1, 2, 2, null, null, null, null]]).hits).toEqual(['ic.risk-without-action F2']);
    expect(run([['Ekonomi', 'Risk A', 1, 2, 2, 'Risken accepteras.', null, null, null]]).hits).toEqual([]);
  });

  it('flags a red risk without åtgärd, or accepted, at the cell that says so', () => {
    expect(run([['Ekonomi', 'Risk A', 3, 3, 9, null, null, null, null]]).hits).toEqual(['ic.red-risk F2']);
    expect(run([['Ekonomi', 'Risk A', 4, 3, 12, 'Risken accepteras.', null, null, null]]).hits).toEqual(['ic.red-risk F2']);
    expect(run([['Ekonomi', 'Risk A', 4, 3, 12, 'Åtgärd', null, 'Accepterad', 'Beslut i nämnden.']]).hits).toEqual(['ic.red-risk H2']);
    // The same risk is yellow on a matrix whose red band starts at 15: nothing to say.
    const bands = { green: [1, 4] as [number, number], yellow: [5, 14] as [number, number], red: [15, 25] as [number, number] };
    expect(run([['Ekonomi', 'Risk A', 4, 3, 12, 'Risken accepteras.', null, null, null]], { scale: 5, bands }).hits).toEqual([]);
  });

  it('asks for status and comment at a follow-up, but not of a plan that has not been followed up yet', () => {
    const rows: TestCell[][] = [
      ['Ekonomi', 'Risk A', 1, 2, 2, 'Åtgärd 1', null, null, FOUND],
      [null, 'Risk B', 1, 2, 2, 'Åtgärd 2', null, null, null],
      [null, 'Risk C', 1, 2, 2, 'Åtgärd 3', null, 'Grönt', FOUND_C],
    ];
    expect(run(rows).hits).toEqual(['ic.status-missing H2', 'ic.action-without-follow-up I3', 'ic.status-unknown H4']);
    const planned = rows.map((r) => [...r.slice(0, 7), null, null]);
    expect(run(planned).hits).toEqual([]);
  });

  it('flags "avslutad" with no comment, or with one that only repeats the status', () => {
    const { hits, findings } = run([
      ['Ekonomi', 'Risk A', 1, 2, 2, 'Åtgärd 1', null, 'Avslutad', null],
      [null, 'Risk B', 1, 2, 2, 'Åtgärd 2', null, null, 'Åtgärden är avslutad.'],
      [null, 'Risk C', 1, 2, 2, 'Åtgärd 3', null, 'Klar', `${FOUND_C} Åtgärden är avslutad.`],
    ]);
    expect(hits).toEqual(['ic.done-without-comment I2', 'ic.done-without-comment I3']);
    expect(findings[1].message).toContain('bara anger statusen');
  });

  it('flags a passed Klart senast when the åtgärd is not avslutad, only when a check date is given', () => {
    const rows: TestCell[][] = [
      ['Ekonomi', 'Risk A', 1, 2, 2, 'Åtgärd 1', { n: 45777, fmt: 'yyyy-mm-dd' }, 'Pågår', FOUND], // 2025-04-30
      [null, 'Risk B', 1, 2, 2, 'Åtgärd 2', 'juni 2025', 'Avslutad', FOUND_B],
      [null, 'Risk C', 1, 2, 2, 'Åtgärd 3', '2025-12-31', 'Pågår', FOUND_C],
    ];
    const { hits, findings } = run(rows, { asOf: '2025-08-31' });
    expect(hits).toEqual(['ic.deadline-passed G2']);
    expect(findings[0].message).toBe('Klart senast 2025-04-30 har passerat (kontrolldatum 2025-08-31) men åtgärden "Åtgärd 1" har status pågår.');
    expect(run(rows).hits).toEqual([]);
  });
});

describe('IK-plan comments and follow-up history', () => {
  it('flags a sentence repeated under another risk, not under the same risk and not a status line', () => {
    const { hits, findings } = run([
      ['Ekonomi', 'Risk A', 1, 2, 2, 'Åtgärd 1', null, null, `${FOUND}\nÅtgärden pågår.`],
      [null, null, null, null, null, 'Åtgärd 2', null, null, `${FOUND}\nÅtgärden pågår.`],
      [null, 'Risk B', 1, 2, 2, 'Åtgärd 3', null, null, 'Åtgärden pågår.'],
      [null, 'Risk C', 1, 2, 2, 'Åtgärd 4', null, null, `Granskningen är klar. ${FOUND.toUpperCase()}`],
    ]);
    expect(hits).toEqual(['ic.duplicate-comment I5']);
    expect(findings[0].message).toContain('står också i kommentaren i I2 under en annan risk ("Risk A")');
  });

  it('counts the follow-ups an åtgärd has stayed "pågår", against the setting', () => {
    const head = ['Risk', 'Åtgärd', 'Status T1', 'Status T2', 'Status delår', 'Status T3', 'Kommentar'];
    const sheet = buildSheet('IK', [
      head,
      ['Risk A', 'Åtgärd 1', 'Pågår', 'Pågår', 'Pågår', null, FOUND],
      ['Risk B', 'Åtgärd 2', 'Ej påbörjad', 'Pågår', 'Pågår', null, FOUND_B],
      ['Risk C', 'Åtgärd 3', 'Pågår', 'Pågår', 'Avslutad', null, FOUND_C],
    ]);
    const hits = (settings: InternalControlSettings) => checkInternalControl(buildWorkbook(sheet), settings).findings.map((f) => `${f.rule} ${f.cell}`);
    // Status T3 is still empty everywhere: the current follow-up is "Status delår".
    expect(hits({})).toEqual(['ic.long-ongoing E2']);
    expect(hits({ maxOngoingFollowUps: 1 })).toEqual(['ic.long-ongoing E2', 'ic.long-ongoing E3']);
    expect(hits({ maxOngoingFollowUps: 3 })).toEqual([]);
  });
});
