/**
 * One parser for every command (src/cli/flags.ts over util.parseArgs): the same rules for
 * --flag=value, "--", unknown flags and missing values in check, rules, index, control, scenario,
 * compare and comment, with Swedish messages only.
 */
import { parseArgs } from '../../src/cli/args';
import { main } from '../../src/cli/main';
import { CHECK_FLAGS, RULES_FLAGS } from '../../src/cli/checkArgs';
import { INDEX_FLAGS } from '../../src/cli/indexArgs';
import { CONTROL_FLAGS } from '../../src/cli/controlArgs';
import { SCENARIO_FLAGS } from '../../src/cli/scenarioArgs';
import { COMPARE_FLAGS } from '../../src/cli/compareArgs';
import { COMMENT_FLAGS } from '../../src/cli/commentArgs';
import type { Flags } from '../../src/cli/flags';

const FLAGS: Record<string, Flags> = {
  check: CHECK_FLAGS,
  rules: RULES_FLAGS,
  index: INDEX_FLAGS,
  control: CONTROL_FLAGS,
  scenario: SCENARIO_FLAGS,
  compare: COMPARE_FLAGS,
  comment: COMMENT_FLAGS,
};

/** Valid command lines that between them give every flag of every command, "--flag value" style. */
const EVERY_FLAG: string[][] = [
  ['check', 'rapport.xlsx', '--format', 'json', '--explain', '--mark', '--report', '--out', 'kopia.xlsx', '--budgetram', '108,4', '--rapportar', '2025', '--lag', '1'],
  ['check', 'rapport.xlsx', '--forklara', '--report-year', '2025', '--budgetram', '143.4'],
  ['rules', '--format', 'json'],
  ['index', '--series', 'LPIK', '--from', '2023', '--to', '2025', '--value', '113 000 000', '--lag', '1', '--index', 'index.xlsx', '--format', 'json'],
  ['index', '--import', 'lpik.xlsx', '--series', 'LPIK', '--source', 'SKR cirkulär 25:41, 2025-10-02', '--yes'],
  ['index', '--add', 'LPIK:2025=2,9%', '--add', 'KPI:2024=415,2', '--source', 'Eget antagande', '--status', 'prognos', '--yes', '--format', 'json'],
  ['index', '--remove', 'LPIK:2025', '--yes'],
  ['index', '--list', '--index', 'index.xlsx'],
  [
    'control', 'huvudbok.xlsx', '--sheet', 'Huvudbok', '--accounts', '4611, 4630, 6811-6899, 7070', '--n', '25', '--seed', '2025', '--stratify', 'account',
    '--weighted', '--avtal', 'Avtalsleverantörer', '--auto-threshold', '10 000', '--capitalisation', '29 400', '--operating-accounts', '4000-7999',
    '--investment-accounts', '1100-1299', '--out', 'stickprov.xlsx', '--format', 'json',
  ],
  ['control', 'huvudbok.xlsx', '--share', '5 %'],
  ['scenario', 'budget.xlsx', '--base', 'Resultatbudget', '--set', 'Personalkostnader=+2%', '--set', 'Övriga kostnader=-1,5', '--set', 'Ram=-19,5', '--column', 'Budget 2024', '--format', 'json'],
  ['compare', 'juli.xlsx', 'augusti.xlsx', '--threshold', '0,5', '--format', 'json'],
  ['comment', 'rapport.xlsx', '--format', 'json'],
];

const stringFlags = (command: string) => Object.keys(FLAGS[command]).filter((name) => FLAGS[command][name].type === 'string');

/** "--flag value" → "--flag=value" for every flag that takes a value. */
function withEquals(argv: string[]): string[] {
  const values = stringFlags(argv[0]).map((name) => `--${name}`);
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) out.push(values.includes(argv[i]) ? `${argv[i]}=${argv[++i]}` : argv[i]);
  return out;
}

describe('--flag=value means --flag value, for every flag of every command', () => {
  it('the table gives every declared flag (a new flag must be added here)', () => {
    for (const [command, flags] of Object.entries(FLAGS)) {
      const given = new Set(EVERY_FLAG.filter((argv) => argv[0] === command).flatMap((argv) => argv.filter((a) => a.startsWith('--'))));
      expect(Object.keys(flags).map((name) => `--${name}`).filter((flag) => !given.has(flag))).toEqual([]);
    }
  });

  it.each(EVERY_FLAG.map((argv) => [argv.join(' '), argv]))('%s', (_, argv) => {
    const spaced = parseArgs(argv);
    expect(spaced.kind).toEqual(argv[0] === 'index' ? expect.stringMatching(/^index/) : argv[0]);
    expect(withEquals(argv)).not.toEqual(argv);
    expect(parseArgs(withEquals(argv))).toEqual(spaced);
  });

  it('a value may itself hold "=" or start with a minus after "="', () => {
    expect(parseArgs(['scenario', 'budget.xlsx', '--base=Resultatbudget', '--set=Ram=-19,5', '--set=Övriga kostnader=-2%'])).toMatchObject({
      parameters: [{ kind: 'ram', change: -19.5 }, { kind: 'percent', target: 'Övriga kostnader', percent: -2 }],
    });
    expect(parseArgs(['index', '--series', 'KPI', '--from', '2021', '--to', '2023', '--value=-1000000'])).toMatchObject({ kind: 'index', value: -1000000 });
    // Parsed, then refused by the command's own rule: a threshold is never negative.
    expect(parseArgs(['compare', 'juli.xlsx', 'augusti.xlsx', '--threshold=-1'])).toEqual({ kind: 'usage-error', message: '--threshold ska vara ett belopp i mnkr, t.ex. 0,5.' });
  });

  it('a repeatable flag keeps every value in order; any other flag given twice keeps the last', () => {
    expect(parseArgs(['index', '--add=LPIK:2025=2,9%', '--add', 'LPIK:2026=3,1%', '--source', 'Eget antagande'])).toMatchObject({
      values: [{ series: 'LPIK', year: 2025, value: 2.9 }, { series: 'LPIK', year: 2026, value: 3.1 }],
    });
    expect(parseArgs(['compare', 'juli.xlsx', 'augusti.xlsx', '--threshold', '0,5', '--threshold=1'])).toMatchObject({ threshold: 1 });
  });
});

describe('"--" ends the flags in every command', () => {
  it.each([
    [['check', '--format', 'json', '--', '-konstig.xlsx', '--explain'], { kind: 'check', inputs: ['-konstig.xlsx', '--explain'], explain: false, format: 'json' }],
    [['check', '--', '-h'], { kind: 'check', inputs: ['-h'] }],
    [['comment', '--', '-rapport.xlsx'], { kind: 'comment', file: '-rapport.xlsx' }],
    [['compare', '--threshold=1', '--', '-juli.xlsx', '--augusti.xlsx'], { kind: 'compare', previous: '-juli.xlsx', current: '--augusti.xlsx', threshold: 1 }],
    [['control', '--sheet', 'Huvudbok', '--', '--huvudbok.xlsx'], { kind: 'control', file: '--huvudbok.xlsx', sheet: 'Huvudbok' }],
    [['scenario', '--base', 'Resultatbudget', '--', '-budget.xlsx'], { kind: 'scenario', file: '-budget.xlsx', sheet: 'Resultatbudget' }],
    [['index', '--list', '--', '--yes'], { kind: 'usage-error', message: 'Kommandot index tar inga filer utan flaggor: --yes' }],
    [['rules', '--', '--format'], { kind: 'usage-error', message: 'Kommandot rules tar inga filer: --format' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  it('a flag right before "--" has no value', () => {
    expect(parseArgs(['check', 'a.xlsx', '--mark', '--out', '--', 'b.xlsx'])).toEqual({ kind: 'usage-error', message: 'Flaggan --out behöver ett värde.' });
  });
});

describe('an unknown flag names the nearest of the command’s own flags', () => {
  it.each([
    [['check', 'rapport.xlsx', '--fromat', 'json'], 'Okänd flagga --fromat. Menade du --format?'],
    [['check', 'rapport.xlsx', '--budgetramm=108,4'], 'Okänd flagga --budgetramm. Menade du --budgetram?'],
    [['check', 'rapport.xlsx', '--report-yaer', '2025'], 'Okänd flagga --report-yaer. Menade du --report-year?'],
    [['rules', '--fromat=json'], 'Okänd flagga --fromat. Menade du --format?'],
    [['index', '--seires', 'LPIK'], 'Okänd flagga --seires. Menade du --series?'],
    [['control', 'huvudbok.xlsx', '--shet', 'Huvudbok'], 'Okänd flagga --shet. Menade du --sheet?'],
    [['control', 'huvudbok.xlsx', '--n', '5', '--stratfy', 'account'], 'Okänd flagga --stratfy. Menade du --stratify?'],
    [['scenario', 'budget.xlsx', '--base', 'Resultatbudget', '--sett', 'Ram=-19,5'], 'Okänd flagga --sett. Menade du --set?'],
    [['compare', 'juli.xlsx', 'augusti.xlsx', '--treshold', '0,5'], 'Okänd flagga --treshold. Menade du --threshold?'],
    [['comment', 'rapport.xlsx', '--Format=json'], 'Okänd flagga --Format. Menade du --format?'],
    // Another command's flag, or nothing close: no guess.
    [['comment', 'rapport.xlsx', '--threshold', '1'], 'Okänd flagga --threshold.'],
    [['check', 'rapport.xlsx', '--tyst'], 'Okänd flagga --tyst.'],
    [['control', 'huvudbok.xlsx', '-x'], 'Okänd flagga -x.'],
  ])('%j', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: 'usage-error', message });
  });

  it('exit code 2 with the Swedish message and the pointer to --help', async () => {
    let out = '';
    let err = '';
    const code = await main(['check', 'rapport.xlsx', '--fromat', 'json'], { stdout: (t) => void (out += t), stderr: (t) => void (err += t) });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('periodkoll: Okänd flagga --fromat. Menade du --format?\nSkriv periodkoll --help för hjälp.\n');
  });
});

describe('a flag without its value, in every command', () => {
  const cases = Object.keys(FLAGS).flatMap((command) => stringFlags(command).map((name) => [command, name] as const));

  it.each(cases)('%s --%s', (command, name) => {
    const message = `Flaggan --${name} behöver ett värde.`;
    expect(parseArgs([command, 'fil.xlsx', `--${name}`])).toEqual({ kind: 'usage-error', message });
    expect(parseArgs([command, 'fil.xlsx', `--${name}=`])).toEqual({ kind: 'usage-error', message });
    expect(parseArgs([command, `--${name}`, '--help-me', 'fil.xlsx'])).toEqual({ kind: 'usage-error', message });
  });

  it('a value starting with a minus after a space is read as a flag by util: it asks for "="', () => {
    expect(parseArgs(['index', '--series', 'KPI', '--from', '2021', '--to', '2023', '--value', '-1000000'])).toEqual({
      kind: 'usage-error',
      message: 'Värdet -1000000 till --value börjar med minus: skriv --value=-1000000.',
    });
  });

  it('a switch takes no value', () => {
    expect(parseArgs(['check', 'rapport.xlsx', '--mark=ja', '--out', 'kopia.xlsx'])).toEqual({ kind: 'usage-error', message: 'Flaggan --mark tar inget värde.' });
  });
});

describe('--help wins, in every command, also over a mistake in the other flags', () => {
  it.each(Object.keys(FLAGS).flatMap((command) => [[command, '--help'], [command, '-h'], [command, '--fromat', '-h']]))('%s %s', (...argv) => {
    expect(parseArgs(argv)).toEqual({ kind: 'help' });
  });
});
