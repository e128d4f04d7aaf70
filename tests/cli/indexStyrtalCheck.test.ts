/**
 * `periodkoll check` on the styrtal fixture (scripts/fixtures-styrtal.ts): every real styrtal row
 * is listed with the status a controller gives it, in JSON (key `targets`, last) and as text.
 */
import { join } from 'path';
import { main } from '../../src/cli/main';
import { FIRST_ROW } from '../../scripts/fixtures-styrtal';
import { STYRTAL_ROWS } from '../../scripts/fixtures-styrtal-rows';

const FIXTURE = join(__dirname, '..', 'fixtures', 'styrtal', 'styrtal-kultur-2025.xlsx');
const SCENARIO = join(__dirname, '..', 'fixtures', 'styrtal', 'index-lpik-scenario.xlsx');
const plain = (s: string) => s.replace(/\u00A0/g, ' ');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out: plain(out), err };
}

interface JsonTarget {
  sheet: string;
  row: number;
  name: string;
  status: string;
  computedTarget?: number;
  chain?: string;
}

describe('periodkoll check on styrtal-kultur-2025.xlsx', () => {
  let json: { file: string; tables: Array<{ kind: string; sheet: string }>; findings: Array<{ rule: string; cell: string; severity: string }>; targets: JsonTarget[] };
  let code: number;

  beforeAll(async () => {
    const r = await run('check', FIXTURE, '--format', 'json');
    code = r.code;
    json = JSON.parse(r.out);
  });

  it('keeps the contract keys and adds targets last', () => {
    expect(Object.keys(json)).toEqual(['file', 'tables', 'findings', 'targets']);
    expect(json.tables.map((t) => [t.sheet, t.kind])).toEqual([['Styrtal', 'styrtal'], ['Måluppfyllelse', 'maluppfyllelse']]);
    expect(code).toBe(0);
  });

  it('lists every row of the sheet, in order', () => {
    expect(json.targets.map((t) => t.row)).toEqual(STYRTAL_ROWS.map((_, i) => FIRST_ROW + i));
    expect(json.targets.every((t) => t.sheet === 'Styrtal')).toBe(true);
  });

  test.each(STYRTAL_ROWS.map((r, i) => [`${r.status}: ${r.why}`, i] as const))('%s', (_title, i) => {
    expect(json.targets[i].status).toBe(STYRTAL_ROWS[i].status);
    expect(json.targets[i].name).toBe(STYRTAL_ROWS[i].name);
  });

  it('findings: LPIK 2025 missing for the frilansare row, the unindexable rows and the deficit convention as info', () => {
    const frilansare = FIRST_ROW + STYRTAL_ROWS.findIndex((r) => r.name.includes('frilansare'));
    const budget = FIRST_ROW + STYRTAL_ROWS.findIndex((r) => r.name.includes('budgetunderskott'));
    expect(json.findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.cell])).toEqual([['target.index-missing', `C${frilansare}`]]);
    expect(json.findings.filter((f) => f.rule === 'target.base-missing')).toHaveLength(6);
    expect(json.findings.filter((f) => f.rule === 'target.sign-convention').map((f) => f.cell)).toEqual([`B${budget}`]);
    expect(json.findings.some((f) => f.rule === 'summary.count-mismatch')).toBe(false);
  });

  it('text output: a status line per row and the counts', async () => {
    const r = await run('check', FIXTURE);
    const count = (s: string) => STYRTAL_ROWS.filter((x) => x.status === s).length;
    expect(r.out).toContain(`Styrtal: ${count('met')} uppnådda, ${count('not-met')} ej uppnådda, ${count('not-assessable')} kan inte bedömas.`);
    const word = { met: 'Uppnått', 'not-met': 'Ej uppnått', 'not-assessable': 'Kan inte bedömas' } as const;
    STYRTAL_ROWS.forEach((row, i) => {
      expect(r.out).toMatch(new RegExp(`rad ${FIRST_ROW + i}\\s+${word[row.status]}\\s`));
    });
    expect(r.out).toContain('59 % Kvinnor mot 40–60 %');
    expect(r.out).toContain('4,89 % mot 4,2 %');
  });
});

describe('periodkoll check with an Index sheet in the workbook', () => {
  it('computes the frilansare målvärde: 8 211 464 × 1,035 × 1,029 = 8 745 332, utfall 8 211 464 not met', async () => {
    const r = await run('check', SCENARIO, '--format', 'json');
    const json = JSON.parse(r.out);
    expect(json.targets).toHaveLength(1);
    expect(json.targets[0]).toMatchObject({ status: 'not-met', chain: '8 211 464 × 1,035 × 1,029 = 8 745 332 (LPIK 2024, 2025)' });
    expect(json.targets[0].computedTarget).toBeCloseTo(8_745_332.33, 2);
    expect(json.findings).toEqual([]);
    expect(r.code).toBe(0);
  });
});
