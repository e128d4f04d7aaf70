/** What the Scenarier tab asks of the engine: the bases to choose from, a parameter's figure, the verdict, a sheet name. */
import { balanceWords, mainValue, scenarioBaseChoices, sheetNameProblem, withMainValue, type Parameter } from '../../../src/core/scenario';
import { buildSheet, buildWorkbook } from '../../helpers/buildSheet';
import { DRIFTBUDGET_TILLVAXT, RESULTATBUDGET_TILLVAXT } from './tables';

describe('scenarioBaseChoices', () => {
  it('lists the resultatbudget and the driftbudget of the regional tillväxtnämnd with their natural columns', () => {
    const wb = buildWorkbook(
      buildSheet('Anteckningar', [['Att göra före nämnden']]),
      buildSheet('Budget 2024', RESULTATBUDGET_TILLVAXT),
      buildSheet('Driftbudget', DRIFTBUDGET_TILLVAXT),
    );
    const choices = scenarioBaseChoices(wb);
    expect(choices.map((c) => [c.sheet, c.table, c.kind, c.primary])).toEqual([
      ['Budget 2024', 0, 'resultatbudget', 'Budget 2024'],
      ['Driftbudget', 0, 'driftbudget', 'Varav budgetram budget 2024'],
    ]);
    expect(choices[0].columns).toEqual(['Budget 2024', 'Prognos 2023', 'Budget 2023']);
  });
});

describe('mainValue', () => {
  const parameters: Parameter[] = [
    { kind: 'index', series: 'LPIK', year: 2024, percent: 3.5 },
    { kind: 'percent', target: 'Personalkostnader', percent: 2 },
    { kind: 'amount', target: 'Lämnade bidrag', amount: -1.5 },
    { kind: 'ram', change: -19.5 },
    { kind: 'ram', value: 108.4 },
    { kind: 'adjustment', row: 'Finansnetto', add: 0.2 },
    { kind: 'plan', requirement: 29.0, effects: [{ year: 2024, fulfilment: 84 }] },
    { kind: 'plan', requirement: 29.0, effects: [{ year: 2024, amount: 24.2 }] },
  ];
  it('reads the figure withMainValue sets, for every kind', () => {
    expect(parameters.map(mainValue)).toEqual([3.5, 2, -1.5, -19.5, 108.4, 0.2, 84, 24.2]);
    for (const p of parameters) expect(mainValue(withMainValue(p, 7))).toBe(7);
  });
  it('a plan without years has no figure to vary', () => {
    expect(mainValue({ kind: 'plan', requirement: 29.0, effects: [] })).toBeUndefined();
  });
});

describe('balanceWords', () => {
  it('says överskott, underskott or i balans in sv-SE figures', () => {
    expect(balanceWords(-4.64)).toBe('underskott 4,6\u00a0mnkr');
    expect(balanceWords(17.7665)).toBe('överskott 17,8\u00a0mnkr');
    expect(balanceWords(0.04)).toBe('i balans');
    expect(balanceWords(null)).toBe('kan inte räknas');
  });
});

describe('sheetNameProblem', () => {
  it('accepts what Excel accepts and says why it refuses the rest', () => {
    expect(sheetNameProblem('Scenario Handlingsplan 84 %')).toBeUndefined();
    expect(sheetNameProblem('  ')).toBe('Ge bladet ett namn.');
    expect(sheetNameProblem('Scenario 2024/2025')).toMatch(/får inte innehålla/);
    expect(sheetNameProblem('x'.repeat(32))).toMatch(/högst 31 tecken/);
  });
});
