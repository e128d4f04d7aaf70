import { planDerivations, derivationWrites, defaultSelection } from '../../../src/core/derive';
import type { DerivationPlan, DerivedColumn } from '../../../src/core/derive';
import { buildSheet, buildWorkbook, type TestCell } from '../../helpers/buildSheet';
import { DRIFTREDOVISNING, RESULTATRAPPORT } from '../../helpers/domainTables';

function column(plans: DerivationPlan[], kind: DerivedColumn['kind'], isNew?: boolean): DerivedColumn {
  const found = plans.flatMap((p) => p.columns).find((c) => c.kind === kind && (isNew === undefined || c.isNew === isNew));
  if (!found) throw new Error(`no ${kind} column`);
  return found;
}

/** The resultatrapport of DOMAIN §3.1 without its two variance columns (D and H blanked). */
function withoutVariances(): TestCell[][] {
  return RESULTATRAPPORT.map((row, i) => (i < 3 ? row : row.map((v, c) => (c === 3 || c === 7 ? null : v))));
}

describe('Beräkna avvikelser on the real resultatrapport (DOMAIN §3.1)', () => {
  const plans = planDerivations(buildWorkbook(buildSheet('Resultatrapport', withoutVariances())));

  test('budgetavvikelse ack becomes =B-C per row, ticked, since the cells are empty', () => {
    const col = column(plans, 'budgetVariance', false);
    expect(col.col).toBe(4);
    const lamnade = col.cells.find((c) => c.label === 'Lämnade bidrag')!;
    expect(lamnade).toMatchObject({ cell: 'D8', formula: '=B8-C8', state: 'empty', selected: true });
    expect(lamnade.result).toBeCloseTo(-2.4, 9);
    expect(col.cells).toHaveLength(9);
  });

  test('the row explanation is the controller’s sentence: −86,6 − (−84,2) = −2,4 mnkr, sämre än budget', () => {
    const lamnade = column(plans, 'budgetVariance', false).cells.find((c) => c.label === 'Lämnade bidrag')!;
    expect(lamnade.explanation).toBe('Lämnade bidrag: −86,6 − (−84,2) = −2,4 mnkr, sämre än budget');
    const ovriga = column(plans, 'budgetVariance', false).cells.find((c) => c.label === 'Övriga kostnader')!;
    expect(ovriga.explanation).toBe('Övriga kostnader: −5,9 − (−9,8) = 3,9 mnkr, bättre än budget');
  });

  test('prognosavvikelse is prognos − budget (=F−G): 57,6 − 56,2 = 1,4 on the rounded figures', () => {
    const col = column(plans, 'forecastVariance', false);
    const erhallna = col.cells.find((c) => c.label === 'Erhållna bidrag')!;
    expect(erhallna.formula).toBe('=F4-G4');
    expect(erhallna.result).toBeCloseTo(1.4, 9);
  });

  test('förändring mot fg år and ökningstakt are offered as new columns right of the table, unticked', () => {
    const change = column(plans, 'change', true);
    const growth = column(plans, 'growth', true);
    expect([change.col, growth.col]).toEqual([10, 11]);
    expect(change.headerWrite).toMatchObject({ cell: 'J3', value: 'Förändring mot fg år ack', bold: true });
    expect(change.cells.find((c) => c.label === 'Lämnade bidrag')).toMatchObject({ formula: '=B8-E8', selected: false });
    expect(growth.cells.find((c) => c.label === 'Lämnade bidrag')!.formula).toBe('=IFERROR((B8/E8-1)*100,"–")');
    // −86,6 / −79,3 − 1 = 9,2 %: costs grew by 9,2 %.
    expect(growth.cells.find((c) => c.label === 'Lämnade bidrag')!.result).toBeCloseTo(9.2056, 3);
  });

  test('the writes are the ticked cells only, with the figure as the cached result', () => {
    const writes = derivationWrites(plans, defaultSelection(plans));
    expect(writes.every((w) => /^[DH]\d+$/.test(w.cell))).toBe(true);
    expect(writes).toHaveLength(18);
    expect(writes.find((w) => w.cell === 'D8')).toMatchObject({ formula: '=B8-C8', numberFormat: '0.0' });
  });
});

describe('typed and existing cells', () => {
  test('typed variance values are offered but not ticked: the user’s figures are replaced only on request', () => {
    const plans = planDerivations(buildWorkbook(buildSheet('Resultatrapport', RESULTATRAPPORT)));
    const col = column(plans, 'budgetVariance', false);
    expect(col.cells.every((c) => c.state === 'value' && !c.selected)).toBe(true);
    // Personalkostnader shows 0,1 typed where the rounded inputs give 0,0: explained, not flagged.
    expect(col.cells.find((c) => c.label === 'Personalkostnader')).toMatchObject({ current: '0,1', formula: '=B7-C7' });
    // Shown beside the explanation's "−2,4": the typed figure has the same real minus sign.
    expect(col.cells.find((c) => c.label === 'Lämnade bidrag')).toMatchObject({ current: '\u22122,4', formula: '=B8-C8' });
    expect(derivationWrites(plans, defaultSelection(plans)).filter((w) => w.cell.startsWith('D'))).toHaveLength(0);
    const ticked = new Set(['Resultatrapport!D8']);
    expect(derivationWrites(plans, ticked)).toEqual([{ sheet: 'Resultatrapport', cell: 'D8', formula: '=B8-C8', result: expect.closeTo(-2.4, 9), numberFormat: '0.0' }]);
  });

  test('a formula that is already right is left alone, even when ticked', () => {
    const rows = withoutVariances().map((row, i) => (i === 7 ? row.map((v, c) => (c === 3 ? { f: '=B8-C8', v: -2.4 } : v)) : row));
    const plans = planDerivations(buildWorkbook(buildSheet('Resultatrapport', rows)));
    const cell = column(plans, 'budgetVariance', false).cells.find((c) => c.cell === 'D8')!;
    expect(cell.state).toBe('formula-ok');
    expect(derivationWrites(plans, new Set(['Resultatrapport!D8']))).toEqual([]);
  });

  test('a formula over the wrong inputs is "formula-other", not ticked', () => {
    const rows = withoutVariances().map((row, i) => (i === 7 ? row.map((v, c) => (c === 3 ? { f: '=B8-G8', v: 57.9 } : v)) : row));
    const plans = planDerivations(buildWorkbook(buildSheet('Resultatrapport', rows)));
    expect(column(plans, 'budgetVariance', false).cells.find((c) => c.cell === 'D8')).toMatchObject({ state: 'formula-other', selected: false });
  });
});

describe('relation % on the driftredovisning (DOMAIN §3.2)', () => {
  const plans = planDerivations(buildWorkbook(buildSheet('Driftredovisning', DRIFTREDOVISNING)));
  const col = column(plans, 'relation', false);

  test('the real #DIVISION/0! cell gets =IFERROR(B6/C6*100,"–"), ticked', () => {
    const cell = col.cells.find((c) => c.label === 'Särskilda satsningar')!;
    expect(cell).toMatchObject({ cell: 'D6', state: 'error', selected: true, formula: '=IFERROR(B6/C6*100,"–")' });
    expect(cell.result).toBeUndefined();
    expect(cell.explanation).toContain('nämnaren är 0');
    expect(derivationWrites(plans, defaultSelection(plans))).toEqual([
      { sheet: 'Driftredovisning', cell: 'D6', formula: '=IFERROR(B6/C6*100,"–")', result: '–', numberFormat: '0.0' },
    ]);
  });

  test('Ledning: 1,0 / 8,4 × 100 = 11,9 %', () => {
    expect(col.cells.find((c) => c.label === 'Ledning')!.explanation).toBe('Ledning: 1,0 / 8,4 × 100 = 11,9 %');
  });
});

describe('costs written positive (DOMAIN §4)', () => {
  test('a cost row’s budgetavvikelse is budget − utfall (=C−B), and a saving is "bättre än budget"', () => {
    const rows: TestCell[][] = [
      ['Resultatrapport, mnkr'],
      [null, 'Utfall ack', 'Budget ack', 'Budgetavvikelse ack'],
      ['Erhållna bidrag', 34.0, 32.8, null],
      ['Summa intäkter', 34.0, 32.8, null],
      ['Personalkostnader', 8.8, 8.8, null],
      ['Lämnade bidrag', 86.6, 84.2, null],
      ['Övriga kostnader', 5.9, 9.8, null],
      ['Summa kostnader', 101.3, 102.8, null],
      ['Resultat', -67.3, -70.0, null],
    ];
    const plans = planDerivations(buildWorkbook(buildSheet('Blad1', rows)));
    const col = column(plans, 'budgetVariance', false);
    expect(col.cells.find((c) => c.label === 'Lämnade bidrag')).toMatchObject({ formula: '=C6-B6', explanation: 'Lämnade bidrag: 84,2 − 86,6 = −2,4 mnkr, sämre än budget' });
    expect(col.cells.find((c) => c.label === 'Övriga kostnader')!.explanation).toBe('Övriga kostnader: 9,8 − 5,9 = 3,9 mnkr, bättre än budget');
    expect(col.cells.find((c) => c.label === 'Erhållna bidrag')!.formula).toBe('=B3-C3');
  });
});
