/**
 * The 15 real styrtal rows of DOMAIN §3.6 (kulturnämnd, delårsrapport 2025), pasted as the report
 * prints them (text with units), and the status a controller gives each.
 */
import { checkGoals } from '../../../src/core/targets';
import type { TargetRow } from '../../../src/core/targets';
import { buildSheet, buildWorkbook, type TestCell } from '../../helpers/buildSheet';

const IDX = '(Målvärdet är 2023 års värde efter indexuppräkning)';

/** [styrtal, utfall, årets målvärde, långsiktigt, expected status, direction, why] */
const ROWS: Array<[string, TestCell, TestCell, TestCell, TargetRow['status'], TargetRow['direction'], string]> = [
  [`Verksamhetsmedel fördelade till regionalt finansierade kulturaktörer med uppdrag i Örebro läns kulturplan. ${IDX}`, '117 397 000 kr', '113 752 551', null, 'met', 'higher-is-better', '117 397 000 kr ≥ 113 752 551 (amount: higher is better, assumed)'],
  [`Fördelning av medel till kulturföreningar ${IDX}`, '1 163 000 kr', '1 673 469', null, 'not-met', 'higher-is-better', '1 163 000 kr < 1 673 469'],
  [`Övrig fördelning av medel med syfte att stärka den kulturella infrastrukturen i länet ${IDX}`, '824 464 kr', '2 616 190', null, 'not-met', 'higher-is-better', '824 464 kr < 2 616 190'],
  [`Medel till kultur och hälsa ${IDX}`, '174 784 kr', '181 460', null, 'not-met', 'higher-is-better', '174 784 kr < 181 460'],
  [`Regionala medel till kultur i skolan genom kulturkraft i samverkan med länets kommuner ${IDX}`, '1 090 811', '1 512 170 kr', null, 'not-met', 'higher-is-better', '1 090 811 < 1 512 170 kr (unit taken from the målvärde)'],
  [`Fördelning av medel till studieförbund och föreningar ${IDX}`, '38 359 361 kr', '40 853 816', null, 'not-met', 'higher-is-better', '38 359 361 kr < 40 853 816'],
  ['De regionalt finansierade kulturaktörernas publik, besökare och deltagare (Målvärde i paritet med 2023)', '364 774 st', '364 774 st', null, 'met', 'parity', 'parity: 364 774 st ≥ 364 774 st'],
  ['Andel barn bland publik, besökare eller deltagare hos de regionalt finansierade kulturaktörerna (med uppdrag i kulturplanen)', '20 %', '30 %', null, 'not-met', 'higher-is-better', 'Andel barn 20 % < 30 %'],
  ['Andel av tiden som främjandeverksamheten ägnar åt kultur för barn och unga', '40 %', '30 %', null, 'met', 'higher-is-better', '40 % ≥ 30 %'],
  ['Årsarbetskrafter fördelade på kön hos de regionalt finansierade kulturaktörerna', '59 % Kvinnor', '40- 60 %', '60 %', 'met', 'interval', '59 % Kvinnor inside 40- 60 %'],
  ['Könsfördelningen bland enskilda kulturskapare som mottar bidrag, stipendier eller andra stöd', '61 % Kvinnor', '40- 60 %', '60 %', 'not-met', 'interval', 'trap: 61 % Kvinnor is outside 40- 60 %'],
  ['1. Hållbart medarbetarengagemang (HME): Ska ligga på en hög nivå inom intervallet 77–80 för totalt HME.', 79, '77- 80', 80, 'met', 'interval', 'HME 79 inside 77- 80'],
  ['3. Sjukfrånvaron ska minska.', '4,89 %', '4,2 %', '3,5 %', 'not-met', 'lower-is-better', 'Sjukfrånvaro 4,89 % > 4,2 % (lower is better)'],
  ['3. Regionstyrelsens och nämndernas budgetunderskott ska minska.', '0,4 mnkr', '0 mnkr', '0 mnkr', 'met', 'higher-is-better', 'trap: 0,4 mnkr is a surplus (budgetavvikelse), no deficit against 0 mnkr'],
  ['Årsarbetskrafter tillsvidareanställda inom studieförbunden i länet (Målvärde i paritet med 2023)', '87,3 st', '114,4 st', null, 'not-met', 'parity', 'parity: 87,3 st < 114,4 st'],
];

function report() {
  const sheet = buildSheet('Styrtal', [
    ['Kulturnämnd delårsrapport 2025'],
    ['Styrtal', 'Utfall', 'Årets målvärde', 'Långsiktigt målvärde'],
    ...ROWS.map(([name, actual, target, longTerm]) => [name, actual, target, longTerm]),
  ]);
  return checkGoals(buildWorkbook(sheet));
}

describe('the 15 real styrtal rows of DOMAIN §3.6', () => {
  const result = report();

  it('finds all 15 rows, in order', () => {
    expect(result.targets.map((t) => t.row)).toEqual(ROWS.map((_, i) => 3 + i));
  });

  test.each(ROWS.map((r, i) => [r[6], i] as const))('%s', (_why, i) => {
    const [, , , , status, direction] = ROWS[i];
    expect(result.targets[i]).toMatchObject({ status, direction });
  });

  it('reads the real units: kr, st, %, "% Kvinnor", mnkr, index points without unit', () => {
    const units = result.targets.map((t) => t.unit);
    expect(units).toEqual(['kr', 'kr', 'kr', 'kr', 'kr', 'kr', 'st', '%', '%', '%', '%', '', '%', 'mnkr', 'st']);
    expect(result.targets[9]).toMatchObject({ actual: 59, target: { min: 40, max: 60 }, qualifier: 'Kvinnor' });
    expect(result.targets[11]).toMatchObject({ actual: 79, target: { min: 77, max: 80 } });
    expect(result.targets[12]).toMatchObject({ actual: 4.89, target: 4.2 });
  });

  it('says what it assumed: amounts higher-is-better, and the deficit sign convention', () => {
    expect(result.targets[0].note).toMatch(/högre är bättre har antagits/);
    expect(result.targets[13].note).toMatch(/budgetavvikelse \(positivt = överskott.*ett överskott på 0,4\s+mnkr/);
    expect(result.findings.filter((f) => f.rule === 'target.sign-convention').map((f) => f.cell)).toEqual(['B16']);
  });

  it('the six index rows without a base value are judged against the stated målvärde, with an info each', () => {
    const infos = result.findings.filter((f) => f.rule === 'target.base-missing');
    expect(infos.map((f) => f.cell)).toEqual(['C3', 'C4', 'C5', 'C6', 'C7', 'C8']);
    expect(infos.every((f) => f.severity === 'info')).toBe(true);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('the same rows typed as numbers with formats', () => {
  it('20 % stored as 0,2 with a % format is 20 %; kr and st in the number format are units', () => {
    const sheet = buildSheet('Styrtal', [
      ['Styrtal', 'Utfall', 'Årets målvärde'],
      ['Andel barn bland publik', { n: 0.2, fmt: '0%' }, { n: 0.3, fmt: '0%' }],
      ['Publik (i paritet med 2023)', { n: 364774, fmt: '#,##0 "st"' }, { n: 364774, fmt: '#,##0 "st"' }],
      ['Sjukfrånvaron ska minska.', { n: 0.0489, fmt: '0.00%' }, { n: 0.042, fmt: '0.0%' }],
      ['Budgetunderskott ska minska.', { n: 0.4, fmt: '0.0 "mnkr"' }, { n: 0, fmt: '0 "mnkr"' }],
    ]);
    const t = checkGoals(buildWorkbook(sheet)).targets;
    expect(t.map((x) => [x.unit, x.actual, x.target, x.status])).toEqual([
      ['%', 20, 30, 'not-met'],
      ['st', 364774, 364774, 'met'],
      ['%', 4.89, 4.2, 'not-met'],
      ['mnkr', 0.4, 0, 'met'],
    ]);
  });
});

describe('budgetunderskott: the sign convention is explicit', () => {
  const row = (actual: TestCell, target: TestCell) =>
    checkGoals(buildWorkbook(buildSheet('S', [['Styrtal', 'Utfall', 'Årets målvärde'], ['Budgetunderskott ska minska.', actual, target]])));

  it('a negative utfall is an underskott: −0,4 mnkr against 0 mnkr is not met', () => {
    const r = row('-0,4 mnkr', '0 mnkr');
    expect(r.targets[0]).toMatchObject({ actual: -0.4, target: 0, status: 'not-met' });
  });

  it('the cell may say it: "0,4 mnkr underskott" is not met, "0,4 mnkr överskott" is met without a note finding', () => {
    expect(row('0,4 mnkr underskott', '0 mnkr').targets[0]).toMatchObject({ actual: -0.4, status: 'not-met' });
    const surplus = row('0,4 mnkr överskott', '0 mnkr');
    expect(surplus.targets[0]).toMatchObject({ actual: 0.4, status: 'met' });
    expect(surplus.findings).toEqual([]);
  });

  it('a målvärde is the largest allowed underskott: −1,0 mnkr against "1,5 mnkr" is met', () => {
    expect(row('-1,0 mnkr', '1,5 mnkr').targets[0]).toMatchObject({ actual: -1, target: -1.5, status: 'met' });
  });
});

describe('rows that cannot be judged are listed, not judged', () => {
  it('qualitative rows, rows without målvärde, and units that do not compare', () => {
    const sheet = buildSheet('S', [
      ['Styrtal', 'Utfall', 'Årets målvärde', 'Långsiktigt målvärde'],
      ['En kvalitativ beskrivning av arbetet med att utveckla relevant data och statistik', null, null, null],
      ['6. Antalet genomförda kulturarrangemang ska öka. (Mål: Ska öka mer procentuellt)', '2 242 st', null, null],
      ['Antal aktiviteter', '10 %', '12 st', null],
    ]);
    const r = checkGoals(buildWorkbook(sheet));
    expect(r.targets.map((t) => [t.direction, t.status])).toEqual([
      ['none', 'not-assessable'],
      ['higher-is-better', 'not-assessable'],
      ['higher-is-better', 'not-assessable'],
    ]);
    expect(r.targets[1].note).toMatch(/Målvärde saknas/);
    expect(r.findings.map((f) => [f.rule, f.cell])).toEqual([['target.unit-mismatch', 'C4']]);
  });

  it('tkr against mnkr is converted, not a mismatch', () => {
    const sheet = buildSheet('S', [['Styrtal', 'Utfall', 'Årets målvärde'], ['Intäkter ska öka', '1 500 tkr', '1,2 mnkr']]);
    expect(checkGoals(buildWorkbook(sheet)).targets[0]).toMatchObject({ unit: 'tkr', actual: 1500, target: 1200, status: 'met' });
  });
});
