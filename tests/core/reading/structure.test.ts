/**
 * The reading of a table (src/core/reading): what each sum adds and what each avvikelse column is
 * computed from, on the real figures of DOMAIN §3.1–3.3 in the layouts that were misread before.
 */
import { readWorkbook } from '../../../src/core/reading/readWorkbook';
import { tableStructureSummary } from '../../../src/core/reading/structureSummary';
import { validateWorkbook } from '../../../src/core/engine/validate';
import { buildSheet, buildWorkbook, type TestCell } from '../../helpers/buildSheet';

const HEAD: TestCell[] = [null, 'Utfall ack', 'Budget ack', 'Budgetavvikelse ack', 'Prognos', 'Budget', 'Prognos budgetavvikelse'];

/** DOMAIN §3.1 with the revenues as one "Intäkter" row (34,0 = Summa intäkter) and no Summa intäkter. */
function loneRevenue(costSign: 1 | -1, net: 'negative' | 'positive-cost'): TestCell[][] {
  const c = (v: number) => costSign * v;
  const n = (v: number) => (net === 'negative' ? v : -v);
  return [
    ['Resultatrapport kulturnämnd jan–jul 2025'],
    HEAD,
    ['Intäkter', 34.0, 32.8, 1.2, 57.6, 56.2, 1.3],
    ['Personalkostnader', c(-8.8), c(-8.8), 0.1, c(-15.5), c(-15.5), 0.0],
    ['Lämnade bidrag', c(-86.6), c(-84.2), -2.4, c(-144.8), c(-144.5), -0.3],
    ['Övriga kostnader', c(-5.9), c(-9.8), 3.9, c(-17.5), c(-16.9), -0.6],
    ['Summa kostnader', c(-101.3), c(-102.9), 1.6, c(-177.8), c(-176.8), -0.9],
    ['Verksamhetens nettokostnad', n(-67.3), n(-70.1), 2.8, n(-120.2), n(-120.6), 0.4],
    ['Finansnetto', 0, 0, 0, 0, 0, 0],
    ['Resultat', -67.3, -70.1, 2.8, -120.2, -120.6, 0.4],
  ];
}

const alarms = (rows: TestCell[][], merges = [] as Parameters<typeof buildSheet>[2]) =>
  validateWorkbook(buildWorkbook(buildSheet('Blad1', rows, merges)))
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule} ${f.cell}`);

const sums = (rows: TestCell[][], merges = [] as Parameters<typeof buildSheet>[2]) =>
  tableStructureSummary(readWorkbook(buildWorkbook(buildSheet('Blad1', rows, merges))).tables[0]).sums.map((s) => s.text);

describe('a lone revenue line above the cost rows', () => {
  test.each([
    ['costs negative', 1, 'negative'],
    ['costs positive, net cost written positive', -1, 'positive-cost'],
    ['costs positive, net as intäkter − kostnader', -1, 'negative'],
  ] as const)('%s: Summa kostnader adds the cost rows only, and the table is clean', (_, sign, net) => {
    expect(sums(loneRevenue(sign, net))).toEqual(expect.arrayContaining(['Summa kostnader = rad 4–6']));
    expect(alarms(loneRevenue(sign, net))).toEqual([]);
  });

  test('Nettokostnad is Intäkter + Summa kostnader (costs negative)', () => {
    expect(sums(loneRevenue(1, 'negative'))).toContain('Verksamhetens nettokostnad = rad 3, 7');
  });

  test('a slip in Lämnade bidrag is still found, at the cell or its sum', () => {
    const rows = loneRevenue(1, 'negative');
    rows[4][1] = -87.6;
    const found = alarms(rows);
    expect(found.some((f) => f === 'sum.row-total B7' || f.endsWith(' B5'))).toBe(true);
  });

  test('costs positive: a cost row whose avvikelse is utfall − budget is reported', () => {
    const rows = loneRevenue(-1, 'positive-cost');
    rows[4][3] = 2.4; // Lämnade bidrag 86,6 against 84,2: budget − utfall is −2,4
    expect(alarms(rows)).toContain('variance.sign-reversed D5');
  });
});

describe('hierarchical sums: delsummor and a grand total over them', () => {
  /** DOMAIN §3.3 driftbudget regional tillväxtnämnd 2024 with the folkhögskolor as a block. */
  const rows: TestCell[][] = [
    ['Driftbudget regional tillväxtnämnd 2024'],
    [null, 'Omsättning', 'Varav budgetram'],
    ['Utbildning och arbetsmarknad', null, null],
    ['Utbildning och arbetsmarknad exkl folkhögskolor', 24.9, 15.9],
    ['Fellingsbro folkhögskola', 68.3, 30.5],
    ['Kävesta folkhögskola', 42.1, 21.5],
    ['Summa utbildning och arbetsmarknad', 135.3, 67.9],
    ['Näringslivsutveckling', 43.5, 36.9],
    ['Välfärd och folkhälsa', 28.3, 9.3],
    ['Energi och klimat', 15.3, 4.1],
    ['Förvaltningsgemensamt', 50.6, 25.2],
    ['Summa regional tillväxtnämnd', 273.0, 143.4],
  ];

  test('the grand total adds the delsumma and the other områden', () => {
    expect(sums(rows)).toEqual(['Summa utbildning och arbetsmarknad = rad 4–6', 'Summa regional tillväxtnämnd = rad 7–11']);
    expect(alarms(rows)).toEqual([]);
  });

  test('a delsumma typed 0,5 off is reported at the delsumma', () => {
    const slipped = rows.map((r) => [...r]);
    slipped[6][1] = 135.8;
    expect(alarms(slipped)).toContain('sum.row-total B7');
  });
});

describe('column groups: an avvikelse pairs within its own group, whatever the group is called', () => {
  const body: TestCell[][] = [
    ['Erhållna bidrag', 32.8, 34.0, 1.2, 56.2, 57.6, 1.3],
    ['Övriga intäkter', 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
    ['Summa intäkter', 32.8, 34.0, 1.2, 56.2, 57.6, 1.3],
    ['Personalkostnader', -8.8, -8.8, 0.1, -15.5, -15.5, 0.0],
    ['Lämnade bidrag', -84.2, -86.6, -2.4, -144.5, -144.8, -0.3],
    ['Övriga kostnader', -9.8, -5.9, 3.9, -16.9, -17.5, -0.6],
    ['Summa kostnader', -102.9, -101.3, 1.6, -176.8, -177.8, -0.9],
    ['Verksamhetens nettokostnad', -70.1, -67.3, 2.8, -120.6, -120.2, 0.4],
  ];
  const merges = [{ top: 2, left: 2, bottom: 2, right: 4 }, { top: 2, left: 5, bottom: 2, right: 7 }];

  test.each([['Perioden jan–jul', 'Helår'], ['Hittills i år', 'Helårsprognos'], ['Läge juli', 'Kvartal 3'], ['Jan–aug', 'Årsbudget']])('"%s" and "%s"', (first, second) => {
    const rows: TestCell[][] = [
      ['Resultatrapport'],
      [null, first, null, null, second, null, null],
      [null, 'Budget', 'Utfall', 'Avvikelse', 'Budget', 'Prognos', 'Avvikelse'],
      ...body,
    ];
    const derived = tableStructureSummary(readWorkbook(buildWorkbook(buildSheet('Blad1', rows, merges))).tables[0]).derived;
    expect(derived.map((d) => `${d.column}=${d.inputs.join('-')}`)).toEqual(['D=C-B', 'G=F-E']);
    expect(alarms(rows, merges)).toEqual([]);
  });

  test('group words typed once, not merged (or centred across the selection), head their sub-headers too', () => {
    const rows: TestCell[][] = [['Resultatrapport'], [null, 'Hittills i år', null, null, 'Helår', null, null], [null, 'Budget', 'Utfall', 'Avvikelse', 'Budget', 'Prognos', 'Avvikelse'], ...body.map((r) => [...r])];
    const derived = tableStructureSummary(readWorkbook(buildWorkbook(buildSheet('Blad1', rows))).tables[0]).derived;
    expect(derived.map((d) => `${d.column}=${d.inputs.join('-')}`)).toEqual(['D=C-B', 'G=F-E']);
    expect(alarms(rows)).toEqual([]);
    rows[7][6] = -1.3;
    expect(alarms(rows)).toEqual(['variance.forecast G8']);
  });

  test('a slipped helår avvikelse is reported against its own group', () => {
    const rows: TestCell[][] = [['Resultatrapport'], [null, 'Period', null, null, 'Helår', null, null], [null, 'Budget', 'Utfall', 'Avvikelse', 'Budget', 'Prognos', 'Avvikelse'], ...body.map((r) => [...r])];
    rows[7][6] = -1.3; // Lämnade bidrag: −144,8 − (−144,5) = −0,3
    expect(alarms(rows, merges)).toContain('variance.forecast G8');
  });
});

describe('scope: each resultatbudget is held to the budgetram of its own nämnd', () => {
  const rb = (title: string, v: number[][], ram: number): TestCell[][] => [
    [title], [null, 'Budget 2024', 'Prognos 2023', 'Budget 2023'],
    ...['Erhållna bidrag', 'Övriga intäkter', 'Summa intäkter', 'Personalkostnader', 'Lämnade bidrag', 'Övriga kostnader', 'Avskrivningar', 'Summa kostnader', 'Verksamhetens nettokostnader', 'Finansnetto', 'Resultat']
      .map((label, i) => [label, ...v[i]]),
    [], ['Budgetram', ram], [],
  ];
  const kultur = [[57.8, 56.4, 56.7], [0, 0.5, 0], [57.8, 56.9, 56.7], [-16.2, -16.0, -16.5], [-132.2, -144.8, -145.1], [-17.8, -16.6, -17.0], [0, 0, 0], [-166.2, -177.4, -178.6], [-108.4, -120.5, -121.9], [0, 0, 0], [-108.4, -120.5, -121.9]];
  const tillvaxt = [[102.9, 102.7, 104.2], [26.8, 28.3, 25.2], [129.7, 131.0, 129.4], [-147.9, -162.4, -160.5], [-46.7, -53.2, -47.3], [-76.2, -71.1, -77.1], [-2.0, -1.0, -1.3], [-272.8, -287.7, -286.2], [-143.1, -156.7, -156.8], [-0.3, 0.0, 0.1], [-143.4, -156.7, -156.7]];
  const check = (...sheets: TestCell[][][]) =>
    validateWorkbook(buildWorkbook(...sheets.map((rows, i) => buildSheet(`Nämnd ${i + 1}`, rows)))).findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

  test('a sheet per nämnd', () => {
    expect(check(rb('Resultatbudget kulturnämnd', kultur, 108.4), rb('Resultatbudget regional tillväxtnämnd', tillvaxt, 143.4))).toEqual([]);
    expect(check(rb('Resultatbudget kulturnämnd', kultur, 108.4), rb('Resultatbudget regional tillväxtnämnd', tillvaxt, 143.9))).toEqual(['budgetram.result Nämnd 2!B13']);
  });

  test('two nämnder on one sheet, each followed by its ram', () => {
    expect(check([...rb('Resultatbudget kulturnämnd', kultur, 108.4), ...rb('Resultatbudget regional tillväxtnämnd', tillvaxt, 143.4)])).toEqual([]);
    expect(check([...rb('Resultatbudget kulturnämnd', kultur, 109.4), ...rb('Resultatbudget regional tillväxtnämnd', tillvaxt, 143.4)])).toEqual(['budgetram.result Nämnd 1!B13']);
  });
});
