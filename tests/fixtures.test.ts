/**
 * The engine on realistic workbooks (built by `npm run fixtures`, see scripts/build-fixtures.ts):
 * - clean fixtures carry the real figures of DOMAIN §3 and must give no error or warning, except
 *   the real #DIVISION/0! of the driftredovisning;
 * - planted fixtures carry one slip each; tests/fixtures/planted/manifest.json says which findings
 *   must be reported (plants) and which consequences may be (alsoAcceptable).
 */
import { readdirSync } from 'fs';
import { join } from 'path';
import type { ExpectedFinding, ManifestEntry } from '../scripts/fixtures/manifest';
import { validateWorkbook } from '../src/core/engine/validate';
import type { Finding, Report } from '../src/core/findings/finding';
import { cellAt, type Workbook } from '../src/core/model/workbook';
import { parseA1 } from '../src/core/model/address';
import { readWorkbookFile } from '../src/host/file/readWorkbook';
import manifestJson from './fixtures/planted/manifest.json';

const CLEAN_DIR = join(__dirname, 'fixtures', 'clean');
const PLANTED_DIR = join(__dirname, 'fixtures', 'planted');
const manifest = manifestJson as ManifestEntry[];

interface CleanFixture {
  file: string;
  /** Error/warning findings that are right on the real figures. */
  expected: ExpectedFinding[];
  /** Recognised table kinds per sheet (any order). */
  kinds: Record<string, string[]>;
  /** Sign convention of the tables that have costs, by kind, per sheet. */
  conventions: Array<{ sheet: string; kind: string; signConvention: 'costs-negative' | 'costs-positive' }>;
}

const CLEAN: CleanFixture[] = [
  {
    file: 'periodrapport-kultur-2025.xlsx',
    expected: [{ sheet: 'Driftredovisning', cell: 'D8', rule: 'error-value.cell' }],
    kinds: {
      Resultatrapport: ['resultatrapport'],
      Driftredovisning: ['driftredovisning'],
      Handlingsplan: ['handlingsplan'],
      Personal: ['personalkostnader', 'kostnadsanalys', 'arsarbetare', 'sjukfranvaro'],
    },
    conventions: [{ sheet: 'Resultatrapport', kind: 'resultatrapport', signConvention: 'costs-negative' }],
  },
  {
    file: 'delarsrapport-kultur-2025-inklistrad.xlsx',
    expected: [],
    kinds: { Ekonomi: ['resultatrapport', 'driftredovisning'] },
    conventions: [{ sheet: 'Ekonomi', kind: 'resultatrapport', signConvention: 'costs-negative' }],
  },
  {
    file: 'resultatrapport-kostnader-positiva.xlsx',
    expected: [],
    kinds: { Resultat: ['resultatrapport'] },
    conventions: [{ sheet: 'Resultat', kind: 'resultatrapport', signConvention: 'costs-positive' }],
  },
  {
    file: 'verksamhetsplan-kultur-2024.xlsx',
    expected: [],
    kinds: { Resultatbudget: ['resultatbudget'], Driftbudget: ['driftbudget'] },
    conventions: [{ sheet: 'Resultatbudget', kind: 'resultatbudget', signConvention: 'costs-negative' }],
  },
  {
    file: 'verksamhetsplan-tillvaxt-2024.xlsx',
    expected: [],
    kinds: { 'Budget 2024': ['resultatbudget', 'driftbudget'] },
    conventions: [{ sheet: 'Budget 2024', kind: 'resultatbudget', signConvention: 'costs-negative' }],
  },
];

const isErrorOrWarning = (f: Finding) => f.severity === 'error' || f.severity === 'warning';
const sameCell = (f: Finding, e: { sheet: string; cell: string }) => f.sheet === e.sheet && f.cell === e.cell;
const show = (f: Finding) => `${f.sheet}!${f.cell} ${f.rule} [${f.severity}] ${f.message}`;
const showExpected = (e: ExpectedFinding) => `${e.sheet}!${e.cell} ${e.rule}`;

const workbooks = new Map<string, Promise<Workbook>>();
function load(path: string): Promise<Workbook> {
  let wb = workbooks.get(path);
  if (!wb) {
    wb = readWorkbookFile(path);
    workbooks.set(path, wb);
  }
  return wb;
}
async function report(path: string): Promise<Report> {
  return validateWorkbook(await load(path));
}

const xlsxIn = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.xlsx')).sort();

describe('fixture set', () => {
  test('every clean file is listed here and every listed file exists', () => {
    expect(xlsxIn(CLEAN_DIR)).toEqual(CLEAN.map((c) => c.file).sort());
  });

  test('every planted file has exactly one manifest entry', () => {
    expect(xlsxIn(PLANTED_DIR)).toEqual(manifest.map((m) => m.file).sort());
  });

  test.each(manifest.map((m) => [m.file, m] as const))('%s: manifest cells exist in the workbook', async (file, entry) => {
    expect(entry.plants.length).toBeGreaterThan(0);
    const wb = await load(join(PLANTED_DIR, file));
    for (const e of [...entry.plants, ...entry.alsoAcceptable]) {
      const sheet = wb.sheets.find((s) => s.name === e.sheet);
      expect(sheet).toBeDefined();
      const pos = parseA1(e.cell);
      expect(pos).toBeDefined();
      if (sheet && pos) expect(cellAt(sheet, pos.row, pos.col).type).not.toBe('empty');
    }
  });

  test('the real #DIVISION/0! is an error cell with its formula', async () => {
    const wb = await load(join(CLEAN_DIR, 'periodrapport-kultur-2025.xlsx'));
    const sheet = wb.sheets.find((s) => s.name === 'Driftredovisning');
    expect(sheet).toBeDefined();
    const cell = cellAt(sheet!, 8, 4);
    expect(cell.type).toBe('error');
    expect(cell.value).toBe('#DIV/0!');
    expect(cell.formula).toBe('=B8/C8*100');
  });
});

describe('clean fixtures: real figures give no error or warning', () => {
  test.each(CLEAN.map((c) => [c.file, c] as const))('%s', async (file, fixture) => {
    const findings = (await report(join(CLEAN_DIR, file))).findings.filter(isErrorOrWarning);
    const unexpected = findings
      .filter((f) => !fixture.expected.some((e) => sameCell(f, e) && f.rule === e.rule))
      .map(show);
    const missing = fixture.expected
      .filter((e) => !findings.some((f) => sameCell(f, e) && f.rule === e.rule))
      .map(showExpected);
    expect({ missing, unexpected }).toEqual({ missing: [], unexpected: [] });
  });
});

describe('clean fixtures: recognised tables', () => {
  test.each(CLEAN.map((c) => [c.file, c] as const))('%s', async (file, fixture) => {
    const { tables } = await report(join(CLEAN_DIR, file));
    const bySheet: Record<string, string[]> = {};
    for (const t of tables) (bySheet[t.sheet] ??= []).push(t.kind);
    for (const kinds of Object.values(bySheet)) kinds.sort();
    const expected = Object.fromEntries(Object.entries(fixture.kinds).map(([s, k]) => [s, [...k].sort()]));
    expect(bySheet).toEqual(expected);
    for (const c of fixture.conventions) {
      const table = tables.find((t) => t.sheet === c.sheet && t.kind === c.kind);
      expect(table?.signConvention).toBe(c.signConvention);
    }
  });
});

describe('planted fixtures: the slip is found, and nothing unrelated', () => {
  test.each(manifest.map((m) => [m.file, m] as const))('%s', async (file, entry) => {
    const findings = (await report(join(PLANTED_DIR, file))).findings.filter(isErrorOrWarning);
    const missing = entry.plants
      .filter((p) => !findings.some((f) => sameCell(f, p) && [p.rule, ...(p.orRules ?? [])].includes(f.rule)))
      .map((p) => `${showExpected(p)}${p.orRules ? ` (or ${p.orRules.join(', ')})` : ''}`);
    const allowed = (f: Finding) =>
      entry.plants.some((p) => sameCell(f, p) && [p.rule, ...(p.orRules ?? [])].includes(f.rule)) ||
      entry.alsoAcceptable.some((a) => sameCell(f, a) && f.rule === a.rule);
    const unexpected = findings.filter((f) => !allowed(f)).map(show);
    expect({ slip: entry.description, missing, unexpected }).toEqual({ slip: entry.description, missing: [], unexpected: [] });
  });
});
