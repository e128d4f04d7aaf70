/**
 * "Målvärdet är 2023 års värde efter indexuppräkning" (DOMAIN §3.7): the målvärde is computed from
 * the base value and the index series, and a stated målvärde is checked against it.
 * LPIK 2025 = 2,9 % is a scenario value given on the Index sheet (DOMAIN §1), not a published one.
 */
import { checkGoals } from '../../../src/core/targets';
import { buildSheet, buildWorkbook, type TestCell } from '../../helpers/buildSheet';

const plain = (s: string | undefined) => (s ?? '').replace(/\u00A0/g, ' ');
const IDX = '(Målvärdet är 2023 års värde efter indexuppräkning)';
const indexSheet = (...rows: TestCell[][]) => buildSheet('Index', [['År', 'LPIK %', 'KPI'], ...rows]);
const LPIK_2025 = indexSheet([2024, 3.5, null], [2025, 2.9, null]);

function styrtal(rows: TestCell[][], head: TestCell[] = ['Styrtal', 'Utfall', 'Årets målvärde', 'Basvärde 2023', 'Index']) {
  return buildSheet('Styrtal', [['Rapportår', 2025], [], head, ...rows]);
}

describe('the målvärde from a base-value column', () => {
  it('1 000 000 × 1,035 × 1,029 = 1 065 015: a stated 1 065 015 is right, no finding', () => {
    const r = checkGoals(buildWorkbook(styrtal([[`Medel till kultur ${IDX}`, 1_100_000, 1_065_015, 1_000_000, null]]), LPIK_2025));
    expect(r.targets[0]).toMatchObject({ computedTarget: 1_065_015, status: 'met', target: 1_065_015 });
    expect(plain(r.targets[0].chain)).toBe('1 000 000 × 1,035 × 1,029 = 1 065 015 (LPIK 2024, 2025)');
    expect(r.findings).toEqual([]);
  });

  it('a stated 1 065 014 or 1 065 016 is within rounding (each step may be rounded to whole kronor)', () => {
    for (const stated of [1_065_014, 1_065_016]) {
      const r = checkGoals(buildWorkbook(styrtal([[`Medel ${IDX}`, 1_100_000, stated, 1_000_000, null]]), LPIK_2025));
      expect(r.findings).toEqual([]);
    }
  });

  it('target.index-mismatch: stated 1 060 000 against 1 000 000 × 1,035 × 1,029 = 1 065 015', () => {
    const r = checkGoals(buildWorkbook(styrtal([[`Medel ${IDX}`, 1_062_000, 1_060_000, 1_000_000, null]]), LPIK_2025));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'target.index-mismatch', severity: 'error', sheet: 'Styrtal', cell: 'C4', expected: 1_065_015, found: 1_060_000 });
    expect(plain(r.findings[0].message)).toContain('1 000 000 × 1,035 × 1,029 = 1 065 015 (LPIK 2024, 2025)');
    // Judged against the computed målvärde: 1 062 000 < 1 065 015.
    expect(r.targets[0].status).toBe('not-met');
  });

  it('target.not-indexed: the stated målvärde is the 2023 value itself', () => {
    const r = checkGoals(buildWorkbook(styrtal([[`Medel ${IDX}`, 1_010_000, 1_000_000, 1_000_000, null]]), LPIK_2025));
    expect(r.findings.map((f) => [f.rule, f.cell])).toEqual([['target.not-indexed', 'C4']]);
    expect(r.targets[0]).toMatchObject({ computedTarget: 1_065_015, status: 'not-met' });
  });

  it('target.not-indexed is raised even when the index lacks a year', () => {
    const r = checkGoals(buildWorkbook(styrtal([[`Medel ${IDX}`, 1_010_000, 1_000_000, 1_000_000, null]])));
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['target.index-missing', 'target.not-indexed']);
  });

  it('the row’s Index column picks the series: KPI 2021 → 2023 = × 403,70 / 343,19', () => {
    const sheet = styrtal(
      [[`Stöd till studieförbund (Målvärdet är 2021 års värde efter indexuppräkning)`, 1_200_000, 1_176_316, 1_000_000, 'KPI']],
      ['Styrtal', 'Utfall', 'Årets målvärde', 'Basvärde', 'Index'],
    );
    sheet.rows[0]![1] = { value: 2023, type: 'number' };
    const r = checkGoals(buildWorkbook(sheet));
    expect(plain(r.targets[0].chain)).toBe('1 000 000 × 403,70 / 343,19 = 1 176 316 (KPI 2023 / 2021)');
    expect(r.findings).toEqual([]);
  });

  it('a cell labelled Eftersläpning sets the lag and the chain says so', () => {
    const sheet = buildSheet('Styrtal', [
      ['Rapportår', 2025],
      ['Eftersläpning', 1],
      ['Styrtal', 'Utfall', 'Årets målvärde', 'Basvärde 2023'],
      [`Medel ${IDX}`, 1_100_000, 1_035_000, 1_000_000],
    ]);
    const r = checkGoals(buildWorkbook(sheet, indexSheet([2023, 0, null], [2024, 3.5, null])));
    expect(plain(r.targets[0].chain)).toBe('1 000 000 × 1,00 × 1,035 = 1 035 000 (LPIK 2023, 2024; eftersläpning 1 år: uppräkning 2023–2025)');
    expect(r.findings).toEqual([]);
  });
});

describe('the base value in the text', () => {
  const frilansare = `De regionalt finansierade kulturaktörernas anlitande av frilansare ${IDX}`;
  const row: TestCell[] = [frilansare, '8 211 464 kr', '2023 års värde:8 \n211 464 kr \nindexuppräknat'];

  it('"2023 års värde: 8 211 464 kr": 8 211 464 × 1,035 × 1,029 = 8 745 332 with the LPIK scenario, utfall 8 211 464 not met', () => {
    const sheet = buildSheet('Styrtal', [['Styrtal 2025'], ['Styrtal', 'Utfall', 'Årets målvärde'], row]);
    const r = checkGoals(buildWorkbook(sheet, LPIK_2025));
    expect(r.targets[0]).toMatchObject({ target: null, status: 'not-met' });
    expect(r.targets[0].computedTarget).toBeCloseTo(8_745_332.33, 2);
    expect(plain(r.targets[0].chain)).toBe('8 211 464 × 1,035 × 1,029 = 8 745 332 (LPIK 2024, 2025)');
    expect(r.findings).toEqual([]);
  });

  it('with the bundled table only: "LPIK saknar värde för 2025", not assessable', () => {
    const sheet = buildSheet('Styrtal', [['Styrtal 2025'], ['Styrtal', 'Utfall', 'Årets målvärde'], row]);
    const r = checkGoals(buildWorkbook(sheet));
    expect(r.targets[0].status).toBe('not-assessable');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'target.index-missing', severity: 'warning', cell: 'C3' });
    expect(r.findings[0].message).toMatch(/^LPIK saknar värde för 2025: målvärdet för 2025/);
  });

  it('the report year is the latest year above the table when no cell says Rapportår', () => {
    const sheet = buildSheet('Styrtal', [['Delårsrapport 2024'], ['Styrtal', 'Utfall', 'Årets målvärde'], row]);
    const r = checkGoals(buildWorkbook(sheet));
    // 2023 → 2024 needs only LPIK 2024 (3,5 %): 8 211 464 × 1,035 = 8 498 865.
    expect(plain(r.targets[0].chain)).toBe('8 211 464 × 1,035 = 8 498 865 (LPIK 2024)');
  });
});

describe('an Index sheet that cannot be read', () => {
  it('is a warning at its first cell, and its values are not used (LPIK 2025 stays missing)', () => {
    const broken = buildSheet('Index', [['År', 'LPIK %'], [2025, 2.9], [2025, 3.1]]);
    const r = checkGoals(buildWorkbook(styrtal([[`Medel ${IDX}`, 1_100_000, 1_065_015, 1_000_000, null]]), broken));
    expect(r.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ['target.index-missing', 'Index', 'A1'],
      ['target.index-missing', 'Styrtal', 'C4'],
    ]);
    expect(plain(r.findings[0].message)).toMatch(/^Bladet Index kunde inte läsas som indextabell: Året 2025 står två gånger för LPIK/);
  });
});

describe('"Skriv som vanlig formel": the computed målvärde as an ordinary formula for its cell', () => {
  it('references the base-value cell: C4 =D4*(1+3.5%)*(1+2.9%), the chain and sources in the note', () => {
    const r = checkGoals(buildWorkbook(styrtal([[`Medel till kultur ${IDX}`, 1_100_000, 1_065_015, 1_000_000, null]]), LPIK_2025));
    const f = r.targets[0].plainFormula!;
    expect(f).toMatchObject({ cell: 'C4', formula: '=D4*(1+3.5%)*(1+2.9%)', result: 1_065_015 });
    expect(plain(f.note)).toMatch(/^Indexuppräkning: 1 000 000 × 1,035 × 1,029 = 1 065 015 \(LPIK 2024, 2025\)\nKällor: LPIK 2024 3,5 %, 2025 2,9 %: arbetsbokens blad Index/);
  });

  it('the frilansare row, base in the text: the figure itself, =8211464*(1+3.5%)*(1+2.9%) = 8 745 332', () => {
    const frilansare = `De regionalt finansierade kulturaktörernas anlitande av frilansare ${IDX}`;
    const sheet = buildSheet('Styrtal', [['Styrtal 2025'], ['Styrtal', 'Utfall', 'Årets målvärde'], [frilansare, '8 211 464 kr', '2023 års värde:8 \n211 464 kr \nindexuppräknat']]);
    const f = checkGoals(buildWorkbook(sheet, LPIK_2025)).targets[0].plainFormula!;
    expect(f).toMatchObject({ cell: 'C3', formula: '=8211464*(1+3.5%)*(1+2.9%)' });
    expect(Math.round(f.result)).toBe(8_745_332);
  });

  it('KPI levels from a base column: =D4*403.7/343.19', () => {
    const kpi = buildSheet('Index', [['År', 'KPI'], [2021, 343.19], [2023, 403.7]]);
    const sheet = buildSheet('Styrtal', [['Rapportår', 2023], [], ['Styrtal', 'Utfall', 'Årets målvärde', 'Basvärde 2021', 'Index'], [`Medel ${IDX.replace('2023', '2021')}`, 1_200_000, 1_176_316, 1_000_000, 'KPI']]);
    const t = checkGoals(buildWorkbook(sheet, kpi)).targets[0];
    expect(t.plainFormula).toMatchObject({ cell: 'C4', formula: '=D4*403.7/343.19' });
  });

  it('no formula when the målvärde cannot be computed (an index year missing)', () => {
    const r = checkGoals(buildWorkbook(styrtal([[`Medel ${IDX}`, 1_100_000, 1_065_015, 1_000_000, null]])));
    expect(r.targets[0].plainFormula).toBeUndefined();
    expect(r.targets[0].missingIndex).toEqual({ series: 'LPIK', kind: 'percent', years: [2025] });
  });
});
