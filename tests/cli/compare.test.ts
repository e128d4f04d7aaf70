import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseArgs } from '../../src/cli/args';
import { runCli } from '../helpers/runCli';

const JULY = join(__dirname, '..', 'fixtures', 'clean', 'periodrapport-kultur-2025.xlsx');

let dir: string;
let august: string;

/**
 * August as Excel would save it: Lämnade bidrag's prognos −144,8 → −146,4 with the cached results of
 * the formulas that follow it (Summa kostnader, nettokostnad, Resultat, prognos budgetavvikelse)
 * moved by the same −1,6, and the Personal sheet renamed.
 */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'periodkoll-compare-'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(JULY);
  const rr = wb.getWorksheet('Resultatrapport')!;
  rr.getCell('F9').value = -146.4;
  for (const a of ['F11', 'F12', 'F13', 'H9', 'H11', 'H12', 'H13']) {
    const v = rr.getCell(a).value as ExcelJS.CellFormulaValue;
    rr.getCell(a).value = { formula: v.formula, result: (v.result as number) - 1.6 } as ExcelJS.CellFormulaValue;
  }
  wb.getWorksheet('Personal')!.name = 'Personal aug';
  august = join(dir, 'augusti.xlsx');
  await wb.xlsx.writeFile(august);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('periodkoll compare', () => {
  it('reports the moved prognos as JSON with both cells and exits 1', async () => {
    const { code, out, err } = await runCli('compare', JULY, august, '--format', 'json');
    expect(err).toBe('');
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json.previous).toBe(JULY);
    expect(json.current).toBe(august);
    expect(json.tables).toContainEqual({ sheet: 'Personal aug', kind: 'kostnadsanalys', matchedWith: 'Personal' });
    expect(json.findings.map((f: { rule: string; cell: string; previousCell: string; previous: number; found: number }) => [f.rule, f.cell, f.previousCell, f.previous, f.found])).toEqual([
      ['compare.forecast-moved', 'F9', 'F9', -144.8, -146.4],
    ]);
    expect([json.previousPeriod, json.currentPeriod, json.acrossYears]).toEqual(['januari–juli 2025', 'januari–juli 2025', false]);
    expect(json.newFindings).toEqual([]);
    expect(json.resolvedFindings).toEqual([]);
  });

  it('prints Swedish text; a threshold above the move makes it info and the exit code 0', async () => {
    const { code, out } = await runCli('compare', JULY, august, '--threshold', '2,0');
    expect(code).toBe(0);
    const text = out.replace(/\u00A0/g, ' ');
    expect(text).toContain('INFO Resultatrapport!F9 [compare.forecast-moved] Prognosen för Lämnade bidrag har försämrats med 1,6 mnkr sedan juli');
    expect(text).toContain('Personal aug (Kostnadsanalys) jämförs med Personal');
    expect(text).toContain('Personal aug (Årsarbetare) jämförs med Personal');
    expect(text).toContain('Kontrollen av arbetsboken: 0 nya anmärkningar och 0 åtgärdade anmärkningar sedan juli.');
  });

  it('finds nothing between a report and itself', async () => {
    const { code, out } = await runCli('compare', JULY, JULY);
    expect(code).toBe(0);
    expect(out).toContain('Inga förändringar att kommentera sedan juli.');
  });

  it('pairs tables moved to another sheet and names last month’s tables that are gone', async () => {
    const pasted = join(__dirname, '..', 'fixtures', 'clean', 'delarsrapport-kultur-2025-inklistrad.xlsx');
    const { out } = await runCli('compare', JULY, pasted, '--format', 'json');
    const json = JSON.parse(out);
    expect(json.tables).toEqual([
      { sheet: 'Ekonomi', kind: 'resultatrapport', matchedWith: 'Resultatrapport' },
      { sheet: 'Ekonomi', kind: 'driftredovisning', matchedWith: 'Driftredovisning' },
    ]);
    expect(json.removedTables.map((t: { kind: string }) => t.kind)).toEqual(['handlingsplan', 'personalkostnader', 'kostnadsanalys', 'arsarbetare', 'sjukfranvaro']);
    // The same published figures, typed instead of computed: nothing moved.
    expect(json.findings).toEqual([]);
  });

  it('exits 2 when a workbook cannot be read', async () => {
    const { code, err } = await runCli('compare', JULY, join(dir, 'finns-inte.xlsx'));
    expect(code).toBe(2);
    expect(err).toContain('finns-inte.xlsx');
  });

  it('parses its arguments', () => {
    expect(parseArgs(['compare', 'a.xlsx', 'b.xlsx', '--threshold=0,5', '--format', 'json'])).toEqual({ kind: 'compare', previous: 'a.xlsx', current: 'b.xlsx', format: 'json', threshold: 0.5 });
    expect(parseArgs(['compare', 'a.xlsx'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['compare', 'a.xlsx', 'b.xlsx', '--threshold', 'mycket'])).toMatchObject({ kind: 'usage-error' });
  });
});
