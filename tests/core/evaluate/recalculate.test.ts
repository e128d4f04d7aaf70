import { recalculate } from '../../../src/core/evaluate';
import { buildSheet, buildWorkbook } from '../../helpers/buildSheet';

/** Kulturnämnd resultatbudget 2024 (DOMAIN §3.3) with live sums in column B. */
function kultur() {
  return buildWorkbook(
    buildSheet('Resultatbudget', [
      ['Erhållna bidrag', 57.8],
      ['Övriga intäkter', 0],
      ['Summa intäkter', { f: '=SUM(B1:B2)', v: 57.8 }],
      ['Personalkostnader', -16.2],
      ['Lämnade bidrag', -132.2],
      ['Övriga kostnader', -17.8],
      ['Summa kostnader', { f: '=SUM(B4:B6)', v: -166.2 }],
      ['Resultat', { f: '=B3+B7', v: -108.4 }],
    ]),
    buildSheet('Ram', [['Budgetram', 108.4], ['Mot ram', { f: '=Resultatbudget!B8+B1', v: 0 }]]),
  );
}

describe('recalculate', () => {
  it('makes every dependent cell follow a change, across sheets', () => {
    const r = recalculate(kultur(), [{ sheet: 'Resultatbudget', row: 4, col: 2, value: -16.2 * 1.02 }]);
    expect(r.value('Resultatbudget', 7, 2)).toBeCloseTo(-166.524, 9);
    expect(r.value('Resultatbudget', 8, 2)).toBeCloseTo(-108.724, 9);
    expect(r.value('Ram', 2, 2)).toBeCloseTo(-0.324, 9);
    expect(r.problems).toEqual([]);
    expect(r.recomputed).toBe(3);
  });

  it('leaves cells that do not depend on the change as stored', () => {
    const r = recalculate(kultur(), [{ sheet: 'Resultatbudget', row: 4, col: 2, value: -20 }]);
    expect(r.outcome('Resultatbudget', 3, 2)).toBeUndefined();
    expect(r.value('Resultatbudget', 3, 2)).toBe(57.8);
  });

  it('a formula cell given a value is pinned and its dependents follow it', () => {
    const r = recalculate(kultur(), [{ sheet: 'Resultatbudget', row: 7, col: 2, value: -170 }]);
    expect(r.value('Resultatbudget', 8, 2)).toBeCloseTo(-112.2, 9);
  });

  it('keeps the stored values of a circular reference and reports it in Swedish', () => {
    const wb = buildWorkbook(buildSheet('Blad1', [[1, { f: '=A1+C1', v: 5 }, { f: '=B1*2', v: 10 }], [{ f: '=B1+1', v: 6 }]]));
    const r = recalculate(wb, [{ sheet: 'Blad1', row: 1, col: 1, value: 2 }]);
    expect(r.value('Blad1', 1, 2)).toBe(5);
    expect(r.outcome('Blad1', 1, 3)?.status).toBe('cycle');
    expect(r.problems.map((p) => p.cell).sort()).toEqual(['A2', 'B1', 'C1']);
    expect(r.problems.find((p) => p.cell === 'B1')!.message).toMatch(/cirkelreferens \((B1 → C1|C1 → B1)/);
    expect(r.problems.find((p) => p.cell === 'A2')!.message).toMatch(/bygger på Blad1!B1/);
  });

  it('an unknown function makes the cell and its dependents not recomputable, never a number', () => {
    const wb = buildWorkbook(buildSheet('Blad1', [[10, { f: '=XLOOKUP(A1,C1:C2,D1:D2)', v: 7 }], [{ f: '=B1*2', v: 14 }]]));
    const r = recalculate(wb, [{ sheet: 'Blad1', row: 1, col: 1, value: 11 }]);
    expect(r.outcome('Blad1', 1, 2)).toEqual({ status: 'not-recomputable', message: 'Blad1!B1 kan inte räknas om: funktionen XLOOKUP stöds inte av Periodkolls räknare.' });
    expect(r.outcome('Blad1', 2, 1)?.status).toBe('not-recomputable');
    expect(r.problems).toHaveLength(2);
  });

  it('an unknown function that no change reaches is not a problem', () => {
    const wb = buildWorkbook(buildSheet('Blad1', [[10, { f: '=XLOOKUP(1,E1:E2,F1:F2)', v: 7 }, 1, { f: '=C1+1', v: 2 }]]));
    const r = recalculate(wb, [{ sheet: 'Blad1', row: 1, col: 3, value: 5 }]);
    expect(r.problems).toEqual([]);
    expect(r.value('Blad1', 1, 4)).toBe(6);
  });

  it('follows a defined name that is a cell reference', () => {
    const wb = { ...buildWorkbook(buildSheet('Blad1', [[108.4, { f: '=Budgetram*1.035', v: 0 }]])), definedNames: { Budgetram: 'Blad1!$A$1' } };
    expect(recalculate(wb, [], { all: true }).value('Blad1', 1, 2)).toBeCloseTo(112.194, 9);
  });

  it('walks a running total of 20 000 rows without running out of stack', () => {
    const grid = [[1], ...Array.from({ length: 20000 }, (_, i) => [{ f: `=A${i + 1}+1`, v: i + 2 }])];
    const r = recalculate(buildWorkbook(buildSheet('Blad1', grid)), [{ sheet: 'Blad1', row: 1, col: 1, value: 101 }]);
    expect(r.value('Blad1', 20001, 1)).toBe(20101);
  });
});

describe('formula cells without a cached result', () => {
  test('a sheet written by a tool that does not calculate is still evaluated (=B1*2 with B1 = 21 gives 42)', () => {
    const sheet = {
      name: 'Scenario',
      rows: [[{ value: 'Parameter', type: 'text' as const }, { value: 21, type: 'number' as const }], [null, { value: null, type: 'empty' as const, formula: '=B1*2' }]],
      rowCount: 2,
      colCount: 2,
      merges: [],
    };
    const result = recalculate({ name: 'x.xlsx', sheets: [sheet] }, [], { all: true });
    expect(result.value('Scenario', 2, 2)).toBe(42);
  });
});
