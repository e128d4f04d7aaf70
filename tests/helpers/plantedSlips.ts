/**
 * Round 2: realistic controller SLIPS planted one at a time into the real tables of DOMAIN §3, in
 * several layouts (typed constants in General format, typed constants in "0.0", live formulas over
 * unrounded ledger figures with the cached results Excel would compute).
 *
 * Formula cells are evaluated here (a tiny evaluator: + - * /, SUM, IFERROR, cell refs) AFTER the
 * slip is applied, so every cached value is what Excel would show once it recalculated.
 */
import type { Cell, CellRange, Sheet, Workbook } from '../../src/core/model/workbook';
import { sheetFromGrid } from '../../src/core/model/workbook';
import {
  ARSARBETARE, ARSARBETARE_MERGES, DRIFTBUDGET, DRIFTBUDGET_MERGES, DRIFTREDOVISNING, HANDLINGSPLAN,
  KOSTNADSANALYS, LONEKOSTNAD, RESULTATBUDGET, RESULTATRAPPORT, SJUKFRANVARO,
} from './domainTables';
import type { TestCell } from './buildSheet';

// ---------------------------------------------------------------------------------------------
// Raw cells and their materialisation
// ---------------------------------------------------------------------------------------------

/**
 * number/string/null: a typed constant in General format; {n, fmt}: typed constant with a format;
 * {f, fmt?, v?}: formula (v = fixed cached value, e.g. '#N/A' from a lookup; otherwise evaluated);
 * {err}: an error cell without formula (values pasted from a sheet that showed an error).
 */
export type Raw =
  | number
  | string
  | null
  | { n: number; fmt: string }
  | { f: string; fmt?: string; v?: number | string }
  | { err: string };

export interface RawSheet {
  name: string;
  rows: Raw[][];
  merges?: CellRange[];
}

type Val = number | string | null | { e: string };
const ERR = (e: string): { e: string } => ({ e });
const isErr = (v: Val): v is { e: string } => typeof v === 'object' && v !== null;
const ERROR_RE = /^#(DIV\/0!|REF!|VALUE!|NAME\?|N\/A|NUM!|NULL!)$/;

function colNum(letters: string): number {
  let c = 0;
  for (const ch of letters) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c;
}
export function parseA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad address ${a1}`);
  return { row: Number(m[2]), col: colNum(m[1]) };
}

function evaluateSheet(rows: Raw[][]): Array<Array<Cell | null>> {
  const cache = new Map<string, Val>();
  const raw = (r: number, c: number): Raw => rows[r - 1]?.[c - 1] ?? null;

  const valueAt = (r: number, c: number, depth = 0): Val => {
    const key = `${r},${c}`;
    if (cache.has(key)) return cache.get(key)!;
    if (depth > 200) throw new Error('circular');
    const x = raw(r, c);
    let v: Val;
    if (x === null || typeof x === 'number' || typeof x === 'string') v = x;
    else if ('n' in x) v = x.n;
    else if ('err' in x) v = ERR(x.err);
    else if (x.v !== undefined) v = typeof x.v === 'string' && ERROR_RE.test(x.v) ? ERR(x.v) : x.v;
    else v = evalFormula(x.f, (rr, cc) => valueAt(rr, cc, depth + 1));
    cache.set(key, v);
    return v;
  };

  return rows.map((row, i) =>
    row.map((x, j): Cell | null => {
      if (x === null) return null;
      if (typeof x === 'number') return { value: x, type: 'number' };
      if (typeof x === 'string') return { value: x, type: 'text' };
      if ('n' in x) return { value: x.n, type: 'number', numberFormat: x.fmt };
      if ('err' in x) return { value: x.err, type: 'error' };
      const v = valueAt(i + 1, j + 1);
      const base = { formula: x.f, ...(x.fmt ? { numberFormat: x.fmt } : {}) };
      if (isErr(v)) return { ...base, value: v.e, type: 'error' };
      if (v === null) return { ...base, value: 0, type: 'number' };
      return { ...base, value: v, type: typeof v === 'number' ? 'number' : 'text' };
    }),
  );
}

/** Evaluates the small formula language the layouts use. */
function evalFormula(formula: string, at: (r: number, c: number) => Val): Val {
  const src = formula.replace(/^=/, '');
  const tokens = src.match(/#REF!|"[^"]*"|[A-Z]+\(|\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|\d+(?:\.\d+)?|[-+*/(),;]/g) ?? [];
  let p = 0;
  const peek = () => tokens[p];
  const next = () => tokens[p++];
  const num = (v: Val): number | { e: string } => {
    if (isErr(v)) return v;
    if (v === null || v === '') return 0;
    if (typeof v === 'number') return v;
    return ERR('#VALUE!');
  };
  const bin = (a: Val, b: Val, op: string): Val => {
    const x = num(a);
    const y = num(b);
    if (isErr(x)) return x;
    if (isErr(y)) return y;
    if (op === '+') return x + y;
    if (op === '-') return x - y;
    if (op === '*') return x * y;
    if (y === 0) return ERR('#DIV/0!');
    return x / y;
  };
  const rangeVals = (t: string): Val[] => {
    const [a, b] = t.split(':');
    const s = parseA1(a);
    const e = parseA1(b ?? a);
    const out: Val[] = [];
    for (let r = s.row; r <= e.row; r++) for (let c = s.col; c <= e.col; c++) out.push(at(r, c));
    return out;
  };
  function expr(): Val {
    let v = term();
    while (peek() === '+' || peek() === '-') {
      const op = next();
      v = bin(v, term(), op);
    }
    return v;
  }
  function term(): Val {
    let v = unary();
    while (peek() === '*' || peek() === '/') {
      const op = next();
      v = bin(v, unary(), op);
    }
    return v;
  }
  function unary(): Val {
    if (peek() === '-') {
      next();
      return bin(0, unary(), '-');
    }
    if (peek() === '+') {
      next();
      return unary();
    }
    return primary();
  }
  function primary(): Val {
    const t = next();
    if (t === undefined) throw new Error(`formula ended early: ${formula}`);
    if (t === '(') {
      const v = expr();
      next(); // ')'
      return v;
    }
    if (t === '#REF!') return ERR('#REF!');
    if (t.startsWith('"')) return t.slice(1, -1);
    if (/^\d/.test(t)) return Number(t);
    if (t.endsWith('(')) {
      const name = t.slice(0, -1);
      if (name === 'SUM') {
        let total = 0;
        let err: { e: string } | undefined;
        for (;;) {
          const a = next();
          if (a === ')') break;
          if (a === ',' || a === ';') continue;
          for (const v of rangeVals(a)) {
            if (isErr(v)) err = err ?? v;
            else if (typeof v === 'number') total += v;
          }
        }
        return err ?? total;
      }
      if (name === 'IFERROR') {
        const a = expr();
        next(); // ',' or ';'
        const b = expr();
        next(); // ')'
        return isErr(a) ? b : a;
      }
      // Unknown (e.g. the Swedish SUMMA typed into English Excel): #NAME?, skip to the matching ')'.
      let depth = 1;
      while (depth > 0 && p < tokens.length) {
        const a = next();
        if (a === ')') depth -= 1;
        else if (a.endsWith('(') || a === '(') depth += 1;
      }
      return ERR('#NAME?');
    }
    const { row, col } = parseA1(t);
    return at(row, col);
  }
  const v = expr();
  return v;
}

export function materialize(s: RawSheet): Sheet {
  return sheetFromGrid(s.name, evaluateSheet(s.rows), s.merges ?? []);
}

export function toWorkbook(sheets: RawSheet[]): Workbook {
  return { name: 'planted.xlsx', sheets: sheets.map(materialize) };
}

// ---------------------------------------------------------------------------------------------
// Base layouts (all real figures of DOMAIN §3)
// ---------------------------------------------------------------------------------------------

const fromTest = (rows: TestCell[][]): Raw[][] =>
  rows.map((r) =>
    r.map((x): Raw => {
      if (x === null || typeof x === 'number' || typeof x === 'string') return x;
      if ('n' in x) return { n: x.n, fmt: x.fmt };
      if ('f' in x) return { f: x.f, v: x.v };
      return { err: x.error };
    }),
  );
const fmt1 = (rows: TestCell[][]): Raw[][] => fromTest(rows).map((r) => r.map((x) => (typeof x === 'number' ? { n: x, fmt: '0.0' } : x)));

/**
 * Resultatrapport with live formulas over unrounded ledger figures (2 decimals), every figure shown
 * with "0.0". The leaves are chosen so that the display reproduces DOMAIN §3.1 exactly, including its
 * three rounding quirks (Personalkostnader 0,1; Budget ack −102,9; Prognos avvikelse 1,3).
 * Same addresses as the typed table: header row 3, body rows 4–12, columns B–I.
 */
function rrFormulas(): Raw[][] {
  const F = '0.0';
  // B Utfall ack, C Budget ack, E Utfall ack fg år, F Prognos, G Budget, I Budgetavvikelse fg år
  const leaves: Record<number, [number, number, number, number, number, number]> = {
    4: [34.04, 32.83, 34.01, 57.56, 56.24, -0.7],
    5: [0, 0, 0.21, 0, 0, 0.3],
    7: [-8.77, -8.84, -8.8, -15.48, -15.46, 0.6],
    8: [-86.64, -84.21, -79.3, -144.81, -144.52, -5.5],
    9: [-5.92, -9.84, -5.31, -17.48, -16.86, 7.3],
  };
  const labels = ['Erhållna bidrag', 'Övriga intäkter', 'Summa Intäkter', 'Personalkostnader', 'Lämnade bidrag', 'Övriga kostnader', 'Summa Kostnader', 'Verksamhetens nettokostnad', 'Resultat'];
  const rows: Raw[][] = [
    ['Resultatrapport kulturnämnden jan–jul 2025'],
    ['Belopp i mnkr'],
    [null, 'Utfall ack', 'Budget ack', 'Budgetavvikelse ack', 'Utfall ack fg år', 'Prognos', 'Budget', 'Prognos budgetavvikelse', 'Budgetavvikelse fg år'],
  ];
  const typedCols = ['B', 'C', 'E', 'F', 'G', 'I'];
  for (let r = 4; r <= 12; r++) {
    const row: Raw[] = [labels[r - 4]];
    const cellFor = (c: string): Raw => {
      if (c === 'D') return { f: `=B${r}-C${r}`, fmt: F };
      if (c === 'H') return { f: `=F${r}-G${r}`, fmt: F };
      if (leaves[r]) return { n: leaves[r][typedCols.indexOf(c)], fmt: F };
      if (r === 6) return { f: `=SUM(${c}4:${c}5)`, fmt: F };
      if (r === 10) return { f: `=SUM(${c}7:${c}9)`, fmt: F };
      if (r === 11) return { f: `=${c}6+${c}10`, fmt: F };
      return { f: `=${c}11`, fmt: F };
    };
    for (const c of ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']) row.push(cellFor(c));
    rows.push(row);
  }
  return rows;
}

/** Driftredovisning with relation =IFERROR(B/C*100,"–") and Resultat =SUM, "0.0" format. Rows 3–10, Resultat 11. */
function drFormulas(): Raw[][] {
  const F = '0.0';
  const rows: Raw[][] = [
    ['Driftredovisning kulturnämnden'],
    ['Belopp i mnkr', 'Budgetavvikelse ack 2025', 'Omsättning ack 2025', 'Relation (%)', 'Budgetavvikelse ack 2024'],
  ];
  const body = fromTest(DRIFTREDOVISNING).slice(2, 10);
  body.forEach((r, i) => {
    const row = 3 + i;
    rows.push([r[0], { n: r[1] as number, fmt: F }, { n: r[2] as number, fmt: F }, { f: `=IFERROR(B${row}/C${row}*100,"–")`, fmt: F }, { n: r[4] as number, fmt: F }]);
  });
  rows.push(['Resultat', { f: '=SUM(B3:B10)', fmt: F }, { f: '=SUM(C3:C10)', fmt: F }, { f: '=IFERROR(B11/C11*100,"–")', fmt: F }, { f: '=SUM(E3:E10)', fmt: F }]);
  return rows;
}

/** Kultur resultatbudget in tkr (the mnkr figures × 1000), format "#,##0". Header row 2, body rows 3–13. */
function resultatbudgetTkr(): Raw[][] {
  const body = fromTest(RESULTATBUDGET).slice(3);
  return [
    ['Resultatbudget kulturnämnd, belopp i tkr'],
    [null, 'Budget 2024', 'Prognos 2023', 'Budget 2023'],
    ...body.map((r) => r.map((x): Raw => (typeof x === 'number' ? { n: Math.round(x * 1000), fmt: '#,##0' } : x))),
  ];
}

/** Handlingsplan follow-up with =SUM over the economic rows (4–5), årsarbetare in row 3. */
function hpFormulas(): Raw[][] {
  const rows: Raw[][] = fromTest(HANDLINGSPLAN).slice(0, 5).map((r) => r.map((x): Raw => (typeof x === 'number' ? { n: x, fmt: '0.0' } : x)));
  rows.push(['Summa', ...['B', 'C', 'D', 'E', 'F'].map((c): Raw => ({ f: `=SUM(${c}4:${c}5)`, fmt: '0.0' }))]);
  return rows;
}

/** Kostnadsanalys with year-only headers in the header row, Totalt =SUM, Förändring =B−C; Förändring % typed. */
function kaFormulas(): Raw[][] {
  const body = fromTest(KOSTNADSANALYS).slice(2, 7);
  const rows: Raw[][] = [['Kostnadsanalys, mnkr', 2025, 2024, 'Förändring', 'Förändring %']];
  body.forEach((r, i) => {
    const row = 2 + i;
    rows.push([r[0], r[1], r[2], { f: `=B${row}-C${row}`, fmt: '0.0' }, r[4]]);
  });
  rows.push(['Totalt kontoklass 40-41', { f: '=SUM(B2:B6)', fmt: '0.0' }, { f: '=SUM(C2:C6)', fmt: '0.0' }, { f: '=SUM(D2:D6)', fmt: '0.0' }, 7.7]);
  return rows;
}

export interface Base {
  sheets: RawSheet[];
  /** Findings the clean base really deserves (a real error value); allowed, not required, in slip cases. */
  genuine?: string[];
}

export const BASES: Record<string, () => Base> = {
  rrTyped: () => ({ sheets: [{ name: 'Resultatrapport', rows: fromTest(RESULTATRAPPORT) }] }),
  rrFmt: () => ({ sheets: [{ name: 'Periodrapport', rows: fmt1(RESULTATRAPPORT) }] }),
  rrFormulas: () => ({ sheets: [{ name: 'Formler', rows: rrFormulas() }] }),
  dr: () => ({ sheets: [{ name: 'Driftredovisning', rows: fromTest(DRIFTREDOVISNING) }], genuine: ['error-value.cell Driftredovisning!D6'] }),
  drFormulas: () => ({ sheets: [{ name: 'Drift', rows: drFormulas() }] }),
  rrdr: () => ({
    sheets: [
      { name: 'Resultatrapport', rows: fromTest(RESULTATRAPPORT) },
      { name: 'Driftredovisning', rows: fromTest(DRIFTREDOVISNING) },
    ],
    genuine: ['error-value.cell Driftredovisning!D6'],
  }),
  budget: () => ({
    sheets: [
      { name: 'Resultatbudget', rows: fromTest(RESULTATBUDGET) },
      { name: 'Driftbudget', rows: fromTest(DRIFTBUDGET), merges: DRIFTBUDGET_MERGES },
    ],
  }),
  budgetTkr: () => ({ sheets: [{ name: 'Budget', rows: resultatbudgetTkr() }] }),
  hp: () => ({ sheets: [{ name: 'Handlingsplan', rows: fromTest(HANDLINGSPLAN) }] }),
  hpFormulas: () => ({ sheets: [{ name: 'Handlingsplan', rows: hpFormulas() }] }),
  lon: () => ({ sheets: [{ name: 'Personal', rows: fromTest(LONEKOSTNAD) }] }),
  lonPct: () => ({
    sheets: [{
      name: 'Personal',
      rows: fromTest(LONEKOSTNAD).map((r, i) => (i === 2 ? r.map((x, j): Raw => (j >= 5 && typeof x === 'number' ? { n: Math.round(x * 10) / 1000, fmt: '0.0%' } : x)) : r)),
    }],
  }),
  ka: () => ({ sheets: [{ name: 'Kostnadsanalys', rows: fromTest(KOSTNADSANALYS) }] }),
  kaFormulas: () => ({ sheets: [{ name: 'Personal', rows: kaFormulas() }] }),
  arb: () => ({ sheets: [{ name: 'Årsarbetare', rows: fromTest(ARSARBETARE), merges: ARSARBETARE_MERGES }] }),
  sjuk: () => ({ sheets: [{ name: 'Sjukfrånvaro', rows: fromTest(SJUKFRANVARO) }] }),
  /** DOMAIN §3.4, regional tillväxtnämnd: plan 29,0, effect 24,2 / 28,3 / 29,0, "84 %" / "98 %" / "100 %". */
  uppf: () => ({
    sheets: [{
      name: 'Handlingsplan',
      rows: [
        ['Uppföljning handlingsplan regional tillväxt, mnkr'],
        [null, 2024, 2025, 2026],
        ['Åtgärdskrav enligt handlingsplan', 29.0, 29.0, 29.0],
        ['Beräknad effekt', 24.2, 28.3, 29.0],
        ['Uppfyllelsegrad', { n: 0.84, fmt: '0%' }, { n: 0.98, fmt: '0%' }, { n: 1, fmt: '0%' }],
      ],
    }],
  }),
};

// ---------------------------------------------------------------------------------------------
// The slips
// ---------------------------------------------------------------------------------------------

export interface Edit {
  sheet?: string;
  cell: string;
  value: Raw;
}

export interface SlipCase {
  group: string;
  name: string;
  base: keyof typeof BASES;
  edits: Edit[];
  /** Each entry: alternatives "rule Sheet!A1"; at least one alternative of every entry must be reported. */
  expect: string[][];
  /** Consequential error/warning findings that are acceptable besides the expected ones. */
  acceptable?: string[];
  /** Reason the case is unreasonable (it.skip). */
  skip?: string;
}

/** "rule1|rule2 Sheet!A1" -> alternatives. */
const any = (rules: string, where: string): string[] => rules.split('|').map((r) => `${r} ${where}`);

const RR = 'Resultatrapport';
const PR = 'Periodrapport';
const FO = 'Formler';
const F1 = '0.0';

export const SLIPS: SlipCase[] = [
  // ---- A leaf figure mistyped ---------------------------------------------------------------------
  {
    group: 'leaf mistyped', name: 'RR General: Lämnade bidrag Utfall ack −86,6 typed −68,6 (digits swapped)', base: 'rrTyped',
    edits: [{ cell: 'B8', value: -68.6 }],
    expect: [any('sum.row-total|variance.budget', `${RR}!B8`)],
  },
  {
    group: 'leaf mistyped', name: 'RR "0.0": Personalkostnader Utfall ack −8,8 typed −88 (decimal comma lost)', base: 'rrFmt',
    edits: [{ cell: 'B7', value: { n: -88, fmt: F1 } }],
    expect: [any('sum.row-total|variance.budget', `${PR}!B7`)],
  },
  {
    group: 'leaf mistyped', name: 'RR General: Lämnade bidrag Budget ack typed 84,2 (sign dropped)', base: 'rrTyped',
    edits: [{ cell: 'C8', value: 84.2 }],
    expect: [[`sign.cost ${RR}!C8`]],
  },
  {
    group: 'leaf mistyped', name: 'driftredovisning: Samverkansmodellen Omsättning 64,7 typed 46,7', base: 'dr',
    edits: [{ cell: 'C7', value: 46.7 }],
    expect: [any('sum.row-total|relation.ratio', 'Driftredovisning!C7')],
  },
  {
    group: 'leaf mistyped', name: 'driftredovisning: Ledning Budgetavvikelse 1,0 typed 10', base: 'dr',
    edits: [{ cell: 'B3', value: 10 }],
    expect: [any('sum.row-total|relation.ratio', 'Driftredovisning!B3')],
  },
  {
    group: 'leaf mistyped', name: 'kostnadsanalys: Månadslöner Utfall ack −4,8 typed −8,4', base: 'ka',
    edits: [{ cell: 'B3', value: -8.4 }],
    expect: [any('sum.row-total|variance.change|relation.growth', 'Kostnadsanalys!B3')],
  },
  {
    group: 'leaf mistyped', name: 'årsarbetare: Handläggare Kvinnor 2025 14,0 typed 41,0', base: 'arb',
    edits: [{ cell: 'B5', value: 41.0 }],
    expect: [any('sum.row-total|sum.column-total|variance.change', 'Årsarbetare!B5')],
  },

  // ---- Typed in the wrong row / row copied ----------------------------------------------------------
  {
    group: 'wrong row', name: 'RR General: Personalkostnader and Övriga kostnader Utfall ack swapped (sums still agree)', base: 'rrTyped',
    edits: [{ cell: 'B7', value: -5.9 }, { cell: 'B9', value: -8.8 }],
    expect: [any('variance.budget', `${RR}!D7`).concat(any('variance.budget|sum.row-total', `${RR}!B7`)), any('variance.budget', `${RR}!D9`).concat(any('variance.budget|sum.row-total', `${RR}!B9`))],
    acceptable: [`variance.budget ${RR}!D7`, `variance.budget ${RR}!D9`],
  },
  {
    group: 'wrong row', name: 'driftbudget: Ledning and Kulturstöd Omsättning 2024 swapped (Ledning varav ram 15,7 > omsättning 6,5)', base: 'budget',
    edits: [{ sheet: 'Driftbudget', cell: 'B3', value: 6.5 }, { sheet: 'Driftbudget', cell: 'B4', value: 15.7 }],
    expect: [any('budgetram.exceeds-turnover', 'Driftbudget!C3').concat(any('budgetram.exceeds-turnover', 'Driftbudget!B3'))],
  },
  {
    group: 'row copied from last year', name: 'driftbudget: Samverkansmodellen Budget 2024 row typed with the Prognos 2023 figures 113,6 / 58,5', base: 'budget',
    edits: [{ sheet: 'Driftbudget', cell: 'B7', value: 113.6 }, { sheet: 'Driftbudget', cell: 'C7', value: 58.5 }],
    expect: [
      [...any('sum.row-total', 'Driftbudget!B7'), ...any('sum.row-total', 'Driftbudget!B11')],
      [...any('sum.row-total', 'Driftbudget!C7'), ...any('sum.row-total|crossref.budgetram', 'Driftbudget!C11')],
    ],
    acceptable: ['sum.row-total Driftbudget!B11', 'sum.row-total Driftbudget!C11'],
  },
  {
    // Only the Summa breaks, and any of its rows could be the wrong one: the Summa cell is a fair report.
    group: 'row copied from last year', name: 'resultatbudget: Övriga kostnader Budget 2024 typed −17,0 from Budget 2023, sums not updated', base: 'budget',
    edits: [{ sheet: 'Resultatbudget', cell: 'B9', value: -17.0 }],
    expect: [[...any('sum.row-total', 'Resultatbudget!B9'), ...any('sum.row-total', 'Resultatbudget!B11')]],
  },

  // ---- Summa typed / stale ----------------------------------------------------------------------------
  {
    group: 'stale Summa', name: 'RR formulas: Summa Kostnader Utfall ack typed over the SUM, then Övriga kostnader corrected −5,92 → −6,42', base: 'rrFormulas',
    edits: [{ cell: 'B10', value: { n: -101.33, fmt: F1 } }, { cell: 'B9', value: { n: -6.42, fmt: F1 } }],
    expect: [any('sum.row-total|formula.hardcoded', `${FO}!B10`)],
  },
  {
    group: 'stale Summa', name: 'RR "0.0": Övriga kostnader Utfall ack corrected to −6,4 (avvikelse 3,4) but typed Summa left at −101,3', base: 'rrFmt',
    edits: [{ cell: 'B9', value: { n: -6.4, fmt: F1 } }, { cell: 'D9', value: { n: 3.4, fmt: F1 } }],
    expect: [any('sum.row-total', `${PR}!B10`)],
    // The typed Summa of the avvikelse column (1,6) was not updated either: it is really stale too.
    acceptable: [`sum.row-total ${PR}!D10`],
  },
  {
    group: 'stale Summa', name: 'handlingsplan: Övriga kostnader Prognos 2026 updated to 16,4, Summa left at 17,8', base: 'hp',
    edits: [{ cell: 'F5', value: 16.4 }],
    expect: [[...any('sum.row-total', 'Handlingsplan!F6'), ...any('sum.row-total', 'Handlingsplan!F5')]],
  },

  // ---- SUM ranges -------------------------------------------------------------------------------------
  {
    group: 'SUM range', name: 'RR formulas: Summa Kostnader Utfall ack =SUM(B8:B9) misses the first row (Personalkostnader)', base: 'rrFormulas',
    edits: [{ cell: 'B10', value: { f: '=SUM(B8:B9)', fmt: F1 } }],
    expect: [any('formula.sum-range|sum.row-total', `${FO}!B10`)],
  },
  {
    group: 'SUM range', name: 'RR formulas: Summa Intäkter Utfall ack fg år =SUM(E4:E4) misses the last row (Övriga intäkter 0,21)', base: 'rrFormulas',
    edits: [{ cell: 'E6', value: { f: '=SUM(E4:E4)', fmt: F1 } }],
    expect: [any('formula.sum-range|sum.row-total', `${FO}!E6`)],
  },
  {
    group: 'SUM range', name: 'kostnadsanalys formulas: Totalt Utfall ack =SUM(B1:B6) includes the header year 2025', base: 'kaFormulas',
    edits: [{ cell: 'B7', value: { f: '=SUM(B1:B6)', fmt: F1 } }],
    expect: [any('formula.sum-range|sum.row-total', 'Personal!B7')],
  },
  {
    group: 'SUM range', name: 'RR formulas: Verksamhetens nettokostnad =SUM(B4:B10) double counts both subtotals', base: 'rrFormulas',
    edits: [{ cell: 'B11', value: { f: '=SUM(B4:B10)', fmt: F1 } }],
    expect: [any('sum.row-total|formula.sum-range|formula.inconsistent', `${FO}!B11`)],
  },
  {
    group: 'SUM range', name: 'handlingsplan formulas: whole Summa row =SUM(X3:X5) includes Antal årsarbetare', base: 'hpFormulas',
    edits: ['B', 'C', 'D', 'E', 'F'].map((c) => ({ cell: `${c}6`, value: { f: `=SUM(${c}3:${c}5)`, fmt: F1 } })),
    expect: ['B', 'C', 'D', 'E', 'F'].map((c) => any('sum.row-total|formula.sum-range', `Handlingsplan!${c}6`)),
  },
  {
    group: 'SUM range', name: 'driftredovisning formulas: Resultat Omsättning =SUM(C3:C9) misses Nämndkostnader', base: 'drFormulas',
    edits: [{ cell: 'C11', value: { f: '=SUM(C3:C9)', fmt: F1 } }],
    expect: [any('formula.sum-range|sum.row-total', 'Drift!C11')],
  },
  {
    group: 'SUM range', name: 'RR formulas: Verksamhetens nettokostnad =B6-B10 (subtracts the negative cost sum)', base: 'rrFormulas',
    edits: [{ cell: 'B11', value: { f: '=B6-B10', fmt: F1 } }],
    expect: [any('sum.row-total|formula.inconsistent', `${FO}!B11`)],
  },

  // ---- Variance formulas ------------------------------------------------------------------------------
  {
    group: 'variance', name: 'RR formulas: Budgetavvikelse Lämnade bidrag =B8-E8 (utfall − utfall fg år)', base: 'rrFormulas',
    edits: [{ cell: 'D8', value: { f: '=B8-E8', fmt: F1 } }],
    expect: [any('variance.budget|formula.inconsistent', `${FO}!D8`)],
  },
  {
    group: 'variance', name: 'RR formulas: Budgetavvikelse Övriga kostnader =C9-B9 (budget − utfall in one cell)', base: 'rrFormulas',
    edits: [{ cell: 'D9', value: { f: '=C9-B9', fmt: F1 } }],
    expect: [any('variance.sign-reversed|variance.budget|formula.inconsistent', `${FO}!D9`)],
  },
  {
    group: 'variance', name: 'RR formulas: Prognos budgetavvikelse Övriga kostnader =F9-C9 (budget ack instead of årsbudget)', base: 'rrFormulas',
    edits: [{ cell: 'H9', value: { f: '=F9-C9', fmt: F1 } }],
    expect: [any('variance.forecast|formula.inconsistent', `${FO}!H9`)],
  },
  {
    group: 'variance', name: 'RR General: Prognos budgetavvikelse Övriga kostnader typed −7,7 (prognos − budget ack)', base: 'rrTyped',
    edits: [{ cell: 'H9', value: -7.7 }],
    expect: [[`variance.forecast ${RR}!H9`]],
  },
  {
    group: 'variance', name: 'RR formulas: Prognos budgetavvikelse Lämnade bidrag =F7-G7 (points at the row above)', base: 'rrFormulas',
    edits: [{ cell: 'H8', value: { f: '=F7-G7', fmt: F1 } }],
    expect: [any('formula.inconsistent|variance.forecast', `${FO}!H8`)],
  },
  {
    group: 'variance', name: 'RR General: Summa Kostnader Budgetavvikelse typed −1,6 (budget − utfall)', base: 'rrTyped',
    edits: [{ cell: 'D10', value: -1.6 }],
    // D10 is also the Summa of its column: sum.row-total at D10 is the exact cell, a fair (less telling) id.
    expect: [any('variance.sign-reversed|variance.budget|sum.row-total', `${RR}!D10`)],
  },
  {
    group: 'variance', name: 'RR "0.0": Summa Intäkter Prognos budgetavvikelse typed −1,3 (budget − prognos)', base: 'rrFmt',
    edits: [{ cell: 'H6', value: { n: -1.3, fmt: F1 } }],
    expect: [any('variance.sign-reversed|variance.forecast|sum.row-total', `${PR}!H6`)],
  },

  // ---- Relations --------------------------------------------------------------------------------------
  {
    group: 'relation', name: 'driftredovisning formulas: Relation Samverkansmodellen =B7/E7*100 (wrong denominator column)', base: 'drFormulas',
    edits: [{ cell: 'D7', value: { f: '=IFERROR(B7/E7*100,"–")', fmt: F1 } }],
    expect: [any('relation.ratio|formula.inconsistent', 'Drift!D7')],
  },
  {
    group: 'relation', name: 'driftredovisning: Relation Ledning typed 6,4 (avvikelse / budget 15,7 instead of / omsättning 8,4)', base: 'dr',
    edits: [{ cell: 'D3', value: 6.4 }],
    expect: [[`relation.ratio Driftredovisning!D3`]],
  },
  {
    group: 'relation', name: 'lönekostnad: Ökningstakt ack typed −0,4 (difference in mnkr instead of ratio)', base: 'lon',
    edits: [{ cell: 'F3', value: -0.4 }],
    expect: [['relation.growth Personal!F3']],
  },
  {
    group: 'relation', name: 'lönekostnad: Ökningstakt prognos typed −7,5 (fg år / prognos − 1, inverted)', base: 'lon',
    edits: [{ cell: 'H3', value: -7.5 }],
    expect: [['relation.growth Personal!H3']],
  },
  {
    group: 'relation', name: 'kostnadsanalys: Totalt Förändring % typed 185,7 (the % column summed)', base: 'ka',
    edits: [{ cell: 'E8', value: 185.7 }],
    expect: [['relation.growth Kostnadsanalys!E8']],
  },
  {
    group: 'relation', name: 'sjukfrånvaro: totalt Totalt typed 1,6 = Kvinnor + Män (summed instead of weighted)', base: 'sjuk',
    edits: [{ cell: 'D5', value: 1.6 }],
    expect: [any('relation.weighted-mean|sum.row-total', 'Sjukfrånvaro!D5')],
  },
  {
    group: 'relation', name: 'sjukfrånvaro: korttid Totalt typed 0,9 (outside Kvinnor 0,7 / Män 0,1)', base: 'sjuk',
    edits: [{ cell: 'D3', value: 0.9 }],
    expect: [['relation.weighted-mean Sjukfrånvaro!D3']],
  },

  // ---- Förändring / Totalt ------------------------------------------------------------------------------
  {
    group: 'förändring/totalt', name: 'kostnadsanalys: Förändring Månadslöner typed +0,4 (reversed sign)', base: 'ka',
    edits: [{ cell: 'D3', value: 0.4 }],
    expect: [['variance.change Kostnadsanalys!D3']],
  },
  {
    group: 'förändring/totalt', name: 'årsarbetare: Förändring Män Handläggare typed −1,0 (reversed sign)', base: 'arb',
    edits: [{ cell: 'I5', value: -1.0 }],
    expect: [['variance.change Årsarbetare!I5']],
  },
  {
    group: 'förändring/totalt', name: 'årsarbetare: Handläggare Totalt 2024 typed 17,5 (Kvinnor 12,0 + Män 4,5 off by one)', base: 'arb',
    edits: [{ cell: 'G5', value: 17.5 }],
    expect: [['sum.column-total Årsarbetare!G5']],
  },
  {
    group: 'förändring/totalt', name: 'årsarbetare: Summa Totalt 2025 typed 19,5 (off by one)', base: 'arb',
    edits: [{ cell: 'D6', value: 19.5 }],
    expect: [any('sum.column-total|sum.row-total', 'Årsarbetare!D6')],
  },

  // ---- Error values -------------------------------------------------------------------------------------
  {
    group: 'error value', name: 'RR formulas: Budgetavvikelse Lämnade bidrag =#REF!-C8 (a deleted column) as error cell', base: 'rrFormulas',
    edits: [{ cell: 'D8', value: { f: '=#REF!-C8', fmt: F1 } }],
    expect: [[`error-value.cell ${FO}!D8`]],
  },
  {
    group: 'error value', name: 'RR formulas: Summa Kostnader =SUMMA(B7:B9) typed in English Excel gives #NAME? (propagates)', base: 'rrFormulas',
    edits: [{ cell: 'B10', value: { f: '=SUMMA(B7:B9)', fmt: F1 } }],
    expect: [[`error-value.cell ${FO}!B10`]],
    acceptable: ['B11', 'B12', 'D10', 'D11', 'D12'].map((c) => `error-value.cell ${FO}!${c}`),
  },
  {
    group: 'error value', name: 'RR General: Budgetavvikelse Lämnade bidrag is a #VALUE! error cell (values pasted)', base: 'rrTyped',
    edits: [{ cell: 'D8', value: { err: '#VALUE!' } }],
    expect: [[`error-value.cell ${RR}!D8`]],
  },
  {
    group: 'error value', name: 'RR General: Budgetavvikelse fg år Lämnade bidrag =VLOOKUP(...) gives #N/A', base: 'rrTyped',
    edits: [{ cell: 'I8', value: { f: '=VLOOKUP(A8,Fg!A:I,9,FALSE)', v: '#N/A' } }],
    expect: [[`error-value.cell ${RR}!I8`]],
  },
  {
    group: 'error value', name: 'RR General: error cell delivered with its Swedish value #SAKNAS! (sv-SE host)', base: 'rrTyped',
    edits: [{ cell: 'I8', value: { err: '#SAKNAS!' } }],
    expect: [[`error-value.cell ${RR}!I8`]],
  },
  ...['#REFERENS!', '#VÄRDEFEL!', '#SAKNAS!', '#NAMN?', '#N/A', '#DIVISION/0!'].map((txt): SlipCase => ({
    group: 'error value', name: `RR General: Budgetavvikelse Lämnade bidrag pasted as the text "${txt}"`, base: 'rrTyped',
    edits: [{ cell: 'D8', value: txt }],
    expect: [[`error-value.text ${RR}!D8`]],
  })),
  {
    group: 'error value', name: 'driftredovisning: the #DIV/0! pasted as English text "#DIV/0!"', base: 'dr',
    edits: [{ cell: 'D6', value: '#DIV/0!' }],
    expect: [['error-value.text Driftredovisning!D6']],
  },

  // ---- Numbers stored as text ----------------------------------------------------------------------------
  {
    group: 'number as text', name: 'resultatbudget tkr: Lämnade bidrag Budget 2024 pasted as "−132 200" (U+2212, no-break space)', base: 'budgetTkr',
    edits: [{ cell: 'B7', value: '\u2212132\u00a0200' }],
    expect: [['number-text.stored-as-text Budget!B7']],
  },
  {
    group: 'number as text', name: 'resultatbudget tkr: Erhållna bidrag Prognos 2023 pasted as "56 400" (plain space)', base: 'budgetTkr',
    edits: [{ cell: 'C3', value: '56 400' }],
    expect: [['number-text.stored-as-text Budget!C3']],
  },
  {
    group: 'number as text', name: 'resultatbudget tkr: Summa kostnader Budget 2024 pasted as "−166 200" (narrow no-break space)', base: 'budgetTkr',
    edits: [{ cell: 'B10', value: '\u2212166\u202f200' }],
    expect: [['number-text.stored-as-text Budget!B10']],
  },
  {
    group: 'number as text', name: 'driftredovisning: Ledning Omsättning pasted as "8,4 mnkr"', base: 'dr',
    edits: [{ cell: 'C3', value: '8,4 mnkr' }],
    expect: [['number-text.stored-as-text Driftredovisning!C3']],
  },
  {
    group: 'number as text', name: 'driftredovisning: Ledning Relation pasted as "11,9 %"', base: 'dr',
    edits: [{ cell: 'D3', value: '11,9 %' }],
    expect: [['number-text.stored-as-text Driftredovisning!D3']],
  },
  {
    group: 'number as text', name: 'handlingsplan: Personalkostnader Prognos 2026 typed as "\' 0,6" (apostrophe and space kept)', base: 'hp',
    edits: [{ cell: 'F4', value: "' 0,6" }],
    expect: [['number-text.stored-as-text Handlingsplan!F4']],
  },
  {
    group: 'number as text', name: 'lönekostnad: Utfall ack pasted as "−5,9" (U+2212)', base: 'lon',
    edits: [{ cell: 'B3', value: '\u22125,9' }],
    expect: [['number-text.stored-as-text Personal!B3']],
  },

  // ---- Signs ------------------------------------------------------------------------------------------
  {
    group: 'sign', name: 'RR "0.0": Övriga kostnader Prognos typed +17,5 in a costs-negative table, typed Summa', base: 'rrFmt',
    edits: [{ cell: 'F9', value: { n: 17.5, fmt: F1 } }],
    expect: [[`sign.cost ${PR}!F9`]],
  },
  {
    group: 'sign', name: 'RR "0.0": Erhållna bidrag Prognos typed −57,6 (revenue negative)', base: 'rrFmt',
    edits: [{ cell: 'F4', value: { n: -57.6, fmt: F1 } }],
    expect: [[`sign.revenue ${PR}!F4`]],
  },

  // ---- Driftredovisning / budgetram / crossref --------------------------------------------------------
  {
    group: 'budgetram/crossref', name: 'driftredovisning Resultat row typed from last month (2,3 / 89,6 / 2,6)', base: 'rrdr',
    edits: [
      { sheet: 'Driftredovisning', cell: 'B11', value: 2.3 },
      { sheet: 'Driftredovisning', cell: 'C11', value: 89.6 },
      { sheet: 'Driftredovisning', cell: 'D11', value: 2.6 },
    ],
    expect: [any('sum.row-total|crossref.result', 'Driftredovisning!B11'), any('sum.row-total', 'Driftredovisning!C11')],
    acceptable: ['crossref.result Resultatrapport!D12'],
  },
  {
    group: 'budgetram/crossref', name: 'driftbudget: Ledning varav budgetram 15,7 typed 17,5 (> omsättning 15,7)', base: 'budget',
    edits: [{ sheet: 'Driftbudget', cell: 'C3', value: 17.5 }],
    expect: [any('budgetram.exceeds-turnover|sum.row-total', 'Driftbudget!C3')],
  },
  {
    group: 'budgetram/crossref', name: 'resultatbudget: labelled Budgetram still 121,9 (last year)', base: 'budget',
    edits: [{ sheet: 'Resultatbudget', cell: 'B1', value: 121.9 }],
    expect: [[...any('budgetram.result', 'Resultatbudget!B1'), ...any('budgetram.result', 'Resultatbudget!B14')]],
  },
  {
    group: 'budgetram/crossref', name: 'driftbudget: Summa varav budgetram 2024 typed 120,5 (last year\'s)', base: 'budget',
    edits: [{ sheet: 'Driftbudget', cell: 'C11', value: 120.5 }],
    expect: [any('sum.row-total|crossref.budgetram', 'Driftbudget!C11')],
  },

  // ---- Hard-typed figure in a formula column ------------------------------------------------------------
  {
    group: 'hard-typed', name: 'RR formulas: Budgetavvikelse Lämnade bidrag typed −2,43 amid =B−C (right today)', base: 'rrFormulas',
    edits: [{ cell: 'D8', value: { n: -2.43, fmt: F1 } }],
    expect: [[`formula.hardcoded ${FO}!D8`]],
  },
  {
    group: 'hard-typed', name: 'RR formulas: Summa Intäkter Budget ack typed 32,83 amid SUM formulas (right today)', base: 'rrFormulas',
    edits: [{ cell: 'C6', value: { n: 32.83, fmt: F1 } }],
    expect: [any('formula.hardcoded|formula.inconsistent', `${FO}!C6`)],
  },
  {
    group: 'hard-typed', name: 'driftredovisning formulas: Relation Samverkansmodellen typed 2,8 amid IFERROR formulas', base: 'drFormulas',
    edits: [{ cell: 'D7', value: { n: 2.8, fmt: F1 } }],
    expect: [['formula.hardcoded Drift!D7']],
  },
  {
    group: 'hard-typed', name: 'RR formulas: Prognos budgetavvikelse Övriga kostnader typed −0,4 from last month', base: 'rrFormulas',
    edits: [{ cell: 'H9', value: { n: -0.4, fmt: F1 } }],
    expect: [any('formula.hardcoded|variance.forecast', `${FO}!H9`)],
  },
];

/**
 * Tables that must stay silent: the real rounding examples of DOMAIN §3.1, §3.4, §3.5 in several
 * layouts, and each clean base the slips above are planted in.
 */
export const SILENT: Array<{ name: string; base: keyof typeof BASES }> = [
  { name: '§3.1 typed General: Personalkostnader −8,8 − (−8,8) shown as 0,1; Budget ack −102,9 vs rows −102,8; Prognos 57,6 − 56,2 shown as 1,3', base: 'rrTyped' },
  { name: '§3.1 typed "0.0": the same three rounding quirks', base: 'rrFmt' },
  { name: '§3.1 formulas over unrounded ledger figures (−8,77 − (−8,84) shows 0,1)', base: 'rrFormulas' },
  { name: '§3.4 uppfyllelsegrad 84 % from 24,2 / 29,0 = 83,4 % (and 98 %, 100 %)', base: 'uppf' },
  { name: '§3.5 ökningstakt 7,7 % where 5,9 / 5,5 − 1 = 7,3 %', base: 'lon' },
  { name: '§3.5 ökningstakt as fractions in "0.0%" (7,7 %)', base: 'lonPct' },
  { name: '§3.5 kostnadsanalys: Förändring −0,4 where −4,8 − (−4,3) = −0,5; 174,7 % on 0,0', base: 'ka' },
  { name: 'clean base: driftredovisning (only its real #DIVISION/0!)', base: 'dr' },
  { name: 'clean base: driftredovisning with IFERROR formulas', base: 'drFormulas' },
  { name: 'clean base: resultatrapport + driftredovisning', base: 'rrdr' },
  { name: 'clean base: resultatbudget with Budgetram + driftbudget', base: 'budget' },
  { name: 'clean base: resultatbudget in tkr', base: 'budgetTkr' },
  { name: 'clean base: handlingsplan typed', base: 'hp' },
  { name: 'clean base: handlingsplan with SUM formulas', base: 'hpFormulas' },
  { name: 'clean base: kostnadsanalys with year headers and formulas', base: 'kaFormulas' },
  { name: 'clean base: årsarbetare', base: 'arb' },
  { name: 'clean base: sjukfrånvaro', base: 'sjuk' },
];
