import { recalculate, type Scalar } from '../../../src/core/evaluate';
import { buildSheet, buildWorkbook, type TestCell } from '../../helpers/buildSheet';

/** The value of one formula in A1 of a sheet "Blad1" whose row 2 onwards holds `data`. */
function calc(formula: string, data: TestCell[][] = [], other?: TestCell[][]): Scalar {
  const sheets = [buildSheet('Blad1', [[{ f: formula, v: 0 }], ...data])];
  if (other) sheets.push(buildSheet('Budget 2024', other));
  const r = recalculate(buildWorkbook(...sheets), [], { all: true });
  expect(r.outcome('Blad1', 1, 1)).toEqual({ status: 'recomputed' });
  return r.value('Blad1', 1, 1);
}

describe('formula evaluator: operators as Excel computes them', () => {
  it.each([
    ['=2+3*4', 14],
    ['=(2+3)*4', 20],
    ['=-2^2', 4],
    ['=2^3^2', 64],
    ['=10%', 0.1],
    ['=50%*120', 60],
    ['=7/2', 3.5],
    ['=1=1', true],
    ['=2<>2', false],
    ['="a"="A"', true],
    ['=1<"a"', true],
    ['="Summa "&12.5', 'Summa 12.5'],
    ['="x"&TRUE', 'xTRUE'],
    ['=1/0', { error: '#DIV/0!' }],
    ['="3"+1', 4],
    ['="abc"+1', { error: '#VALUE!' }],
  ])('%s', (formula, expected) => {
    expect(calc(formula)).toEqual(expected);
  });

  it('reads cells, absolute references and other sheets (quoted names)', () => {
    expect(calc("=B2+$B$3+'Budget 2024'!B1", [[null, 102.9], [null, 26.8]], [[null, 0.3]])).toBeCloseTo(130, 10);
  });

  it('shows 0 for a difference of two equal totals, not a binary trace', () => {
    expect(calc('=B2-B3', [[null, { f: '=0.1+0.2', v: 0.3 }], [null, 0.3]])).toBe(0);
  });
});

describe('formula evaluator: functions', () => {
  const rows: TestCell[][] = [
    [null, -147.9],
    [null, -46.7],
    [null, 'text'],
    [null, null],
    [null, -76.2],
  ];
  it.each([
    ['=SUM(B2:B6)', -270.8],
    ['=SUM(B2:B6,10)', -260.8],
    ['=AVERAGE(B2:B6)', -90.26666666666667],
    ['=MIN(B2:B6)', -147.9],
    ['=MAX(B2:B6)', -46.7],
    ['=COUNT(B2:B6)', 3],
    ['=ROUND(1.005,2)', 1.01],
    ['=ROUND(-2.5,0)', -3],
    ['=ROUND(1234,-2)', 1200],
    ['=ROUNDUP(24.21,1)', 24.3],
    ['=ROUNDDOWN(-24.29,1)', -24.2],
    ['=ABS(B2)', 147.9],
    ['=IF(B2<0,"kostnad","intäkt")', 'kostnad'],
    ['=IF(FALSE,1/0,2)', 2],
    ['=IFERROR(1/0,"–")', '–'],
    ['=AND(B2<0,B3<0)', true],
    ['=OR(B2>0,B3>0)', false],
    ['=NOT(B2>0)', true],
    ['=SUMPRODUCT(B2:B3,C2:C3)', -147.9 * 2 + -46.7 * 3],
  ])('%s', (formula, expected) => {
    const data = rows.map((r, i) => [...r, i === 0 ? 2 : i === 1 ? 3 : null]);
    const v = calc(formula, data);
    if (typeof expected === 'number') expect(v).toBeCloseTo(expected, 9);
    else expect(v).toEqual(expected);
  });

  it('a whole-column reference stops at the used rows', () => {
    expect(calc('=SUM(B:B)', [[null, 57.8], [null, 0]])).toBeCloseTo(57.8, 10);
  });
});
