import { readDirection, readStyrtalValue } from '../../../src/core/targets';
import { toCell } from '../../helpers/buildSheet';

const read = (x: Parameters<typeof toCell>[0]) => readStyrtalValue(toCell(x) ?? { value: null, type: 'empty' });

describe('styrtal cells: units, intervals, qualifiers', () => {
  test.each([
    ['117 397 000 kr', { value: 117397000, unit: 'kr' }],
    ['1 090 811', { value: 1090811 }],
    ['364 774 st', { value: 364774, unit: 'st' }],
    ['87,3 st', { value: 87.3, unit: 'st', decimals: 1 }],
    ['4,89 %', { value: 4.89, unit: '%', decimals: 2 }],
    ['59 % Kvinnor', { value: 59, unit: '%', qualifier: 'Kvinnor' }],
    ['0,4 mnkr', { value: 0.4, unit: 'mnkr' }],
    ['−0,4 mnkr', { value: -0.4, unit: 'mnkr' }],
    ['1 500 tkr', { value: 1500, unit: 'tkr' }],
    ['79 indexpoäng', { value: 79, unit: 'indexpoäng' }],
    ['40- 60 %', { interval: { min: 40, max: 60 }, unit: '%' }],
    ['77- 80', { interval: { min: 77, max: 80 } }],
    ['77–80', { interval: { min: 77, max: 80 } }],
    ['90- 100 %', { interval: { min: 90, max: 100 }, unit: '%' }],
    ['mellan 40 och 60 %', { interval: { min: 40, max: 60 }, unit: '%' }],
    ['50 % Region Örebro län', { value: 50, unit: '%', qualifier: 'Region Örebro län' }],
  ] as const)('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it('words only, or a base value text, give no figure', () => {
    expect(read('2023 års värde: 8 211 464 kr indexuppräknat').value).toBeUndefined();
    expect(read('Ökning').value).toBeUndefined();
    expect(read(null)).toEqual({ decimals: 0, text: '' });
  });

  it('number cells: % formats are scaled, units in the format are read', () => {
    expect(read({ n: 0.0489, fmt: '0.00%' })).toMatchObject({ value: 4.89, unit: '%', decimals: 2 });
    expect(read({ n: 8211464, fmt: '#,##0 "kr"' })).toMatchObject({ value: 8211464, unit: 'kr' });
    expect(read({ n: 87.3, fmt: '#,##0.0\\ "st"' })).toMatchObject({ value: 87.3, unit: 'st', decimals: 1 });
    expect(read({ n: 20, fmt: '0" %"' })).toMatchObject({ value: 20, unit: '%' });
    expect(read(79)).toEqual({ value: 79, decimals: 0, text: '79' });
  });
});

describe('direction from the text', () => {
  test.each([
    ['3. Sjukfrånvaron ska minska.', false, 'lower-is-better', false],
    ['Regionstyrelsens och nämndernas budgetunderskott ska minska.', false, 'lower-is-better', false],
    ['Antalet genomförda kulturarrangemang ska öka. (Mål: Ska öka mer procentuellt)', false, 'higher-is-better', false],
    ['Publik, besökare och deltagare (Målvärde i paritet med 2023)', false, 'parity', false],
    ['Årsarbetskrafter fördelade på kön', true, 'interval', false],
    ['Sjukfrånvaro totalt', false, 'lower-is-better', true],
    ['Medel till kultur och hälsa (Målvärdet är 2023 års värde efter indexuppräkning)', false, 'higher-is-better', true],
    ['Antalet ärenden ska öka medan kostnaden ska minska', false, 'higher-is-better', false],
  ] as const)('%s', (name, interval, direction, assumed) => {
    expect(readDirection(name, interval)).toMatchObject({ direction, assumed });
  });
});
