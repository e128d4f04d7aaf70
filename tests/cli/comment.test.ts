import { join } from 'path';
import { parseArgs } from '../../src/cli/args';
import { runCli } from '../helpers/runCli';

const FIXTURES = join(__dirname, '..', 'fixtures');
const REPORT = join(FIXTURES, 'clean', 'periodrapport-kultur-2025.xlsx');

describe('periodkoll comment', () => {
  it('prints the draft commentary in Swedish, exit 0', async () => {
    const { code, out, err } = await runCli('comment', REPORT);
    expect(err).toBe('');
    expect(code).toBe(0);
    const text = out.replace(/\u00A0/g, ' ');
    expect(text).toContain('Resultatet för januari–juli 2025 är −67,3 mnkr mot en budget på −70,1 mnkr, en avvikelse på +2,8 mnkr, bättre än budget.');
    expect(text).toContain('– Övriga kostnader +3,9 mnkr, lägre kostnader än budget, vilket förbättrar resultatet. Avvikelsen beror på [orsak].');
    expect(text).toContain('– Lämnade bidrag −2,4 mnkr, högre kostnader än budget, vilket försämrar resultatet.');
  });

  it('--format json gives the text and the figures behind it', async () => {
    const { code, out } = await runCli('comment', REPORT, '--format', 'json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.file).toBe(REPORT);
    expect(json.unit).toBe('mnkr');
    expect(json.text).toContain('[orsak]');
    expect(json.budgetRows.map((r: { label: string; verdict: string }) => [r.label, r.verdict])).toEqual([
      ['Övriga kostnader', 'better'],
      ['Lämnade bidrag', 'worse'],
      ['Erhållna bidrag', 'better'],
    ]);
    expect(json.areas.map((a: { label: string }) => a.label)).toEqual(['Samverkansmodellen', 'Ledning']);
  });

  it('a workbook without resultatrapport or driftredovisning: Swedish message, exit 2', async () => {
    const { code, out, err } = await runCli('comment', join(FIXTURES, 'clean', 'verksamhetsplan-kultur-2024.xlsx'));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/Ingen resultatrapport eller driftredovisning med budgetavvikelse hittades/);
  });

  it('a file that cannot be read: exit 2', async () => {
    const { code, err } = await runCli('comment', join(FIXTURES, 'finns-inte.xlsx'));
    expect(code).toBe(2);
    expect(err).toMatch(/^periodkoll: .*finns-inte\.xlsx: /);
  });

  it('parses its arguments, and refuses what it does not take', () => {
    expect(parseArgs(['comment', 'a.xlsx', '--format=json'])).toEqual({ kind: 'comment', file: 'a.xlsx', format: 'json' });
    expect(parseArgs(['comment'])).toMatchObject({ kind: 'usage-error', message: 'Ange en .xlsx-fil att skriva avvikelsekommentar för.' });
    expect(parseArgs(['comment', 'a.xlsx', 'b.xlsx'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['comment', 'a.xlsx', '--mark'])).toMatchObject({ kind: 'usage-error', message: 'Okänd flagga --mark.' });
  });
});
