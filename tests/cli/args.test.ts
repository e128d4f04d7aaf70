import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('check with files and folders, text by default', () => {
    expect(parseArgs(['check', 'a.xlsx', 'mapp'])).toEqual({ kind: 'check', inputs: ['a.xlsx', 'mapp'], format: 'text', settings: {}, explain: false });
  });

  it('--explain asks for the reading of each table before the findings', () => {
    expect(parseArgs(['check', 'a.xlsx', '--explain'])).toMatchObject({ kind: 'check', inputs: ['a.xlsx'], explain: true });
  });

  it('--budgetram takes the ram in mnkr, Swedish or plain notation', () => {
    expect(parseArgs(['check', 'a.xlsx', '--budgetram', '108,4'])).toMatchObject({ settings: { budgetram: 108.4 } });
    expect(parseArgs(['check', '--budgetram=143.4', 'a.xlsx'])).toMatchObject({ settings: { budgetram: 143.4 }, inputs: ['a.xlsx'] });
    expect(parseArgs(['check', 'a.xlsx', '--budgetram', 'mycket'])).toMatchObject({ kind: 'usage-error' });
  });

  it('--format json in either spelling and position', () => {
    expect(parseArgs(['check', '--format', 'json', 'a.xlsx'])).toMatchObject({ format: 'json', inputs: ['a.xlsx'] });
    expect(parseArgs(['check', 'a.xlsx', '--format=json'])).toMatchObject({ format: 'json', inputs: ['a.xlsx'] });
    expect(parseArgs(['rules', '--format', 'json'])).toEqual({ kind: 'rules', format: 'json' });
  });

  it('help in every common form', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['check', '--help']]) expect(parseArgs(argv)).toEqual({ kind: 'help' });
  });

  it('"--" ends the options, so a file may start with "-"', () => {
    expect(parseArgs(['check', '--', '-konstig.xlsx'])).toMatchObject({ inputs: ['-konstig.xlsx'] });
  });

  it('usage errors, in Swedish', () => {
    expect(parseArgs([])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['check'])).toMatchObject({ kind: 'usage-error', message: expect.stringMatching(/Ange minst en/) });
    expect(parseArgs(['check', '--format', 'xml', 'a.xlsx'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['check', '--format'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['check', '--tyst', 'a.xlsx'])).toMatchObject({ message: 'Okänd flagga --tyst.' });
    expect(parseArgs(['granska', 'a.xlsx'])).toMatchObject({ message: 'Okänt kommando: granska' });
    expect(parseArgs(['rules', 'a.xlsx'])).toMatchObject({ kind: 'usage-error' });
  });
});

describe('report year and index lag for målvärden (DOMAIN §3.7)', () => {
  test('--rapportar and --lag reach the settings as whole years', () => {
    expect(parseArgs(['check', 'a.xlsx', '--rapportar', '2025', '--lag', '1'])).toMatchObject({ kind: 'check', settings: { reportYear: 2025, indexLag: 1 } });
  });

  test('a year that is not a whole number is a Swedish usage error', () => {
    expect(parseArgs(['check', 'a.xlsx', '--rapportar', 'i år'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('helt antal år') });
  });
});
