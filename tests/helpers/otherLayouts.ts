/**
 * The real tables of DOMAIN §3 (and of the seed reports) in other layouts than domainTables.ts and
 * the fixture workbooks: moved tables, code columns, two-row headers, year headers, fractions with
 * "0.0%" formats, comment and note rows, formulas, other total labels, other column orders.
 * Every figure is a real figure from DOMAIN.md or the seed reports (exceptions say so), and every
 * case plants one realistic slip with the finding it must give.
 */
import type { CellRange } from '../../src/core/model/workbook';
import type { TestCell } from './buildSheet';

export interface CaseSheet {
  name: string;
  rows: TestCell[][];
  merges?: CellRange[];
}

export interface Edit {
  sheet?: string;
  /** A1 address in the sheet as built. */
  cell: string;
  /** What the clean sheet holds there (guards against a mis-addressed slip). */
  was: TestCell;
  value: TestCell;
}

export interface LayoutCase {
  name: string;
  sheets: CaseSheet[];
  /** "Sheet:kind" of every recognised table, in order. */
  kinds: string[];
  /** Error/warning findings the clean version must give ("rule Sheet!A1"): genuine error values. */
  genuine?: string[];
  /** Rules whose findings the clean version may give in any number (e.g. a whole table pasted as text). */
  tolerated?: string[];
  slip: { what: string; edits: Edit[]; expect: string[] };
  /** Reason this layout is not reasonable to support (the case is skipped). */
  skip?: string;
}

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/** Moves a grid so that its first cell lands at (top, left), 1-based. */
export function place(grid: TestCell[][], top: number, left: number): TestCell[][] {
  const pad: TestCell[] = Array.from({ length: left - 1 }, () => null);
  return [...Array.from({ length: top - 1 }, () => [] as TestCell[]), ...grid.map((r) => [...pad, ...r])];
}

/** Merge helper in A1 terms: m('B2:D2'). */
export function m(range: string): CellRange {
  const [a, b] = range.split(':');
  const p = (x: string) => {
    const mm = /^([A-Z]+)(\d+)$/.exec(x)!;
    let col = 0;
    for (const ch of mm[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(mm[2]), col };
  };
  const s = p(a);
  const e = p(b);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

/** DOMAIN §3.1 resultatrapport, kulturnämnd jan–jul 2025, mnkr. */
const RR_LABELS = [
  'Erhållna bidrag', 'Övriga intäkter', 'Summa Intäkter', 'Personalkostnader', 'Lämnade bidrag',
  'Övriga kostnader', 'Summa Kostnader', 'Verksamhetens nettokostnad', 'Resultat',
];
/** Columns: 0 Utfall ack, 1 Budget ack, 2 Budgetavvikelse ack, 3 Utfall ack fg år, 4 Prognos, 5 Budget, 6 Prognos budgetavvikelse, 7 Budgetavvikelse fg år. */
const RR_VALUES: number[][] = [
  [34.0, 32.8, 1.2, 34.0, 57.6, 56.2, 1.3, -0.7],
  [0.0, 0.0, 0.0, 0.2, 0.0, 0.0, 0.0, 0.3],
  [34.0, 32.8, 1.2, 34.2, 57.6, 56.2, 1.3, -0.4],
  [-8.8, -8.8, 0.1, -8.8, -15.5, -15.5, 0.0, 0.6],
  [-86.6, -84.2, -2.4, -79.3, -144.8, -144.5, -0.3, -5.5],
  [-5.9, -9.8, 3.9, -5.3, -17.5, -16.9, -0.6, 7.3],
  [-101.3, -102.9, 1.6, -93.4, -177.8, -176.8, -0.9, 2.4],
  [-67.3, -70.1, 2.8, -59.2, -120.2, -120.6, 0.4, 2.0],
  [-67.3, -70.1, 2.8, -59.2, -120.2, -120.6, 0.4, 2.0],
];
const RR_HEADERS = ['Utfall ack', 'Budget ack', 'Budgetavvikelse ack', 'Utfall ack fg år', 'Prognos', 'Budget', 'Prognos budgetavvikelse', 'Budgetavvikelse fg år'];

/** Resultatrapport body rows: label then the chosen columns (indexes into RR_VALUES), optional label overrides. */
function rrBody(cols: number[], labels: string[] = RR_LABELS, cell: (v: number, col: number) => TestCell = (v) => v): TestCell[][] {
  return RR_VALUES.map((vals, i) => [labels[i], ...cols.map((c) => cell(vals[c], c))]);
}
const ALL = [0, 1, 2, 3, 4, 5, 6, 7];

/** DOMAIN §3.2 driftredovisning per område 2025, mnkr: Budgetavvikelse ack 2025, Omsättning ack 2025, Relation (%), Budgetavvikelse ack 2024. */
const DR_LABELS = ['Ledning', 'Kulturstöd', 'Civilsamhälle och social ekonomi', 'Särskilda satsningar', 'Samverkansmodellen', 'Föreningsbidrag', 'Projekt', 'Nämndkostnader', 'Resultat'];
const DR_VALUES: Array<[number, number, number | null, number]> = [
  [1.0, 8.4, 11.9, 0.4],
  [0.1, 4.2, 2.4, 0.5],
  [0, 0.2, 0, 0.1],
  [0, 0, null, 0],
  [1.8, 64.7, 2.8, 2.5],
  [0, 22.4, 0, 0],
  [0, 2.0, 0, 0],
  [-0.1, 2.2, -4.5, 0.1],
  [2.8, 104.1, 2.7, 3.6],
];

/** Driftredovisning rows; `special` renders the Särskilda satsningar row (omsättning 0). */
function drBody(
  startRow: number,
  firstCol: string,
  opts: { labels?: string[]; relation?: (v: number) => TestCell; special?: (row: number) => TestCell[] } = {},
): TestCell[][] {
  const labels = opts.labels ?? DR_LABELS;
  const relation = opts.relation ?? ((v: number) => v);
  const colIdx = firstCol.charCodeAt(0) - 64;
  const L = (k: number) => String.fromCharCode(64 + colIdx + k);
  return DR_VALUES.map(([avv, oms, rel, avvFg], i) => {
    const row = startRow + i;
    if (rel === null) {
      return [labels[i], ...(opts.special ? opts.special(row) : [avv, oms, { f: `=${L(1)}${row}/${L(2)}${row}*100`, v: '#DIV/0!', error: true }, avvFg])];
    }
    return [labels[i], avv, oms, relation(rel), avvFg];
  });
}

/** DOMAIN §3.3 resultatbudget regional tillväxtnämnd: Budget 2024, Prognos 2023, Budget 2023. */
const TILLVAXT_RB: Array<[string, number | null, number | null, number | null]> = [
  ['Verksamhetens intäkter', null, null, null],
  ['Erhållna bidrag', 102.9, 102.7, 104.2],
  ['Övriga intäkter', 26.8, 28.3, 25.2],
  ['Summa intäkter', 129.7, 131.0, 129.4],
  ['Verksamhetens kostnader', null, null, null],
  ['Personalkostnader', -147.9, -162.4, -160.5],
  ['Lämnade bidrag', -46.7, -53.2, -47.3],
  ['Övriga kostnader', -76.2, -71.1, -77.1],
  ['Avskrivningar, inventarier', -2.0, -1.0, -1.3],
  ['Summa kostnader', -272.8, -287.7, -286.2],
  ['Verksamhetens nettokostnader', -143.1, -156.7, -156.8],
];

/** Seed "4.5 Driftbudget regional tillväxt": Budget 2024 and Prognos 2023, Omsättning / Varav budgetram. */
const TILLVAXT_DB: Array<[string, number, number, number, number]> = [
  ['Område utbildning och arbetsmarknad (exkl folkhögskolor)', 24.9, 15.9, 26.4, 18.1],
  ['- Fellingsbro Folkhögskola', 68.3, 30.5, 70.5, 31.2],
  ['- Kävesta Folkhögskola', 42.1, 21.5, 42.6, 22.3],
  ['Område näringslivsutveckling', 43.5, 36.9, 45.5, 39.8],
  ['Område välfärd och folkhälsa', 28.3, 9.3, 27.6, 10.6],
  ['Område energi och klimat', 15.3, 4.1, 18.4, 4.2],
  ['Förvaltningsgemensamt', 50.6, 25.2, 56.8, 30.5],
  ['Summa', 273.0, 143.4, 287.8, 156.7],
];

/** DOMAIN §3.3 driftbudget kultur: Budget 2024 Omsättning / Varav budgetram, Prognos 2023 Omsättning / Varav budgetram. */
export const KULTUR_DB: Array<[string, number, number, number, number]> = [
  ['Ledning', 15.7, 15.7, 7.2, 7.2],
  ['Kulturstöd', 6.5, 6.5, 7.4, 7.4],
  ['Civilsamhälle och social ekonomi', 0.2, 0.2, 2.7, 2.7],
  ['Särskilda satsningar', 0, 0, 1.2, 1.2],
  ['Samverkansmodellen', 98.3, 44.0, 113.6, 58.5],
  ['Föreningsbidrag', 38.3, 38.3, 40.4, 40.4],
  ['Projekt', 3.5, 0, 2.1, 0],
  ['Nämndkostnader', 3.7, 3.7, 3.1, 3.1],
  ['Summa', 166.2, 108.4, 177.7, 120.5],
];

/** DOMAIN §3.5 kostnadsanalys: Utfall ack, Utfall ack fg år, Förändring mnkr, Förändring %. */
const KA: Array<[string, number, number, number, number]> = [
  ['Månadslöner', -4.8, -4.3, -0.4, 9.6],
  ['Obekväm arbetstid', 0.0, 0.0, 0.0, 174.7],
  ['Semesterkostnad inkl. skuldförändring', -0.8, -0.8, -0.1, 7.3],
  ['Sjuklön', 0.0, 0.0, 0.0, 8.1],
  ['Övrigt konto 40xx–41xx', -0.3, -0.4, 0.1, -14.0],
  ['Totalt kontoklass 40–41', -5.9, -5.5, -0.4, 7.7],
];

const pct = (v: number): TestCell => ({ n: Math.round(v * 10) / 1000, fmt: '0.0%' });

// ---------------------------------------------------------------------------------------------
// Formula-built variants: cached values are what Excel computes from the typed figures.
// ---------------------------------------------------------------------------------------------

/** Resultatrapport at B4 with SUM/variance formulas (label B, figures C–J, body rows 5–13). */
function rrWithFormulas(missLastRow = false): TestCell[][] {
  const cols = ['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];
  const grid: Array<Array<TestCell>> = [];
  const val = new Map<string, number>();
  const put = (r: number, c: number, cell: TestCell) => {
    while (grid.length < r) grid.push([]);
    const row = grid[r - 1];
    while (row.length < c) row.push(null);
    row[c - 1] = cell;
  };
  put(2, 2, 'Resultatrapport kulturnämnden jan–jul 2025');
  put(3, 2, 'Belopp i mnkr');
  RR_HEADERS.forEach((h, i) => put(4, 3 + i, h));
  const leafRows: Record<number, number> = { 5: 0, 6: 1, 8: 3, 9: 4, 10: 5 };
  for (let r = 5; r <= 13; r++) put(r, 2, RR_LABELS[r - 5]);
  const f = (r: number, ci: number, formula: string, v: number) => {
    val.set(`${cols[ci]}${r}`, v);
    put(r, 3 + ci, { f: formula, v });
  };
  const get = (ref: string) => val.get(ref)!;
  // Typed inputs: utfall, budget, fg år, prognos, budget helår, budgetavvikelse fg år on leaf rows.
  for (const [r, i] of Object.entries(leafRows)) {
    for (const ci of [0, 1, 3, 4, 5, 7]) {
      val.set(`${cols[ci]}${r}`, RR_VALUES[i][ci]);
      put(Number(r), 3 + ci, RR_VALUES[i][ci]);
    }
  }
  for (const ci of [0, 1, 3, 4, 5, 7]) {
    const c = cols[ci];
    f(7, ci, `=SUM(${c}5:${c}6)`, get(`${c}5`) + get(`${c}6`));
    if (missLastRow && ci === 0) f(11, ci, `=SUM(${c}8:${c}9)`, get(`${c}8`) + get(`${c}9`));
    else f(11, ci, `=SUM(${c}8:${c}10)`, get(`${c}8`) + get(`${c}9`) + get(`${c}10`));
    f(12, ci, `=${c}7+${c}11`, get(`${c}7`) + get(`${c}11`));
    f(13, ci, `=${c}12`, get(`${c}12`));
  }
  for (let r = 5; r <= 13; r++) {
    f(r, 2, `=C${r}-D${r}`, get(`C${r}`) - get(`D${r}`));
    f(r, 6, `=G${r}-H${r}`, get(`G${r}`) - get(`H${r}`));
  }
  return grid;
}

/** Driftredovisning at A1 with relation =IFERROR(B/C*100,"–"); `slipRow` points the formula at the row above. */
function drWithFormulas(slipRow?: number): TestCell[][] {
  const rows: TestCell[][] = [
    ['Driftredovisning kulturnämnden'],
    ['Belopp i mnkr', 'Budgetavvikelse ack 2025', 'Omsättning ack 2025', 'Relation (%)', 'Budgetavvikelse ack 2024'],
  ];
  DR_VALUES.forEach(([avv, oms, , avvFg], i) => {
    const r = 3 + i;
    const src = r === slipRow ? r - 1 : r;
    const bv = src === r ? avv : DR_VALUES[i - 1][0];
    const cv = src === r ? oms : DR_VALUES[i - 1][1];
    const v: number | string = cv === 0 ? '–' : (bv / cv) * 100;
    rows.push([DR_LABELS[i], avv, oms, { f: `=IFERROR(B${r}/C${src}*100,"–")`, v }, avvFg]);
  });
  return rows;
}

/** The cells that differ between two grids, as edits (for slips that Excel recalculates through). */
export function diffEdits(clean: TestCell[][], slipped: TestCell[][]): Edit[] {
  const out: Edit[] = [];
  for (let r = 0; r < Math.max(clean.length, slipped.length); r++) {
    const a = clean[r] ?? [];
    const b = slipped[r] ?? [];
    for (let c = 0; c < Math.max(a.length, b.length); c++) {
      const x = a[c] ?? null;
      const y = b[c] ?? null;
      if (JSON.stringify(x) !== JSON.stringify(y)) out.push({ cell: `${String.fromCharCode(65 + c)}${r + 1}`, was: x, value: y });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The cases
// ---------------------------------------------------------------------------------------------

export const CASES: LayoutCase[] = [
  // ---- Resultatrapport -------------------------------------------------------------------------
  {
    name: 'resultatrapport moved to C5 with title and unit rows above',
    sheets: [{
      name: 'Periodrapport',
      rows: place([
        ['Resultatrapport kulturnämnden, jan–jul 2025'],
        ['Belopp i mnkr'],
        [],
        [null, ...RR_HEADERS],
        ...rrBody(ALL),
      ], 2, 3),
    }],
    kinds: ['Periodrapport:resultatrapport'],
    slip: { what: 'Summa Kostnader Utfall ack typed −101,8', edits: [{ cell: 'D12', was: -101.3, value: -101.8 }], expect: ['sum.row-total Periodrapport!D12'] },
  },
  {
    name: 'resultatrapport with the PDF-broken headers of the seed and "Belopp i mnkr" in the header row',
    sheets: [{
      name: 'Ekonomi',
      rows: [
        ['Resultatrapport'],
        ['Belopp i mnkr', 'Utfall \nack', 'Budget \nack', 'Budget- \navvikels\ne ack', 'Utfall \nack fg \når', 'Prognos', 'Budget', 'Prognos \nbudgetav\nvikelse', 'Budget- \navvikels\ne fg år'],
        ...rrBody(ALL),
      ],
    }],
    kinds: ['Ekonomi:resultatrapport'],
    slip: { what: 'Prognos budgetavvikelse Lämnade bidrag typed +0,3 (budget − prognos)', edits: [{ cell: 'H7', was: -0.3, value: 0.3 }], expect: ['variance.sign-reversed Ekonomi!H7'] },
  },
  {
    name: 'resultatrapport with headers in two rows without merges',
    sheets: [{
      name: 'RR',
      rows: [
        ['Resultatrapport'],
        [null, 'Utfall', 'Budget', 'Budget-', 'Utfall', 'Prognos', 'Budget', 'Prognos', 'Budget-'],
        ['Mnkr', 'ack', 'ack', 'avvikelse ack', 'ack fg år', 'helår', 'helår', 'budgetavvikelse', 'avvikelse fg år'],
        ...rrBody(ALL),
      ],
    }],
    kinds: ['RR:resultatrapport'],
    slip: { what: 'Budgetavvikelse ack Övriga kostnader typed 3,0 instead of 3,9', edits: [{ cell: 'D9', was: 3.9, value: 3.0 }], expect: ['variance.budget RR!D9'] },
  },
  {
    name: 'resultatrapport with budget before utfall and plain "Avvikelse" headers (Årsbudget, Helårsprognos)',
    sheets: [{
      name: 'Juli',
      rows: [
        ['Periodrapport juli 2025 – kulturnämnden, mnkr'],
        [null, 'Budget ack', 'Utfall ack', 'Avvikelse', 'Årsbudget', 'Helårsprognos', 'Avvikelse helår'],
        ...rrBody([1, 0, 2, 5, 4, 6]),
      ],
    }],
    kinds: ['Juli:resultatrapport'],
    slip: { what: 'Avvikelse Lämnade bidrag typed +2,4 (budget − utfall)', edits: [{ cell: 'D7', was: -2.4, value: 2.4 }], expect: ['variance.sign-reversed Juli!D7'] },
  },
  {
    name: 'resultatrapport with merged "Ackumulerat" / "Helår" group headers and a spacer column',
    sheets: [{
      name: 'Resultat',
      rows: [
        ['Resultatrapport, mnkr'],
        [null, 'Ackumulerat', null, null, null, null, 'Helår', null, null],
        [null, 'Utfall', 'Budget', 'Avvikelse', 'Utfall fg år', null, 'Prognos', 'Budget', 'Avvikelse'],
        ...RR_VALUES.map((v, i) => [RR_LABELS[i], v[0], v[1], v[2], v[3], null, v[4], v[5], v[6]]),
      ],
      merges: [m('B2:E2'), m('G2:I2')],
    }],
    kinds: ['Resultat:resultatrapport'],
    slip: { what: 'Helår Avvikelse Övriga kostnader typed +0,6 (budget − prognos)', edits: [{ cell: 'I9', was: -0.6, value: 0.6 }], expect: ['variance.sign-reversed Resultat!I9'] },
  },
  {
    name: 'resultatrapport with the helår block first (Helårsprognos, Årsbudget, Prognosavvikelse)',
    sheets: [{
      name: 'Blad1',
      rows: [
        ['Resultatrapport'],
        [null, 'Helårsprognos', 'Årsbudget', 'Prognosavvikelse', 'Utfall ack', 'Budget ack', 'Budgetavvikelse ack', 'Utfall ack fg år', 'Budgetavvikelse fg år'],
        ...rrBody([4, 5, 6, 0, 1, 2, 3, 7]),
      ],
    }],
    kinds: ['Blad1:resultatrapport'],
    slip: { what: 'Prognosavvikelse Lämnade bidrag typed −0,8', edits: [{ cell: 'D7', was: -0.3, value: -0.8 }], expect: ['variance.forecast Blad1!D7'] },
  },
  {
    name: 'resultatrapport with years instead of "fg år" and an "Avvikelse mot budget" column after the previous year',
    sheets: [{
      name: 'Blad1',
      rows: [
        ['Resultatrapport kulturnämnden (mnkr)'],
        [null, 'Utfall jan–jul 2025', 'Budget jan–jul 2025', 'Utfall jan–jul 2024', 'Avvikelse mot budget', 'Helårsprognos 2025', 'Årsbudget 2025', 'Prognosavvikelse'],
        ...rrBody([0, 1, 3, 2, 4, 5, 6]),
      ],
    }],
    kinds: ['Blad1:resultatrapport'],
    slip: { what: 'Avvikelse mot budget Övriga kostnader typed 3,0', edits: [{ cell: 'E8', was: 3.9, value: 3.0 }], expect: ['variance.budget Blad1!E8'] },
  },
  {
    name: 'resultatrapport with a numeric konto code column before the label (sums labelled in the name column)',
    sheets: [{
      name: 'Konto',
      rows: [
        ['Resultatrapport per kontogrupp'],
        ['Konto', 'Benämning', 'Utfall ack', 'Budget ack', 'Budgetavvikelse ack', 'Prognos', 'Budget', 'Prognos budgetavvikelse'],
        ...rrBody([0, 1, 2, 4, 5, 6]).map((r, i) => [[35, 39, null, 40, 45, 46, null, null, null][i], ...r]),
      ],
    }],
    kinds: ['Konto:resultatrapport'],
    slip: { what: 'Summa Kostnader Budget ack typed −103,9', edits: [{ cell: 'D9', was: -102.9, value: -103.9 }], expect: ['sum.row-total Konto!D9'] },
  },
  {
    name: 'resultatrapport as exported: konto code in A, name in B, sum rows labelled from column A',
    sheets: [{
      name: 'Export',
      rows: [
        ['Resultatrapport per kontogrupp'],
        ['Konto', 'Benämning', 'Utfall ack', 'Budget ack', 'Budgetavvikelse ack', 'Prognos', 'Budget', 'Prognos budgetavvikelse'],
        ...rrBody([0, 1, 2, 4, 5, 6]).map((r, i) => {
          const code = [35, 39, null, 40, 45, 46, null, null, null][i];
          return code === null ? [r[0], null, ...r.slice(1)] : [code, ...r];
        }),
      ],
    }],
    kinds: ['Export:resultatrapport'],
    slip: { what: 'Summa Kostnader Budget ack typed −103,9', edits: [{ cell: 'D9', was: -102.9, value: -103.9 }], expect: ['sum.row-total Export!D9'] },
  },
  {
    name: 'resultatrapport with code and name in one label cell ("4010 Personalkostnader")',
    sheets: [{
      name: 'Blad1',
      rows: [
        ['Resultatrapport'],
        ['Konto', ...RR_HEADERS],
        ...rrBody(ALL, ['3510 Erhållna bidrag', '3990 Övriga intäkter', 'Summa Intäkter', '4010 Personalkostnader', '4510 Lämnade bidrag', '7990 Övriga kostnader', 'Summa Kostnader', 'Verksamhetens nettokostnad', 'Resultat']),
      ],
    }],
    kinds: ['Blad1:resultatrapport'],
    slip: { what: 'Personalkostnader Utfall ack typed as +8,8', edits: [{ cell: 'B6', was: -8.8, value: 8.8 }], expect: ['sign.cost Blad1!B6'] },
  },
  {
    name: 'resultatrapport with units in headers, a Kommentar column and a Källa note row',
    sheets: [{
      name: 'Rapport',
      rows: [
        ['Resultatrapport kulturnämnden'],
        [null, 'Utfall ack, mnkr', 'Budget ack, mnkr', 'Budgetavvikelse ack, mnkr', 'Prognos helår, mnkr', 'Budget helår, mnkr', 'Prognos budgetavvikelse, mnkr', 'Kommentar'],
        ...rrBody([0, 1, 2, 4, 5, 6]).map((r, i) => [
          ...r,
          i === 0 ? 'Högre externfinansiering i projekt än budgeterat' : i === 5 ? 'Kostnader kommer främst under senhösten' : null,
        ]),
        [],
        ['Källa: Raindance, uttag 2025-08-12'],
      ],
    }],
    kinds: ['Rapport:resultatrapport'],
    slip: { what: 'Summa Kostnader Prognos typed −178,8', edits: [{ cell: 'E9', was: -177.8, value: -178.8 }], expect: ['sum.row-total Rapport!E9'] },
  },
  {
    name: 'resultatrapport at B3 with one figure pasted as Swedish text ("−2,4" with U+2212)',
    sheets: [{
      name: 'Blad1',
      rows: place([['Resultatrapport, mnkr'], [null, ...RR_HEADERS], ...rrBody(ALL)], 2, 2),
    }],
    kinds: ['Blad1:resultatrapport'],
    slip: { what: 'Budgetavvikelse ack Lämnade bidrag pasted as text "−2,4"', edits: [{ cell: 'E8', was: -2.4, value: '\u22122,4' }], expect: ['number-text.stored-as-text Blad1!E8'] },
  },
  {
    name: 'resultatrapport pasted from the PDF: every figure is text with decimal comma',
    sheets: [{
      name: 'Inklistrad',
      rows: [
        ['Resultatrapport'],
        ['Belopp i mnkr', ...RR_HEADERS],
        ...rrBody(ALL, RR_LABELS, (v) => v.toFixed(1).replace('.', ',')),
      ],
    }],
    kinds: ['Inklistrad:resultatrapport'],
    tolerated: ['number-text.stored-as-text'],
    slip: { what: 'Summa Kostnader Utfall ack pasted as "-101,8"', edits: [{ cell: 'B9', was: '-101,3', value: '-101,8' }], expect: ['sum.row-total Inklistrad!B9'] },
  },
  {
    name: 'resultatrapport with "Periodens resultat" as the result row',
    sheets: [{
      name: 'Blad1',
      rows: [
        ['Resultatrapport'],
        [null, ...RR_HEADERS],
        ...rrBody(ALL, [...RR_LABELS.slice(0, 8), 'Periodens resultat']),
      ],
    }],
    kinds: ['Blad1:resultatrapport'],
    slip: { what: 'Periodens resultat Utfall ack typed −66,3', edits: [{ cell: 'B11', was: -67.3, value: -66.3 }], expect: ['sum.row-total Blad1!B11'] },
  },
  {
    name: 'resultatrapport with "Intäkter totalt" / "Kostnader totalt" subtotals and section rows',
    sheets: [{
      name: 'Blad1',
      rows: [
        ['Resultatrapport'],
        [null, 'Utfall ack', 'Budget ack', 'Budgetavvikelse ack', 'Prognos', 'Budget', 'Prognos budgetavvikelse'],
        ['Intäkter'],
        ...rrBody([0, 1, 2, 4, 5, 6], ['Erhållna bidrag', 'Övriga intäkter', 'Intäkter totalt', 'Personalkostnader', 'Lämnade bidrag', 'Övriga kostnader', 'Kostnader totalt', 'Verksamhetens nettokostnad', 'Årets resultat']).flatMap((r, i) => (i === 3 ? [['Kostnader'], r] : [r])),
      ],
    }],
    kinds: ['Blad1:resultatrapport'],
    slip: { what: 'Verksamhetens nettokostnad Utfall ack typed −68,3', edits: [{ cell: 'B12', was: -67.3, value: -68.3 }], expect: ['sum.row-total Blad1!B12'] },
  },
  {
    name: 'resultatrapport with costs written positive, label in B, "Nettokostnad" positive',
    sheets: [{
      name: 'Blad1',
      rows: place([
        ['Resultatrapport (kostnader positiva), mnkr'],
        [null, 'Utfall ack', 'Budget ack', 'Avvikelse ack', 'Prognos', 'Budget', 'Prognosavvikelse'],
        ['Erhållna bidrag', 34.0, 32.8, 1.2, 57.6, 56.2, 1.3],
        ['Övriga intäkter', 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        ['Summa intäkter', 34.0, 32.8, 1.2, 57.6, 56.2, 1.3],
        ['Personalkostnader', 8.8, 8.8, 0.1, 15.5, 15.5, 0.0],
        ['Lämnade bidrag', 86.6, 84.2, -2.4, 144.8, 144.5, -0.3],
        ['Övriga kostnader', 5.9, 9.8, 3.9, 17.5, 16.9, -0.6],
        ['Summa kostnader', 101.3, 102.9, 1.6, 177.8, 176.8, -0.9],
        ['Nettokostnad', 67.3, 70.1, 2.8, 120.2, 120.6, 0.4],
      ], 1, 2),
    }],
    kinds: ['Blad1:resultatrapport'],
    slip: { what: 'Lämnade bidrag Utfall ack typed negative in a costs-positive table', edits: [{ cell: 'C7', was: 86.6, value: -86.6 }], expect: ['sign.cost Blad1!C7'] },
  },
  {
    name: 'resultatrapport at B4 built with SUM and variance formulas',
    sheets: [{ name: 'Formler', rows: rrWithFormulas() }],
    kinds: ['Formler:resultatrapport'],
    slip: {
      what: 'Summa Kostnader Utfall ack =SUM(C8:C9) misses Övriga kostnader',
      // Excel recalculates everything that depends on the short sum.
      edits: diffEdits(rrWithFormulas(), rrWithFormulas(true)),
      expect: ['formula.sum-range Formler!C11'],
    },
  },
  {
    name: 'two tables side by side: resultatrapport (A–I) and driftredovisning (K–O)',
    sheets: [{
      name: 'Översikt',
      rows: (() => {
        const left: TestCell[][] = [['Resultatrapport'], [null, ...RR_HEADERS], ...rrBody(ALL)];
        const right: TestCell[][] = [['Driftredovisning'], ['Område', 'Budgetavvikelse ack 2025', 'Omsättning ack 2025', 'Relation (%)', 'Budgetavvikelse ack 2024'], ...drBody(3, 'K', { special: () => [0, 0, '–', 0] })];
        return left.map((r, i) => [...r, ...Array.from({ length: 10 - r.length }, () => null), ...(right[i] ?? [])]);
      })(),
    }],
    kinds: ['Översikt:resultatrapport', 'Översikt:driftredovisning'],
    slip: { what: 'Driftredovisning Relation Ledning typed 19,1', edits: [{ cell: 'N3', was: 11.9, value: 19.1 }], expect: ['relation.ratio Översikt!N3'] },
  },

  // ---- Driftredovisning ------------------------------------------------------------------------
  {
    name: 'driftredovisning with omsättning 0 and relation shown as "–" and the *) note row',
    sheets: [{
      name: 'Drift',
      rows: [
        ['Driftredovisning kulturnämnden'],
        ['Belopp i mnkr', 'Budgetavvikelse ack 2025', 'Omsättning *) ack 2025', 'Relation (%)', 'Budgetavvikelse ack 2024'],
        ...drBody(3, 'A', { special: () => [0, '–', '–', 0] }),
        [],
        ['*) Definition av omsättning är ackumulerade intäkter och ackumulerad budgetram.'],
      ],
    }],
    kinds: ['Drift:driftredovisning'],
    slip: { what: 'Resultat Omsättning typed 103,1', edits: [{ cell: 'C11', was: 104.1, value: 103.1 }], expect: ['sum.row-total Drift!C11'] },
  },
  {
    name: 'driftredovisning at B2 with "Område" header, relation as fractions in "0.0%" and "Nämnden totalt"',
    sheets: [{
      name: 'Drift',
      rows: place([
        ['Område', 'Budgetavvikelse ack 2025', 'Omsättning ack 2025', 'Relation %', 'Budgetavvikelse ack 2024'],
        ...drBody(3, 'B', { labels: [...DR_LABELS.slice(0, 8), 'Nämnden totalt'], relation: pct })
          .map((r, i) => (i === 3 ? [r[0], r[1], r[2], { f: '=C6/D6', v: '#DIV/0!', error: true }, r[4]] : r)),
      ], 2, 2),
    }],
    kinds: ['Drift:driftredovisning'],
    genuine: ['error-value.cell Drift!E6'],
    slip: { what: 'Relation Kulturstöd typed 24,0 % (0.24)', edits: [{ cell: 'E4', was: { n: 0.024, fmt: '0.0%' }, value: { n: 0.24, fmt: '0.0%' } }], expect: ['relation.ratio Drift!E4'] },
  },
  {
    name: 'driftredovisning with relation in a "0.0 \\"%\\"" format (percent sign as literal text)',
    sheets: [{
      name: 'Drift',
      rows: [
        ['Driftredovisning'],
        [null, 'Budgetavvikelse ack 2025', 'Omsättning ack 2025', 'Relation', 'Budgetavvikelse ack 2024'],
        ...drBody(3, 'A', { relation: (v) => ({ n: v, fmt: '0.0" %"' }), special: () => [0, 0, '–', 0] }),
      ],
    }],
    kinds: ['Drift:driftredovisning'],
    slip: { what: 'Relation Ledning typed 19,1 (digits swapped)', edits: [{ cell: 'D3', was: { n: 11.9, fmt: '0.0" %"' }, value: { n: 19.1, fmt: '0.0" %"' } }], expect: ['relation.ratio Drift!D3'] },
  },
  {
    name: 'driftredovisning with "Avvikelse ack" and "Avvikelse i % av omsättning" headers',
    sheets: [{
      name: 'Drift',
      rows: [
        ['Driftredovisning per verksamhetsområde, mnkr'],
        ['Verksamhetsområde', 'Avvikelse ack 2025', 'Omsättning ack 2025', 'Avvikelse i % av omsättning', 'Avvikelse ack 2024'],
        ...drBody(3, 'A', { special: () => [0, 0, '–', 0] }),
      ],
    }],
    kinds: ['Drift:driftredovisning'],
    slip: { what: 'Relation Ledning typed 19,1', edits: [{ cell: 'D3', was: 11.9, value: 19.1 }], expect: ['relation.ratio Drift!D3'] },
  },
  {
    name: 'driftredovisning with the years in a second header row (numbers), no merges',
    sheets: [{
      name: 'Drift',
      rows: [
        ['Driftredovisning'],
        [null, 'Budgetavvikelse ack', 'Omsättning ack', 'Relation', 'Budgetavvikelse ack'],
        ['Område', 2025, 2025, '(%)', 2024],
        ...drBody(4, 'A'),
      ],
    }],
    kinds: ['Drift:driftredovisning'],
    genuine: ['error-value.cell Drift!D7'],
    slip: { what: 'Resultat budgetavvikelse 2025 typed 3,3', edits: [{ cell: 'B12', was: 2.8, value: 3.3 }], expect: ['sum.row-total Drift!B12'] },
  },
  {
    name: 'driftredovisning with relation =IFERROR(B/C*100;"–") formulas',
    sheets: [{ name: 'Drift', rows: drWithFormulas() }],
    kinds: ['Drift:driftredovisning'],
    slip: { what: 'Relation Samverkansmodellen formula points at the row above (=B7/C6)', edits: [{ cell: 'D7', was: drWithFormulas()[6][3], value: drWithFormulas(7)[6][3] }], expect: ['formula.inconsistent Drift!D7'] },
  },
  {
    name: 'resultatrapport and driftredovisning stacked on one sheet (crossref)',
    sheets: [{
      name: 'Ekonomi',
      rows: [
        ['Resultatrapport'],
        ['Belopp i mnkr', ...RR_HEADERS],
        ...rrBody(ALL),
        [],
        ['Driftredovisning per område'],
        ['Belopp i mnkr', 'Budgetavvikelse ack 2025', 'Omsättning ack 2025', 'Relation (%)', 'Budgetavvikelse ack 2024'],
        ...drBody(15, 'A', { special: () => [0, 0, '–', 0] }),
      ],
    }],
    kinds: ['Ekonomi:resultatrapport', 'Ekonomi:driftredovisning'],
    slip: { what: 'Driftredovisning Resultat budgetavvikelse typed 2,3', edits: [{ cell: 'B23', was: 2.8, value: 2.3 }], expect: ['crossref.result Ekonomi!B23'] },
  },

  {
    name: 'driftredovisning with a blank row before "Summa totalt" and months in the headers',
    sheets: [{
      name: 'Drift',
      rows: [
        ['Driftredovisning per område, mnkr'],
        [null, 'Avvikelse jan–jul 2025', 'Omsättning jan–jul 2025', 'Relation (%)', 'Avvikelse jan–jul 2024'],
        ...drBody(3, 'A', { special: () => [0, 0, '–', 0] }).slice(0, 8),
        [],
        ['Summa totalt', ...DR_VALUES[8]],
      ],
    }],
    kinds: ['Drift:driftredovisning'],
    slip: { what: 'Summa totalt omsättning typed 101,4 (a row left out)', edits: [{ cell: 'C12', was: 104.1, value: 101.4 }], expect: ['sum.row-total Drift!C12'] },
  },
  {
    name: 'resultatrapport with "Prognos augusti" and "Avvikelse prognos/budget" headers, blank row before each Summa',
    sheets: [{
      name: 'Aug',
      rows: [
        ['Resultatrapport kulturnämnden'],
        ['Mnkr', 'Utfall ack', 'Budget ack', 'Budgetavvikelse ack', 'Prognos augusti', 'Årsbudget', 'Avvikelse prognos/budget'],
        ...rrBody([0, 1, 2, 4, 5, 6]).flatMap((r, i) => (i === 2 || i === 6 ? [[], r] : [r])),
      ],
    }],
    kinds: ['Aug:resultatrapport'],
    slip: { what: 'Avvikelse prognos/budget Personalkostnader typed −1,0', edits: [{ cell: 'G7', was: 0.0, value: -1.0 }], expect: ['variance.forecast Aug!G7'] },
  },

  // ---- Resultatbudget / driftbudget ---------------------------------------------------------------
  {
    name: 'tillväxt resultatbudget and driftbudget in the seed layout on two sheets (crossref budgetram)',
    sheets: [
      {
        name: 'Resultatbudget',
        rows: [
          ['4.4 Resultatbudget regional tillväxt'],
          ['Belopp i mnkr', 'Budget 2024', 'Prognos 2023', 'Budget 2023'],
          ...TILLVAXT_RB.map((r) => [...r] as TestCell[]),
          ['Finansnetto', -0.3, 0.0, 0.1],
          ['Resultat *)', -143.4, -156.7, -156.7],
          [],
          ['*) Resultat budget 2024 ska överensstämma med nämndens budgetram från regionfullmäktige'],
        ],
      },
      {
        name: 'Driftbudget',
        rows: [
          ['4.5 Driftbudget regional tillväxt'],
          ['Belopp i mnkr', 'Budget 2024', null, 'Prognos 2023', null],
          [null, 'Omsätt-\nning', 'Varav \nbudget- \nram', 'Omsätt-\nning', 'Varav \nbudget- \nram'],
          ...TILLVAXT_DB.map((r) => [...r] as TestCell[]),
        ],
      },
    ],
    kinds: ['Resultatbudget:resultatbudget', 'Driftbudget:driftbudget'],
    slip: { what: 'Summa varav budgetram 2024 typed 134,4', edits: [{ sheet: 'Driftbudget', cell: 'C11', was: 143.4, value: 134.4 }], expect: ['crossref.budgetram Driftbudget!C11'] },
  },
  {
    name: 'tillväxt resultatbudget with Finansiella intäkter / kostnader rows and "Årets resultat" (split of the real finansnetto)',
    sheets: [{
      name: 'Budget',
      rows: [
        ['Resultatbudget regional tillväxtnämnd'],
        ['Mnkr', 'Budget 2024', 'Prognos 2023', 'Budget 2023'],
        ...TILLVAXT_RB.map((r) => [...r] as TestCell[]),
        ['Finansiella intäkter', 0.0, 0.0, 0.1],
        ['Finansiella kostnader', -0.3, 0.0, 0.0],
        ['Årets resultat', -143.4, -156.7, -156.7],
      ],
    }],
    kinds: ['Budget:resultatbudget'],
    slip: { what: 'Årets resultat Budget 2024 typed −143,1 (finansnetto left out)', edits: [{ cell: 'B16', was: -143.4, value: -143.1 }], expect: ['sum.row-total Budget!B16'] },
  },
  {
    name: 'kultur resultatbudget at B3 with "Nämndens budgetram 2024" stated above it',
    sheets: [{
      name: 'VP 2024',
      rows: place([
        ['Nämndens budgetram 2024', 108.4],
        [],
        ['Resultatbudget kulturnämnd', 'Budget 2024', 'Prognos 2023', 'Budget 2023'],
        ['Erhållna bidrag', 57.8, 56.4, 56.7],
        ['Övriga intäkter', 0, 0.5, 0],
        ['Summa intäkter', 57.8, 56.9, 56.7],
        ['Personalkostnader', -16.2, -16.0, -16.5],
        ['Lämnade bidrag', -132.2, -144.8, -145.1],
        ['Övriga kostnader', -17.8, -16.6, -17.0],
        ['Avskrivningar', 0, 0, 0],
        ['Summa kostnader', -166.2, -177.4, -178.6],
        ['Verksamhetens nettokostnader', -108.4, -120.5, -121.9],
        ['Finansnetto', 0, 0, 0],
        ['Resultat', -108.4, -120.5, -121.9],
      ], 1, 2),
    }],
    kinds: ['VP 2024:resultatbudget'],
    slip: {
      what: 'Lämnade bidrag 2024 raised by 1,0 and every sum updated: consistent inside, 1,0 over the ram',
      edits: [
        { cell: 'C8', was: -132.2, value: -133.2 },
        { cell: 'C11', was: -166.2, value: -167.2 },
        { cell: 'C12', was: -108.4, value: -109.4 },
        { cell: 'C14', was: -108.4, value: -109.4 },
      ],
      expect: ['budgetram.result VP 2024!C14'],
    },
  },
  {
    name: 'kultur driftbudget with one header row "Omsättning budget 2024" / "Varav budgetram budget 2024"',
    sheets: [{
      name: 'Drift',
      rows: [
        ['Driftbudget kultur, mnkr'],
        ['Område', 'Omsättning budget 2024', 'Varav budgetram budget 2024', 'Omsättning prognos 2023', 'Varav budgetram prognos 2023'],
        ...KULTUR_DB.map((r) => [...r] as TestCell[]),
      ],
    }],
    kinds: ['Drift:driftbudget'],
    slip: { what: 'Projekt varav budgetram 2024 typed 3,8 (above omsättning 3,5)', edits: [{ cell: 'C9', was: 0, value: 3.8 }], expect: ['budgetram.exceeds-turnover Drift!C9'] },
  },
  {
    name: 'tillväxt investeringsbudget with empty category rows (seed 4.6)',
    sheets: [{
      name: 'Invest',
      rows: [
        ['4.6 Investeringsbudget'],
        ['Belopp i mnkr', 'Budget 2024', 'Prognos 2023', 'Budget 2023'],
        ['Immateriella anläggningstillgångar'],
        ['Byggnadsinvesteringar'],
        ['Medicinteknisk utrustning'],
        ['It-utrustning'],
        ['Övrig utrustning', 0.4, 12.4, 12.4],
        ['Summa', 0.4, 12.4, 12.4],
      ],
    }],
    kinds: ['Invest:generic'],
    slip: { what: 'Summa Budget 2023 typed 12,9', edits: [{ cell: 'D8', was: 12.4, value: 12.9 }], expect: ['sum.row-total Invest!D8'] },
  },

  // ---- Handlingsplan ---------------------------------------------------------------------------
  {
    name: 'handlingsplan follow-up in the seed layout (section rows, empty Intäkter / Hyrläkare rows)',
    sheets: [{
      name: 'Handlingsplan',
      rows: [
        ['Uppföljning av beslutad handlingsplan'],
        [null, 'Handlingsplan', 'Utfall 2024', 'Utfall ack 2025', 'Prognos 2025', 'Prognos 2026'],
        ['Antal minskade årsarbetare, enligt avtalad tjänstgöringsgrad'],
        ['Antal årsarbetare', 1.0, 1.0, 1.0, 1.0, 1.0],
        [],
        ['Synliga effekter i ekonomin (mnkr)'],
        ['Intäkter'],
        ['Hyrläkare'],
        ['Personalkostnader', 0.9, 1.2, 0.6, 0.6, 0.6],
        ['Övriga kostnader', 17.2, 17.2, 17.2, 17.2, 17.2],
        ['Summa', 18.1, 18.4, 17.8, 17.8, 17.8],
      ],
    }],
    kinds: ['Handlingsplan:handlingsplan'],
    slip: { what: 'Summa Prognos 2026 typed 18,8', edits: [{ cell: 'F11', was: 17.8, value: 18.8 }], expect: ['sum.row-total Handlingsplan!F11'] },
  },

  // ---- Personnel economics ----------------------------------------------------------------------
  {
    name: 'kostnadsanalys with year-only headers ("2025", "2024") and Förändring columns',
    sheets: [{
      name: 'Personal',
      rows: [
        ['Kostnadsanalys, mnkr', 2025, 2024, 'Förändring', 'Förändring %'],
        ...KA.map((r) => [...r] as TestCell[]),
      ],
    }],
    kinds: ['Personal:kostnadsanalys'],
    slip: { what: 'Förändring Övrigt konto typed −0,1 (sign)', edits: [{ cell: 'D6', was: 0.1, value: -0.1 }], expect: ['variance.change Personal!D6'] },
  },
  {
    name: 'kostnadsanalys with "Förändring, %" stored as fractions in "0.0%" and units in headers',
    sheets: [{
      name: 'Personal',
      rows: [
        ['Kostnadsanalys'],
        ['Kategori', 'Utfall ack, mnkr', 'Utfall ack fg år, mnkr', 'Förändring, mnkr', 'Förändring, %'],
        ...KA.map(([l, a, b, c, d]) => [l, a, b, c, pct(d)]),
      ],
    }],
    kinds: ['Personal:kostnadsanalys'],
    slip: { what: 'Förändring % Månadslöner typed 19,6 %', edits: [{ cell: 'E3', was: { n: 0.096, fmt: '0.0%' }, value: { n: 0.196, fmt: '0.0%' } }], expect: ['relation.growth Personal!E3'] },
  },
  {
    name: 'lönekostnad with year headers ("Utfall jan–jul 2025", "Utfall jan–jul 2024") and Ökningstakt %',
    sheets: [{
      name: 'Personal',
      rows: [
        ['Personalkostnader'],
        [null, 'Utfall jan–jul 2025', 'Utfall jan–jul 2024', 'Ökningstakt %', 'Prognos 2025', 'Utfall 2024', 'Ökningstakt prognos %'],
        ['Lönekostnad (konto 40–41), mnkr', -5.9, -5.5, 7.7, -10.6, -9.8, 8.7],
      ],
    }],
    kinds: ['Personal:personalkostnader'],
    slip: { what: 'Ökningstakt typed 17,7', edits: [{ cell: 'D3', was: 7.7, value: 17.7 }], expect: ['relation.growth Personal!D3'] },
  },
  {
    name: 'årsarbetare exkl tjänstlediga: Tillsvidare / Visstid / Totalt over 2025, 2024, Förändring (seed 5.4)',
    sheets: [{
      name: 'Årsarbetare',
      rows: [
        ['Årsarbetare exklusive tjänstlediga'],
        ['Yrkesgrupp/ antal', 'Anställning per 30 juni 2025', null, null, 'Anställning per 30 juni 2024', null, null, 'Förändring', null, null],
        [null, 'Tills-\nvidare', 'Viss-\ntid', 'Totalt', 'Tills-\nvidare', 'Viss-\ntid', 'Totalt', 'Tills-\nvidare', 'Viss-\ntid', 'Totalt'],
        ['Administratör', 0.0, 0.0, 0.0, 0.0, 0.8, 0.8, 0.0, -0.8, -0.8],
        ['Chef', 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0],
        ['Handläggare', 18.2, 0.0, 18.2, 15.3, 0.0, 15.3, 2.9, 0.0, 2.9],
        ['Summa', 19.2, 0.0, 19.2, 16.3, 0.8, 17.1, 2.9, -0.8, 2.1],
      ],
      merges: [m('B2:D2'), m('E2:G2'), m('H2:J2')],
    }],
    kinds: ['Årsarbetare:arsarbetare'],
    slip: { what: 'Handläggare Totalt 2025 typed 19,2', edits: [{ cell: 'D6', was: 18.2, value: 19.2 }], expect: ['sum.column-total Årsarbetare!D6'] },
  },
  {
    name: 'årsarbetare per kön with group headers written once, no merges (seed 5.3)',
    sheets: [{
      name: 'Personal',
      rows: [
        ['Årsarbetare tillsvidareanställda avtalad sysselsättningsgrad'],
        ['Yrkesgrupp/ antal', 'Antal årsarbetare per 31 juli 2025', null, null, 'Antal årsarbetare per 31 juli 2024', null, null, 'Förändring', null, null],
        [null, 'Kvinnor', 'Män', 'Totalt', 'Kvinnor', 'Män', 'Totalt', 'Kvinnor', 'Män', 'Totalt'],
        ['Chef', 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0],
        ['Handläggare', 14.0, 5.5, 19.5, 12.0, 4.5, 16.5, 2.0, 1.0, 3.0],
        ['Summa', 15.0, 5.5, 20.5, 13.0, 4.5, 17.5, 2.0, 1.0, 3.0],
      ],
    }],
    kinds: ['Personal:arsarbetare'],
    slip: { what: 'Förändring Totalt Handläggare typed 2,0', edits: [{ cell: 'J5', was: 3.0, value: 2.0 }], expect: ['variance.change Personal!J5', 'sum.column-total Personal!J5'] },
  },
  {
    name: 'sjukfrånvaro in the delårsrapport layout: 2025 / 2024 / Förändring, rows ending in "%" (seed 5.5)',
    sheets: [{
      name: 'Sjukfrånvaro',
      rows: [
        ['5.5 Sjukfrånvaro'],
        ['Kategori', 'Utfall jan - jun 2025', null, null, 'Utfall jan - jun 2024', null, null, 'Förändring', null, null],
        [null, 'Kvinnor', 'Män', 'Totalt', 'Kvinnor', 'Män', 'Totalt', 'Kvinnor', 'Män', 'Totalt'],
        ['Sjukfrånvaro, korttidsfrånvaro %', 0.7, 0.1, 0.6, 0.6, 0.0, 0.4, 0.2, 0.1, 0.2],
        ['Sjukfrånvaro, långtidsfrånvaro %', 0.8, 0.0, 0.6, 0.0, 13.7, 3.9, 0.8, -13.7, -3.3],
        ['Sjukfrånvaro totalt %', 1.5, 0.1, 1.2, 0.6, 13.7, 4.3, 1.0, -13.5, -3.1],
      ],
      merges: [m('B2:D2'), m('E2:G2'), m('H2:J2')],
    }],
    kinds: ['Sjukfrånvaro:sjukfranvaro'],
    slip: { what: 'Sjukfrånvaro totalt Kvinnor 2025 typed 1,9', edits: [{ cell: 'B6', was: 1.5, value: 1.9 }], expect: ['sum.row-total Sjukfrånvaro!B6'] },
  },
  {
    name: 'sjukfrånvaro with rates stored as fractions in "0.0%"',
    sheets: [{
      name: 'Sjuk',
      rows: [
        ['Sjukfrånvaro jan–jul 2025'],
        [null, 'Kvinnor', 'Män', 'Totalt'],
        ['Korttidsfrånvaro', pct(0.7), pct(0.1), pct(0.6)],
        ['Långtidsfrånvaro', pct(0.8), pct(0.0), pct(0.6)],
        ['Sjukfrånvaro totalt', pct(1.5), pct(0.1), pct(1.2)],
      ],
    }],
    kinds: ['Sjuk:sjukfranvaro'],
    slip: { what: 'Sjukfrånvaro totalt Totalt typed 2,1 %', edits: [{ cell: 'D5', was: pct(1.2), value: pct(2.1) }], expect: ['sum.row-total Sjuk!D5', 'relation.weighted-mean Sjuk!D5'] },
  },
];
