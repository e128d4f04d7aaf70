/** `periodkoll check --explain`: the reading of each table in words, from the same report as the JSON. */
import { join } from 'path';
import { main } from '../../src/cli/main';

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: () => undefined });
  return { code, out };
}

const CLEAN = join(__dirname, '..', 'fixtures', 'clean', 'periodrapport-kultur-2025.xlsx');

describe('periodkoll check --explain', () => {
  test('says what each sum adds and what each avvikelse is computed from (DOMAIN §3.1, §3.2)', async () => {
    const { code, out } = await run('check', CLEAN, '--explain');
    expect(code).toBe(1); // the real #DIVISION/0! in the driftredovisning
    expect(out).toContain('Tabell Resultatrapport!A1:I13 (resultatrapport, kostnader negativa)');
    expect(out).toContain('    Summa Kostnader = rad 8–10');
    expect(out).toContain('    Verksamhetens nettokostnad = rad 7, 11');
    expect(out).toContain('    Budgetavvikelse ack (D) = utfall − budget (B, C)');
    expect(out).toContain('    Relation (%) (D) = budgetavvikelse / omsättning × 100 (B, C)');
    // The reading comes before the findings.
    expect(out.indexOf('Tabell Resultatrapport')).toBeLessThan(out.indexOf('Blad "Driftredovisning"'));
  });

  test('the JSON report carries the same reading as structure', async () => {
    const { out } = await run('check', CLEAN, '--format', 'json');
    const report = JSON.parse(out) as { tables: Array<{ sheet: string; structure?: { sums: Array<{ row: number; covers: Array<{ row: number }>; text: string }> } }> };
    const rr = report.tables.find((t) => t.sheet === 'Resultatrapport')!;
    const kostnader = rr.structure!.sums.find((s) => s.text.startsWith('Summa Kostnader'))!;
    expect(kostnader.covers.map((c) => c.row)).toEqual([8, 9, 10]);
  });

  test('without --explain the text report has no reading', async () => {
    const { out } = await run('check', CLEAN);
    expect(out).not.toContain('Tabell Resultatrapport');
  });
});
