/**
 * Four layout classes of the real tables of DOMAIN §3.1–§3.3, each in several variants, in the
 * LayoutCase format of otherLayouts.ts (a clean workbook + one planted slip with the findings it
 * must give, "rule Sheet!A1"):
 *
 *   1. A lone revenue line: "Intäkter" / "Verksamhetens intäkter" as one row with figures, straight
 *      followed by the cost rows and "Summa kostnader" (no "Summa intäkter"), then the net cost,
 *      "Finansnetto" and "Resultat". Costs negative or positive, mnkr or tkr, typed or formulas.
 *   2. Hierarchical sums: delsummor inside a block under a heading row, a grand total over
 *      delsummor plus standalone rows (variant A) or over delsummor only (variant B).
 *   3. Column groups with any words ("Perioden jan–jul", "Hittills i år", "Läge juli", …) over
 *      Budget / Utfall / Prognos / Avvikelse / Avvikelse % sub-headers, also repeated exactly.
 *   4. Scope: several nämnder in one workbook, each resultatbudget held to its own budgetram.
 *
 * Figures: DOMAIN.md unless a comment says otherwise. Derived figures (sums, variances, tkr,
 * percentages, formula results) are computed here from the real ones, exactly, so that the clean
 * versions are clean within the rounding rules of DOMAIN §5. Where a figure is invented (the
 * utfall of the hierarchical driftredovisning, the grouping of områden into blocks), it says so.
 */
import type { TestCell } from './buildSheet';
import { RESULTATBUDGET } from './domainTables';
import { diffEdits, KULTUR_DB, m, type LayoutCase } from './otherLayouts';

/** A LayoutCase whose slip may also name findings that must NOT appear (the other nämnd, the other group). */
export interface ClassCase extends LayoutCase {
  slip: LayoutCase['slip'] & { mustNot?: string[] };
}

// ---------------------------------------------------------------------------------------------
// A tiny sheet: typed cells and formulas (SUM(range), +/− of references) with cached values
// computed the way Excel would from the typed cells.
// ---------------------------------------------------------------------------------------------

type Def = TestCell | { formula: string };

const colLetter = (col: number) => String.fromCharCode(64 + col);

function a1Parts(a1: string): { row: number; col: number } {
  const mm = /^([A-Z])(\d+)$/.exec(a1);
  if (!mm) throw new Error(`bad address ${a1}`);
  return { row: Number(mm[2]), col: mm[1].charCodeAt(0) - 64 };
}

class MiniSheet {
  private defs = new Map<string, Def>();

  set(a1: string, v: TestCell): this {
    this.defs.set(a1, v);
    return this;
  }

  calc(a1: string, formula: string): this {
    this.defs.set(a1, { formula });
    return this;
  }

  isFormula(a1: string): boolean {
    const d = this.defs.get(a1);
    return d !== undefined && d !== null && typeof d === 'object' && 'formula' in d;
  }

  value(a1: string): number {
    const d = this.defs.get(a1);
    if (d === undefined || d === null || typeof d === 'string') return 0;
    if (typeof d === 'number') return d;
    if ('n' in d) return d.n;
    if ('formula' in d) return this.evaluate(d.formula);
    throw new Error(`no value at ${a1}`);
  }

  private evaluate(formula: string): number {
    const body = formula.replace(/^=/, '');
    const term = /([+-]?)(?:SUM\(([A-Z]\d+):([A-Z]\d+)\)|([A-Z]\d+))/g;
    let seen = '';
    let total = 0;
    for (const mm of body.matchAll(term)) {
      seen += mm[0];
      let v = 0;
      if (mm[2]) {
        const s = a1Parts(mm[2]);
        const e = a1Parts(mm[3]);
        for (let r = s.row; r <= e.row; r++) for (let c = s.col; c <= e.col; c++) v += this.value(`${colLetter(c)}${r}`);
      } else v = this.value(mm[4]);
      total += mm[1] === '-' ? -v : v;
    }
    if (seen !== body) throw new Error(`unsupported formula ${formula}`);
    return Math.round(total * 1e9) / 1e9;
  }

  /** The grid; with `typed`, formula cells hold their values as typed numbers (in `fmt` if given). */
  grid(mode: 'formulas' | 'typed', fmt?: string): TestCell[][] {
    const out: TestCell[][] = [];
    for (const [a1, d] of this.defs) {
      const { row, col } = a1Parts(a1);
      while (out.length < row) out.push([]);
      const r = out[row - 1];
      while (r.length < col) r.push(null);
      let cell: TestCell;
      if (d !== null && typeof d === 'object' && 'formula' in d) {
        const v = this.value(a1);
        cell = mode === 'formulas' ? { f: d.formula, v } : fmt ? { n: v, fmt } : v;
      } else if (typeof d === 'number' && fmt) cell = { n: d, fmt };
      else cell = d;
      r[col - 1] = cell;
    }
    return out.map((r) => r.map((c) => c ?? null));
  }
}

/** Rounds to one decimal (the published precision of the mnkr tables). */
const r1 = (x: number) => Math.round(x * 10) / 10;

// ---------------------------------------------------------------------------------------------
// Class 1: a lone revenue line
// ---------------------------------------------------------------------------------------------

/** ua Utfall ack, ba Budget ack, va Budgetavvikelse ack, ufg Utfall ack fg år, p Prognos, b Budget (helår), vp Prognos budgetavvikelse. */
type Key = 'ua' | 'ba' | 'va' | 'ufg' | 'p' | 'b' | 'vp';
type RowKey = 'rev' | 'pers' | 'lamn' | 'ovr' | 'sumc' | 'net' | 'fin' | 'res';
const ROW: Record<RowKey, number> = { rev: 3, pers: 4, lamn: 5, ovr: 6, sumc: 7, net: 8, fin: 9, res: 10 };
const ROW_KEYS = Object.keys(ROW) as RowKey[];
const COST_ROWS: RowKey[] = ['pers', 'lamn', 'ovr', 'sumc'];
const LEAF_ROWS: RowKey[] = ['rev', 'pers', 'lamn', 'ovr', 'fin'];

/**
 * DOMAIN §3.1 as published (kulturnämnd jan–jul 2025, mnkr, costs negative), with the revenue rows
 * collapsed into their "Summa Intäkter" figures and a Finansnetto row of 0 ("0 or absent here").
 */
const RR_PUB: Record<RowKey, Record<Key, number>> = {
  rev: { ua: 34.0, ba: 32.8, va: 1.2, ufg: 34.2, p: 57.6, b: 56.2, vp: 1.3 },
  pers: { ua: -8.8, ba: -8.8, va: 0.1, ufg: -8.8, p: -15.5, b: -15.5, vp: 0.0 },
  lamn: { ua: -86.6, ba: -84.2, va: -2.4, ufg: -79.3, p: -144.8, b: -144.5, vp: -0.3 },
  ovr: { ua: -5.9, ba: -9.8, va: 3.9, ufg: -5.3, p: -17.5, b: -16.9, vp: -0.6 },
  sumc: { ua: -101.3, ba: -102.9, va: 1.6, ufg: -93.4, p: -177.8, b: -176.8, vp: -0.9 },
  net: { ua: -67.3, ba: -70.1, va: 2.8, ufg: -59.2, p: -120.2, b: -120.6, vp: 0.4 },
  fin: { ua: 0.0, ba: 0.0, va: 0.0, ufg: 0.0, p: 0.0, b: 0.0, vp: 0.0 },
  res: { ua: -67.3, ba: -70.1, va: 2.8, ufg: -59.2, p: -120.2, b: -120.6, vp: 0.4 },
};

/**
 * Sign conventions: 'negative' (DOMAIN §4); 'positive-net-cost' (costs positive, the net cost
 * positive = kostnader − intäkter); 'positive-net-result' (costs positive, the net written as
 * intäkter − kostnader, negative). Resultat is always intäkter − kostnader + finansnetto.
 * With costs positive the avvikelse of a cost row is budget − utfall, so every avvikelse figure is
 * the same number in all three conventions.
 */
type Conv = 'negative' | 'positive-net-cost' | 'positive-net-result';

function shownSign(row: RowKey, conv: Conv): number {
  if (COST_ROWS.includes(row)) return conv === 'negative' ? 1 : -1;
  if (row === 'net') return conv === 'positive-net-cost' ? -1 : 1;
  return 1;
}

/** Rows whose avvikelse is budget − utfall (costs written positive). */
function budgetMinusActual(row: RowKey, conv: Conv): boolean {
  if (conv === 'negative') return false;
  return COST_ROWS.includes(row) || (row === 'net' && conv === 'positive-net-cost');
}

interface LoneOpts {
  title: string;
  corner: string | null;
  revenue: string;
  net: string;
  cols: Array<[Key, string]>;
  conv: Conv;
  /**
   * 'published': every figure typed as DOMAIN prints it (with its rounding noise);
   * 'tkr': the details × 1000, sums and avvikelser recomputed exactly from them (typed, or formulas);
   * 'mnkr': the published details, sums and avvikelser as formulas over them.
   */
  figures: 'published' | 'tkr' | 'mnkr';
  formulas?: boolean;
  fmt?: string;
  /** a1 → formula replacing the built one (a planted formula slip; dependants recalculate). */
  override?: Record<string, string>;
}

/** Resultatrapport with a lone revenue line at A1: title row 1, headers row 2, body rows 3–10 (ROW). */
function loneRevenue(o: LoneOpts): TestCell[][] {
  const s = new MiniSheet();
  s.set('A1', o.title).set('A2', o.corner);
  const labels: Record<RowKey, string> = {
    rev: o.revenue, pers: 'Personalkostnader', lamn: 'Lämnade bidrag', ovr: 'Övriga kostnader',
    sumc: 'Summa kostnader', net: o.net, fin: 'Finansnetto', res: 'Resultat',
  };
  for (const rk of ROW_KEYS) s.set(`A${ROW[rk]}`, labels[rk]);
  const letter = (k: Key) => {
    const i = o.cols.findIndex(([kk]) => kk === k);
    if (i < 0) throw new Error(`column ${k} missing`);
    return colLetter(2 + i);
  };
  const scale = o.figures === 'tkr' ? 1000 : 1;
  o.cols.forEach(([k, header], i) => {
    const X = colLetter(2 + i);
    s.set(`${X}2`, header);
    for (const rk of ROW_KEYS) {
      const r = ROW[rk];
      if (k === 'va' || k === 'vp') {
        const U = letter(k === 'va' ? 'ua' : 'p');
        const B = letter(k === 'va' ? 'ba' : 'b');
        s.calc(`${X}${r}`, budgetMinusActual(rk, o.conv) ? `=${B}${r}-${U}${r}` : `=${U}${r}-${B}${r}`);
      } else if (LEAF_ROWS.includes(rk)) {
        s.set(`${X}${r}`, Math.round(RR_PUB[rk][k] * shownSign(rk, o.conv) * scale * 10) / 10);
      } else if (rk === 'sumc') {
        s.calc(`${X}${r}`, `=SUM(${X}${ROW.pers}:${X}${ROW.ovr})`);
      } else if (rk === 'net') {
        const f = { negative: `=${X}3+${X}7`, 'positive-net-cost': `=${X}7-${X}3`, 'positive-net-result': `=${X}3-${X}7` }[o.conv];
        s.calc(`${X}${r}`, f);
      } else {
        s.calc(`${X}${r}`, o.conv === 'positive-net-cost' ? `=${X}9-${X}8` : `=${X}8+${X}9`);
      }
    }
  });
  if (o.figures === 'published') {
    o.cols.forEach(([k], i) => {
      for (const rk of ROW_KEYS) {
        const v = RR_PUB[rk][k] * (k === 'va' || k === 'vp' ? 1 : shownSign(rk, o.conv));
        s.set(`${colLetter(2 + i)}${ROW[rk]}`, v === 0 ? 0 : v);
      }
    });
  }
  for (const [a1, f] of Object.entries(o.override ?? {})) s.calc(a1, f);
  return s.grid(o.formulas ? 'formulas' : 'typed', o.fmt);
}

const C1_COLS: Array<[Key, string]> = [
  ['ua', 'Utfall ack'], ['ba', 'Budget ack'], ['va', 'Budgetavvikelse ack'],
  ['p', 'Prognos'], ['b', 'Budget'], ['vp', 'Prognos budgetavvikelse'],
];
const C1_COLS_POS: Array<[Key, string]> = [
  ['ua', 'Utfall ack'], ['ba', 'Budget ack'], ['va', 'Avvikelse ack'],
  ['p', 'Prognos'], ['b', 'Budget'], ['vp', 'Prognosavvikelse'],
];

// ---------------------------------------------------------------------------------------------
// Resultatbudget (DOMAIN §3.3): Budget 2024 / Prognos 2023 / Budget 2023, mnkr
// ---------------------------------------------------------------------------------------------

type RbLine = [string, number, number, number];

/** DOMAIN §3.3 kulturnämnd resultatbudget: the body of the shared real table, without its title and ram. */
const KULTUR_RB: RbLine[] = RESULTATBUDGET.filter((r) => typeof r[0] === 'string' && typeof r[1] === 'number' && r[0] !== 'Budgetram') as RbLine[];

const TILLVAXT_RB: RbLine[] = [
  ['Erhållna bidrag', 102.9, 102.7, 104.2],
  ['Övriga intäkter', 26.8, 28.3, 25.2],
  ['Summa intäkter', 129.7, 131.0, 129.4],
  ['Personalkostnader', -147.9, -162.4, -160.5],
  ['Lämnade bidrag', -46.7, -53.2, -47.3],
  ['Övriga kostnader', -76.2, -71.1, -77.1],
  ['Avskrivningar, inventarier', -2.0, -1.0, -1.3],
  ['Summa kostnader', -272.8, -287.7, -286.2],
  ['Verksamhetens nettokostnader', -143.1, -156.7, -156.8],
  ['Finansnetto', -0.3, 0.0, 0.1],
  ['Resultat', -143.4, -156.7, -156.7],
];

const RB_HEADERS = ['Budget 2024', 'Prognos 2023', 'Budget 2023'];

interface RbOpts {
  title: string;
  corner?: string;
  /** Collapse Erhållna bidrag / Övriga intäkter / Summa intäkter into one revenue line with this label. */
  lone?: string;
  net?: string;
  tkr?: boolean;
  formulas?: boolean;
  override?: Record<string, string>;
}

/**
 * Resultatbudget at A1: title row 1, headers row 2, body from row 3. Full: Summa intäkter row 5,
 * Summa kostnader 10, net 11, Finansnetto 12, Resultat 13. Lone: revenue 3, costs 4–7, Summa
 * kostnader 8, net 9, Finansnetto 10, Resultat 11. Typed figures are the published ones (× 1000 in
 * tkr); formula variants compute the sums from the typed details (all real sums add exactly).
 */
function resultatbudget(data: RbLine[], o: RbOpts): TestCell[][] {
  const lines = o.lone ? [[o.lone, ...data[2].slice(1)] as RbLine, ...data.slice(3)] : data;
  const s = new MiniSheet();
  s.set('A1', o.title).set('A2', o.corner ?? 'Belopp i mnkr');
  RB_HEADERS.forEach((h, i) => s.set(`${colLetter(2 + i)}2`, h));
  const first = 3;
  const rowOf = (label: string) => first + lines.findIndex((l) => l[0] === label);
  const costStart = rowOf('Personalkostnader');
  const sumc = rowOf('Summa kostnader');
  lines.forEach(([label, ...vals], i) => {
    const r = first + i;
    s.set(`A${r}`, label === 'Verksamhetens nettokostnader' && o.net ? o.net : label);
    vals.forEach((v, j) => {
      const X = colLetter(2 + j);
      const a1 = `${X}${r}`;
      if (label === 'Summa intäkter' && !o.lone) s.calc(a1, `=SUM(${X}${first}:${X}${first + 1})`);
      else if (label === 'Summa kostnader') s.calc(a1, `=SUM(${X}${costStart}:${X}${sumc - 1})`);
      else if (label === 'Verksamhetens nettokostnader') s.calc(a1, `=${X}${rowOf(o.lone ?? 'Summa intäkter')}+${X}${sumc}`);
      else if (label === 'Resultat') s.calc(a1, `=${X}${r - 2}+${X}${r - 1}`);
      else s.set(a1, o.tkr ? Math.round(v * 1000) : v);
    });
  });
  for (const [a1, f] of Object.entries(o.override ?? {})) s.calc(a1, f);
  return s.grid(o.formulas ? 'formulas' : 'typed');
}

// ---------------------------------------------------------------------------------------------
// Class 2: driftbudget / driftredovisning of the regional tillväxtnämnd (and kultur) with delsummor
// ---------------------------------------------------------------------------------------------

/** DOMAIN §3.3 driftbudget tillväxt, Budget 2024 Omsättning / Varav budgetram. */
const UTB = 'Utbildning och arbetsmarknad exkl folkhögskolor';
const TV_DB: Record<string, [number, number]> = {
  [UTB]: [24.9, 15.9],
  'Fellingsbro folkhögskola': [68.3, 30.5],
  'Kävesta folkhögskola': [42.1, 21.5],
  Näringslivsutveckling: [43.5, 36.9],
  'Välfärd och folkhälsa': [28.3, 9.3],
  'Energi och klimat': [15.3, 4.1],
  Förvaltningsgemensamt: [50.6, 25.2],
};
/** Seed "4.5 Driftbudget regional tillväxt", Prognos 2023 Omsättning / Varav budgetram (not in DOMAIN; the same figures as otherLayouts.ts). */
const TV_DB_PROGNOS_2023: Record<string, [number, number]> = {
  [UTB]: [26.4, 18.1],
  'Fellingsbro folkhögskola': [70.5, 31.2],
  'Kävesta folkhögskola': [42.6, 22.3],
  Näringslivsutveckling: [45.5, 39.8],
  'Välfärd och folkhälsa': [27.6, 10.6],
  'Energi och klimat': [18.4, 4.2],
  Förvaltningsgemensamt: [56.8, 30.5],
};
const TV_UTB_ROWS = [UTB, 'Fellingsbro folkhögskola', 'Kävesta folkhögskola'];
const TV_OTHER_ROWS = ['Näringslivsutveckling', 'Välfärd och folkhälsa', 'Energi och klimat', 'Förvaltningsgemensamt'];
/** Invented grouping (DOMAIN has no blocks besides utbildning och arbetsmarknad) for variant B. */
const TV_REGIONAL_ROWS = ['Näringslivsutveckling', 'Välfärd och folkhälsa', 'Energi och klimat'];

/** Σ in tenths, so that the derived delsummor are exact: 135.3/67.9, 87.1/50.3, 273.0/143.4. */
function tvSum(names: string[], table: Record<string, [number, number]> = TV_DB): [number, number] {
  const t = names.reduce(([a, b], n) => [a + Math.round(table[n][0] * 10), b + Math.round(table[n][1] * 10)], [0, 0]);
  return [t[0] / 10, t[1] / 10];
}
const tvRow = (n: string, label = n): TestCell[] => [label, ...TV_DB[n]];

/**
 * A driftredovisning of the tillväxtnämnd for 2024 with Budget / Utfall / Avvikelse per verksamhet.
 * Budget = −varav budgetram 2024 (DOMAIN §3.3, net cost, costs negative). The avvikelser, and so the
 * utfall, are INVENTED (DOMAIN has no utfall per verksamhet): tenths of mnkr, utfall = budget +
 * avvikelse; delsummor and totals computed exactly from them.
 */
const TV_INVENTED_AVVIKELSE: Record<string, number> = {
  [UTB]: 4, 'Fellingsbro folkhögskola': -12, 'Kävesta folkhögskola': 3, Näringslivsutveckling: 21,
  'Välfärd och folkhälsa': -6, 'Energi och klimat': 2, Förvaltningsgemensamt: 15,
};
function tvDr(names: string[]): [number, number, number] {
  let b = 0;
  let a = 0;
  for (const n of names) {
    b -= Math.round(TV_DB[n][1] * 10);
    a += TV_INVENTED_AVVIKELSE[n];
  }
  return [b / 10, (b + a) / 10, a / 10];
}
const tvDrRow = (n: string): TestCell[] => [n, ...tvDr([n])];


/** Tillväxt driftbudget variant B with formulas: blocks under headings, blank rows between, grand total over the delsummor. */
function tvVariantBFormulas(override?: Record<string, string>): TestCell[][] {
  const s = new MiniSheet();
  s.set('A1', 'Driftbudget 2024 regional tillväxtnämnd').set('A2', 'Mnkr').set('B2', 'Omsättning').set('C2', 'Varav budgetram');
  const block = (heading: string, names: string[], first: number, total: string) => {
    s.set(`A${first}`, heading);
    names.forEach((n, i) => {
      s.set(`A${first + 1 + i}`, n);
      s.set(`B${first + 1 + i}`, TV_DB[n][0]).set(`C${first + 1 + i}`, TV_DB[n][1]);
    });
    const sr = first + 1 + names.length;
    s.set(`A${sr}`, total);
    for (const X of ['B', 'C']) s.calc(`${X}${sr}`, `=SUM(${X}${first + 1}:${X}${sr - 1})`);
    return sr;
  };
  const s1 = block('Utbildning och arbetsmarknad', TV_UTB_ROWS, 3, 'Summa utbildning och arbetsmarknad'); // 7
  const s2 = block('Regional utveckling', TV_REGIONAL_ROWS, 9, 'Summa regional utveckling'); // 13
  const s3 = block('Gemensamt', ['Förvaltningsgemensamt'], 15, 'Summa gemensamt'); // 17
  s.set('A19', 'Totalt regional tillväxtnämnd');
  for (const X of ['B', 'C']) s.calc(`${X}19`, `=${X}${s1}+${X}${s2}+${X}${s3}`);
  for (const [a1, f] of Object.entries(override ?? {})) s.calc(a1, f);
  return s.grid('formulas');
}

// ---------------------------------------------------------------------------------------------
// Class 3: column groups over the §3.1 resultatrapport
// ---------------------------------------------------------------------------------------------

/** DOMAIN §3.1 rows (labels and published figures, costs negative). */
const RR_ROWS: Array<[string, Record<Key, number>]> = [
  ['Erhållna bidrag', { ua: 34.0, ba: 32.8, va: 1.2, ufg: 34.0, p: 57.6, b: 56.2, vp: 1.3 }],
  ['Övriga intäkter', { ua: 0.0, ba: 0.0, va: 0.0, ufg: 0.2, p: 0.0, b: 0.0, vp: 0.0 }],
  ['Summa Intäkter', RR_PUB.rev],
  ['Personalkostnader', RR_PUB.pers],
  ['Lämnade bidrag', RR_PUB.lamn],
  ['Övriga kostnader', RR_PUB.ovr],
  ['Summa Kostnader', RR_PUB.sumc],
  ['Verksamhetens nettokostnad', RR_PUB.net],
  ['Resultat', RR_PUB.res],
];
const RR_COST_ROWS = new Set(['Personalkostnader', 'Lämnade bidrag', 'Övriga kostnader', 'Summa Kostnader']);

/** A column: a §3.1 figure, an "Avvikelse %" (vap of the ack group, vpp of the helår group), or a spacer. */
type GKey = Key | 'vap' | 'vpp' | null;

/**
 * Avvikelse % = avvikelse / budget × 100 of its own group, computed from the published (rounded)
 * figures and rounded to one decimal, so it is consistent within rounding; "–" where the budget is
 * 0. With costs negative the % is avvikelse / |budget| × 100 (it keeps the avvikelse's sign:
 * positive = better than budget); with costs positive the budget is positive and both readings agree.
 * Shown in "0.0" like the amounts.
 */
function avvikelsePct(f: Record<Key, number>, k: 'vap' | 'vpp'): TestCell {
  const [avv, bud] = k === 'vap' ? [f.va, f.ba] : [f.vp, f.b];
  if (bud === 0) return '–';
  const v = r1((avv / Math.abs(bud)) * 100);
  return { n: v === 0 ? 0 : v, fmt: '0.0' };
}

interface GroupOpts {
  title: string;
  /** [group word, first column (1-based), last column]: the word is written in the first column. */
  groups: Array<[string, number, number]>;
  merged: boolean;
  cols: Array<[GKey, string | null]>;
  /** Costs written positive (cost rows, Summa Kostnader and a positive "Nettokostnad"; no Resultat row). */
  costsPositive?: boolean;
}

/** Title row 1, group row 2, sub-headers row 3 ("Mnkr" in A3), body rows 4–12 (Erhållna bidrag … Resultat). */
function grouped(o: GroupOpts): { rows: TestCell[][]; merges: ReturnType<typeof m>[] } {
  const width = o.cols.length + 1;
  const groupRow: TestCell[] = Array.from({ length: width }, () => null);
  for (const [word, first] of o.groups) groupRow[first - 1] = word;
  const body = RR_ROWS.filter(([label]) => !(o.costsPositive && label === 'Resultat')).map(([label, f]) => {
    const sign = o.costsPositive && (RR_COST_ROWS.has(label) || label === 'Verksamhetens nettokostnad') ? -1 : 1;
    const shown = o.costsPositive && label === 'Verksamhetens nettokostnad' ? 'Nettokostnad' : label;
    return [shown, ...o.cols.map(([k]): TestCell => {
      if (k === null) return null;
      if (k === 'vap' || k === 'vpp') return avvikelsePct(f, k);
      const v = f[k] * (k === 'va' || k === 'vp' ? 1 : sign);
      return v === 0 ? 0 : v;
    })];
  });
  return {
    rows: [[o.title], groupRow, ['Mnkr', ...o.cols.map(([, h]) => h)], ...body],
    merges: o.merged ? o.groups.filter(([, a, b]) => b > a).map(([, a, b]) => m(`${colLetter(a)}2:${colLetter(b)}2`)) : [],
  };
}

/** G9: the groups of G1 with the avvikelser as formulas over their own group's columns. */
function groupedFormulas(override?: Record<string, string>): TestCell[][] {
  const s = new MiniSheet();
  s.set('A1', 'Resultatrapport kulturnämnden, mnkr').set('B2', 'Perioden jan–jul').set('E2', 'Helår');
  ['Mnkr', 'Budget', 'Utfall', 'Avvikelse', 'Budget', 'Prognos', 'Avvikelse'].forEach((h, i) => s.set(`${colLetter(1 + i)}3`, h));
  RR_ROWS.forEach(([label, f], i) => {
    const r = 4 + i;
    s.set(`A${r}`, label).set(`B${r}`, f.ba).set(`C${r}`, f.ua).set(`E${r}`, f.b).set(`F${r}`, f.p);
    s.calc(`D${r}`, `=C${r}-B${r}`).calc(`G${r}`, `=F${r}-E${r}`);
  });
  for (const [a1, f] of Object.entries(override ?? {})) s.calc(a1, f);
  return s.grid('formulas');
}

// ---------------------------------------------------------------------------------------------
// Class 4: several nämnder
// ---------------------------------------------------------------------------------------------

const KULTUR_RB_GRID = resultatbudget(KULTUR_RB, { title: 'Resultatbudget kulturnämnd 2024' });
const TILLVAXT_RB_GRID = resultatbudget(TILLVAXT_RB, { title: 'Resultatbudget regional tillväxtnämnd 2024' });

/** Places two grids side by side, the right one starting in column `at`. */
function sideBySide(left: TestCell[][], right: TestCell[][], at: number): TestCell[][] {
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => {
    const l = [...(left[i] ?? [])];
    while (l.length < at - 1) l.push(null);
    return [...l, ...(right[i] ?? [])];
  });
}

function driftbudgetGrid(title: string, rows: TestCell[][]): TestCell[][] {
  return [
    [title],
    ['Belopp i mnkr', 'Budget 2024', null, 'Prognos 2023', null],
    [null, 'Omsättning', 'Varav budgetram', 'Omsättning', 'Varav budgetram'],
    ...rows,
  ];
}

const KULTUR_DB_GRID = driftbudgetGrid('Driftbudget kultur', KULTUR_DB.map((r) => [...r] as TestCell[]));
const TILLVAXT_DB_GRID = driftbudgetGrid('Driftbudget regional tillväxt', [
  ...[...TV_UTB_ROWS, ...TV_OTHER_ROWS].map((n) => [n, ...TV_DB[n], ...TV_DB_PROGNOS_2023[n]] as TestCell[]),
  ['Summa', ...tvSum([...TV_UTB_ROWS, ...TV_OTHER_ROWS]), ...tvSum([...TV_UTB_ROWS, ...TV_OTHER_ROWS], TV_DB_PROGNOS_2023)],
]);

// ---------------------------------------------------------------------------------------------
// The cases
// ---------------------------------------------------------------------------------------------

export const CASES: ClassCase[] = [
  // ---- 1. A lone revenue line ---------------------------------------------------------------
  {
    name: '1 lone "Intäkter" row, costs negative, typed mnkr (§3.1 revenue rows collapsed)',
    sheets: [{
      name: 'Resultat',
      rows: loneRevenue({ title: 'Resultatrapport kulturnämnden jan–jul 2025', corner: 'Belopp i mnkr', revenue: 'Intäkter', net: 'Verksamhetens nettokostnad', cols: C1_COLS, conv: 'negative', figures: 'published' }),
    }],
    kinds: ['Resultat:resultatrapport'],
    slip: { what: 'Verksamhetens nettokostnad Budget ack typed −69,1', edits: [{ cell: 'C8', was: -70.1, value: -69.1 }], expect: ['sum.row-total Resultat!C8'] },
  },
  {
    name: '1 lone "Verksamhetens intäkter" row with Utfall ack fg år, costs negative, typed mnkr',
    sheets: [{
      name: 'Juli',
      rows: loneRevenue({
        title: 'Resultatrapport jan–jul 2025', corner: 'Mnkr', revenue: 'Verksamhetens intäkter', net: 'Verksamhetens nettokostnad',
        cols: [['ua', 'Utfall ack'], ['ba', 'Budget ack'], ['va', 'Budgetavvikelse ack'], ['ufg', 'Utfall ack fg år'], ['p', 'Prognos'], ['b', 'Budget'], ['vp', 'Prognos budgetavvikelse']],
        conv: 'negative', figures: 'published',
      }),
    }],
    kinds: ['Juli:resultatrapport'],
    slip: {
      what: 'Summa kostnader Utfall ack typed −67,3: the sum was taken from the revenue row down (34,0 − 101,3)',
      edits: [{ cell: 'B7', was: -101.3, value: -67.3 }],
      expect: ['sum.row-total Juli!B7'],
    },
  },
  {
    name: '1 lone "Intäkter" row, costs positive, "Nettokostnad" positive (kostnader − intäkter), Resultat negative',
    sheets: [{
      name: 'Blad1',
      rows: loneRevenue({ title: 'Resultatrapport (kostnader positiva), mnkr', corner: null, revenue: 'Intäkter', net: 'Nettokostnad', cols: C1_COLS_POS, conv: 'positive-net-cost', figures: 'published' }),
    }],
    kinds: ['Blad1:resultatrapport'],
    slip: {
      what: 'Avvikelse ack Lämnade bidrag typed +2,4 (utfall − budget on a positive cost)',
      edits: [{ cell: 'D5', was: -2.4, value: 2.4 }],
      expect: ['variance.sign-reversed Blad1!D5', 'variance.budget Blad1!D5'],
    },
  },
  {
    name: '1 lone "Intäkter" row, costs positive, net written as intäkter − kostnader (negative)',
    sheets: [{
      name: 'Blad1',
      rows: loneRevenue({ title: 'Resultatrapport kulturnämnden', corner: 'Mnkr', revenue: 'Intäkter', net: 'Verksamhetens nettokostnad', cols: C1_COLS_POS, conv: 'positive-net-result', figures: 'published' }),
    }],
    kinds: ['Blad1:resultatrapport'],
    slip: { what: 'Summa kostnader Budget ack typed 103,9', edits: [{ cell: 'C7', was: 102.9, value: 103.9 }], expect: ['sum.row-total Blad1!C7'] },
  },
  {
    name: '1 lone "Intäkter" row in tkr without decimals, costs negative (details × 1000, sums recomputed)',
    sheets: [{
      name: 'Tkr',
      rows: loneRevenue({ title: 'Resultatrapport kulturnämnden jan–jul 2025', corner: 'Tkr', revenue: 'Intäkter', net: 'Verksamhetens nettokostnad', cols: C1_COLS, conv: 'negative', figures: 'tkr' }),
    }],
    kinds: ['Tkr:resultatrapport'],
    slip: { what: 'Summa kostnader Utfall ack typed −101 030 (digits swapped)', edits: [{ cell: 'B7', was: -101300, value: -101030 }], expect: ['sum.row-total Tkr!B7'] },
  },
  {
    name: '1 lone "Verksamhetens intäkter" row in tkr "#,##0", costs positive, "Nettokostnad" positive',
    sheets: [{
      name: 'Tkr',
      rows: loneRevenue({ title: 'Resultatrapport, tkr', corner: null, revenue: 'Verksamhetens intäkter', net: 'Nettokostnad', cols: C1_COLS_POS, conv: 'positive-net-cost', figures: 'tkr', fmt: '#,##0' }),
    }],
    kinds: ['Tkr:resultatrapport'],
    slip: {
      what: 'Avvikelse ack of the revenue line typed −1 200 (budget − utfall, as for a cost)',
      edits: [{ cell: 'D3', was: { n: 1200, fmt: '#,##0' }, value: { n: -1200, fmt: '#,##0' } }],
      expect: ['variance.sign-reversed Tkr!D3', 'variance.budget Tkr!D3'],
    },
  },
  (() => {
    const opts: LoneOpts = { title: 'Resultatrapport kulturnämnden jan–jul 2025', corner: 'Mnkr', revenue: 'Verksamhetens intäkter', net: 'Verksamhetens nettokostnad', cols: C1_COLS, conv: 'negative', figures: 'mnkr', formulas: true };
    return {
      name: '1 lone "Verksamhetens intäkter" row with SUM and variance formulas (cached values), costs negative',
      sheets: [{ name: 'Formler', rows: loneRevenue(opts) }],
      kinds: ['Formler:resultatrapport'],
      slip: {
        what: 'Nettokostnad Utfall ack =B7 drops the revenue line (Excel recalculates Resultat and the avvikelser)',
        edits: diffEdits(loneRevenue(opts), loneRevenue({ ...opts, override: { B8: '=B7' } })),
        expect: ['formula.inconsistent Formler!B8', 'sum.row-total Formler!B8'],
      },
    };
  })(),
  (() => {
    const opts: LoneOpts = { title: 'Resultatrapport, tkr (kostnader positiva)', corner: 'Tkr', revenue: 'Intäkter', net: 'Nettokostnad', cols: C1_COLS_POS, conv: 'positive-net-cost', figures: 'tkr', formulas: true };
    return {
      name: '1 lone "Intäkter" row in tkr with formulas, costs positive, Nettokostnad = Summa kostnader − Intäkter',
      sheets: [{ name: 'Formler', rows: loneRevenue(opts) }],
      kinds: ['Formler:resultatrapport'],
      slip: {
        what: 'Summa kostnader Budget ack =SUM(C3:C6) takes in the revenue line (Excel recalculates)',
        edits: diffEdits(loneRevenue(opts), loneRevenue({ ...opts, override: { C7: '=SUM(C3:C6)' } })),
        expect: ['formula.inconsistent Formler!C7', 'sum.row-total Formler!C7'],
      },
    };
  })(),
  {
    name: '1 tillväxt resultatbudget with a lone "Verksamhetens intäkter" row 129,7 / 131,0 / 129,4 and Finansnetto',
    sheets: [{ name: 'Resultatbudget', rows: resultatbudget(TILLVAXT_RB, { title: 'Resultatbudget regional tillväxtnämnd', lone: 'Verksamhetens intäkter' }) }],
    kinds: ['Resultatbudget:resultatbudget'],
    slip: { what: 'Resultat Budget 2024 typed −143,1 (finansnetto left out)', edits: [{ cell: 'B11', was: -143.4, value: -143.1 }], expect: ['sum.row-total Resultatbudget!B11'] },
  },
  (() => {
    const opts: RbOpts = { title: 'Resultatbudget kulturnämnd', lone: 'Intäkter', formulas: true };
    return {
      name: '1 kultur resultatbudget with a lone "Intäkter" row and SUM formulas',
      sheets: [{ name: 'Budget', rows: resultatbudget(KULTUR_RB, opts) }],
      kinds: ['Budget:resultatbudget'],
      slip: {
        what: 'Summa kostnader Budget 2024 =SUM(B4:B5) misses Övriga kostnader and Avskrivningar (Excel recalculates)',
        edits: diffEdits(resultatbudget(KULTUR_RB, opts), resultatbudget(KULTUR_RB, { ...opts, override: { B8: '=SUM(B4:B5)' } })),
        expect: ['formula.sum-range Budget!B8', 'sum.row-total Budget!B8'],
      },
    } satisfies ClassCase;
  })(),
  {
    name: '1 tillväxt resultatbudget in tkr with a lone "Verksamhetens intäkter" row and "Nettokostnad"',
    sheets: [{ name: 'Tkr', rows: resultatbudget(TILLVAXT_RB, { title: 'Resultatbudget regional tillväxtnämnd', corner: 'Tkr', lone: 'Verksamhetens intäkter', net: 'Nettokostnad', tkr: true }) }],
    kinds: ['Tkr:resultatbudget'],
    slip: { what: 'Finansnetto Budget 2023 typed −100 (sign)', edits: [{ cell: 'D10', was: 100, value: -100 }], expect: ['sum.row-total Tkr!D11'] },
  },

  // ---- 2. Hierarchical sums -----------------------------------------------------------------
  {
    name: '2A tillväxt driftbudget: delsumma over utbildning och arbetsmarknad, grand total over delsumma + standalone rows',
    sheets: [{
      name: 'Driftbudget',
      rows: [
        ['4.5 Driftbudget regional tillväxtnämnd'],
        ['Belopp i mnkr', 'Omsättning budget 2024', 'Varav budgetram budget 2024'],
        ...TV_UTB_ROWS.map((n) => tvRow(n)),
        ['Summa utbildning och arbetsmarknad', ...tvSum(TV_UTB_ROWS)],
        ...TV_OTHER_ROWS.map((n) => tvRow(n)),
        ['Summa regional tillväxtnämnd', ...tvSum([...TV_UTB_ROWS, ...TV_OTHER_ROWS])],
      ],
    }],
    kinds: ['Driftbudget:driftbudget'],
    slip: { what: 'Fellingsbro omsättning typed 63,8 (digits swapped)', edits: [{ cell: 'B4', was: 68.3, value: 63.8 }], expect: ['sum.row-total Driftbudget!B6'] },
  },
  {
    name: '2A tillväxt driftbudget with heading rows, "- " indented folkhögskolor and Budget 2024 / Prognos 2023 groups',
    sheets: [{
      name: 'Drift',
      rows: [
        ['Driftbudget regional tillväxt'],
        ['Belopp i mnkr', 'Budget 2024', null, 'Prognos 2023', null],
        [null, 'Omsättning', 'Varav budgetram', 'Omsättning', 'Varav budgetram'],
        ['Utbildning och arbetsmarknad'],
        ...TV_UTB_ROWS.map((n, i) => [i === 0 ? n : `- ${n}`, ...TV_DB[n], ...TV_DB_PROGNOS_2023[n]]),
        ['Summa utbildning och arbetsmarknad', ...tvSum(TV_UTB_ROWS), ...tvSum(TV_UTB_ROWS, TV_DB_PROGNOS_2023)],
        ['Övriga områden'], // invented heading
        ...TV_OTHER_ROWS.map((n) => [n, ...TV_DB[n], ...TV_DB_PROGNOS_2023[n]]),
        ['Summa regional tillväxtnämnd', ...tvSum([...TV_UTB_ROWS, ...TV_OTHER_ROWS]), ...tvSum([...TV_UTB_ROWS, ...TV_OTHER_ROWS], TV_DB_PROGNOS_2023)],
      ],
      merges: [m('B2:C2'), m('D2:E2')],
    }],
    kinds: ['Drift:driftbudget'],
    slip: {
      what: 'Summa regional tillväxtnämnd varav budgetram 2024 typed 211,3: the delsumma counted twice (=SUM over all rows)',
      edits: [{ cell: 'C14', was: 143.4, value: 211.3 }],
      expect: ['sum.row-total Drift!C14'],
    },
  },
  {
    name: '2B tillväxt driftbudget: a delsumma in every block (invented blocks), grand total over the delsummor',
    sheets: [{
      name: 'Drift',
      rows: [
        ['Driftbudget 2024 regional tillväxtnämnd'],
        ['Mnkr', 'Omsättning', 'Varav budgetram'],
        ['Utbildning och arbetsmarknad'],
        ...TV_UTB_ROWS.map((n) => tvRow(n)),
        ['Summa utbildning och arbetsmarknad', ...tvSum(TV_UTB_ROWS)],
        ['Regional utveckling'],
        ...TV_REGIONAL_ROWS.map((n) => tvRow(n)),
        ['Summa regional utveckling', ...tvSum(TV_REGIONAL_ROWS)],
        ['Gemensamt'],
        tvRow('Förvaltningsgemensamt'),
        ['Summa gemensamt', ...tvSum(['Förvaltningsgemensamt'])],
        ['Summa regional tillväxtnämnd', ...tvSum([...TV_UTB_ROWS, ...TV_OTHER_ROWS])],
      ],
    }],
    kinds: ['Drift:driftbudget'],
    slip: { what: 'Summa regional tillväxtnämnd omsättning typed 222,4 (Summa gemensamt left out)', edits: [{ cell: 'B16', was: 273.0, value: 222.4 }], expect: ['sum.row-total Drift!B16'] },
  },
  {
    name: '2B tillväxt driftbudget with SUM formulas per block, blank rows between blocks, total =B7+B13+B17',
    sheets: [{ name: 'Drift', rows: tvVariantBFormulas() }],
    kinds: ['Drift:driftbudget'],
    slip: {
      what: 'Summa regional utveckling varav budgetram =SUM(C10:C11) leaves out Energi och klimat (Excel recalculates)',
      edits: diffEdits(tvVariantBFormulas(), tvVariantBFormulas({ C13: '=SUM(C10:C11)' })),
      expect: ['formula.sum-range Drift!C13', 'formula.inconsistent Drift!C13', 'sum.row-total Drift!C13'],
    },
  },
  {
    name: '2A driftredovisning-like Budget / Utfall / Avvikelse per verksamhet with a delsumma (invented utfall)',
    sheets: [{
      name: 'Drift',
      rows: [
        ['Driftredovisning regional tillväxtnämnd 2024, nettokostnad per verksamhet'],
        ['Mnkr', 'Budget 2024', 'Utfall 2024', 'Avvikelse'],
        ...TV_UTB_ROWS.map(tvDrRow),
        ['Summa utbildning och arbetsmarknad', ...tvDr(TV_UTB_ROWS)],
        ...TV_OTHER_ROWS.map(tvDrRow),
        ['Summa regional tillväxtnämnd', ...tvDr([...TV_UTB_ROWS, ...TV_OTHER_ROWS])],
      ],
    }],
    kinds: ['Drift:driftredovisning'],
    slip: {
      what: 'Avvikelse Fellingsbro typed +1,2 (budget − utfall)',
      edits: [{ cell: 'D4', was: -1.2, value: 1.2 }],
      expect: ['variance.sign-reversed Drift!D4', 'variance.budget Drift!D4'],
    },
  },
  {
    name: '2B driftredovisning-like Budget / Utfall / Avvikelse with heading rows and a delsumma per block (invented utfall)',
    sheets: [{
      name: 'Drift',
      rows: [
        ['Driftredovisning regional tillväxtnämnd 2024'],
        ['Mnkr', 'Budget', 'Utfall', 'Avvikelse'],
        ['Utbildning och arbetsmarknad'],
        ...TV_UTB_ROWS.map(tvDrRow),
        ['Summa utbildning och arbetsmarknad', ...tvDr(TV_UTB_ROWS)],
        ['Regional utveckling'],
        ...TV_REGIONAL_ROWS.map(tvDrRow),
        ['Summa regional utveckling', ...tvDr(TV_REGIONAL_ROWS)],
        ['Gemensamt'],
        tvDrRow('Förvaltningsgemensamt'),
        ['Summa gemensamt', ...tvDr(['Förvaltningsgemensamt'])],
        ['Summa regional tillväxtnämnd', ...tvDr([...TV_UTB_ROWS, ...TV_OTHER_ROWS])],
      ],
    }],
    kinds: ['Drift:driftredovisning'],
    slip: { what: 'Summa utbildning och arbetsmarknad Utfall typed −67,4', edits: [{ cell: 'C7', was: -68.4, value: -67.4 }], expect: ['sum.row-total Drift!C7'] },
  },
  {
    name: '2A kultur driftbudget: Ledning, a heading "Bidrag och stöd" with its delsumma (invented block), Nämndkostnader, total',
    sheets: [{
      name: 'Drift',
      rows: (() => {
        const pick = (names: string[]) => KULTUR_DB.filter(([n]) => names.includes(n));
        const bidrag = pick(['Kulturstöd', 'Civilsamhälle och social ekonomi', 'Särskilda satsningar', 'Samverkansmodellen', 'Föreningsbidrag', 'Projekt']);
        const sum = (rows: typeof KULTUR_DB) => ([1, 2, 3, 4] as const).map((j) => rows.reduce((t, r) => t + Math.round(r[j] * 10), 0) / 10);
        return [
          ['Driftbudget kultur, mnkr'],
          ['Område', 'Omsättning budget 2024', 'Varav budgetram budget 2024', 'Omsättning prognos 2023', 'Varav budgetram prognos 2023'],
          [...pick(['Ledning'])[0]],
          ['Bidrag och stöd'],
          ...bidrag.map((r) => [...r]),
          ['Summa bidrag och stöd', ...sum(bidrag)], // 146.8 / 89.0 / 167.4 / 110.2
          [...pick(['Nämndkostnader'])[0]],
          ['Summa kulturnämnd', ...KULTUR_DB.find(([n]) => n === 'Summa')!.slice(1)],
        ];
      })(),
    }],
    kinds: ['Drift:driftbudget'],
    slip: {
      what: 'Summa bidrag och stöd varav budgetram 2024 typed 104,7: Ledning above the heading counted in',
      edits: [{ cell: 'C11', was: 89.0, value: 104.7 }],
      expect: ['sum.row-total Drift!C11'],
    },
  },

  // ---- 3. Column groups -----------------------------------------------------------------------
  (() => {
    const g = grouped({
      title: 'Resultatrapport kulturnämnden', merged: true, groups: [['Perioden jan–jul', 2, 4], ['Helår', 5, 7]],
      cols: [['ba', 'Budget'], ['ua', 'Utfall'], ['va', 'Avvikelse'], ['b', 'Budget'], ['p', 'Prognos'], ['vp', 'Avvikelse']],
    });
    return {
      name: '3 merged "Perioden jan–jul" / "Helår" over Budget | Utfall | Avvikelse and Budget | Prognos | Avvikelse',
      sheets: [{ name: 'Grupper', ...g }],
      kinds: ['Grupper:resultatrapport'],
      slip: { what: 'Helår Avvikelse Övriga kostnader typed −1,6', edits: [{ cell: 'G9', was: -0.6, value: -1.6 }], expect: ['variance.forecast Grupper!G9'] },
    } satisfies ClassCase;
  })(),
  (() => {
    const g = grouped({
      title: 'Resultatrapport', merged: false, groups: [['Hittills i år', 2, 4], ['Helårsprognos', 5, 7]],
      cols: [['ua', 'Utfall'], ['ba', 'Budget'], ['va', 'Avvikelse'], ['p', 'Prognos'], ['b', 'Budget'], ['vp', 'Avvikelse']],
    });
    return {
      name: '3 unmerged "Hittills i år" / "Helårsprognos" written once over their groups',
      sheets: [{ name: 'Grupper', ...g }],
      kinds: ['Grupper:resultatrapport'],
      slip: { what: 'Hittills i år Avvikelse Lämnade bidrag typed −1,4', edits: [{ cell: 'D8', was: -2.4, value: -1.4 }], expect: ['variance.budget Grupper!D8'] },
    } satisfies ClassCase;
  })(),
  (() => {
    const g = grouped({
      title: 'Resultatrapport kulturnämnden', merged: true, groups: [['Period', 2, 4], ['Jan–jul 2024', 5, 5], ['Helår', 6, 8]],
      cols: [['ua', 'Utfall'], ['ba', 'Budget'], ['va', 'Avvikelse'], ['ufg', 'Utfall'], ['p', 'Prognos'], ['b', 'Budget'], ['vp', 'Avvikelse']],
    });
    return {
      name: '3 three groups "Period" / "Jan–jul 2024" (Utfall only) / "Helår"',
      sheets: [{ name: 'Grupper', ...g }],
      kinds: ['Grupper:resultatrapport'],
      slip: {
        what: 'Helår Avvikelse Övriga kostnader typed +0,6 (budget − prognos)',
        edits: [{ cell: 'H9', was: -0.6, value: 0.6 }],
        expect: ['variance.sign-reversed Grupper!H9', 'variance.forecast Grupper!H9'],
      },
    } satisfies ClassCase;
  })(),
  (() => {
    const g = grouped({
      title: 'Resultatrapport kulturnämnden, mnkr', merged: true, groups: [['Perioden jan–jul', 2, 4], ['Helårsprognos', 5, 7]],
      cols: [['ba', 'Budget'], ['ua', 'Utfall'], ['va', 'Avvikelse'], ['b', 'Budget'], ['p', 'Utfall'], ['vp', 'Avvikelse']],
    });
    return {
      name: '3 sub-headers repeated exactly (Budget | Utfall | Avvikelse) under "Perioden jan–jul" and "Helårsprognos"',
      sheets: [{ name: 'Grupper', ...g }],
      kinds: ['Grupper:resultatrapport'],
      slip: {
        what: 'Helårsprognos Avvikelse Lämnade bidrag typed −2,4 (copied from the period group)',
        edits: [{ cell: 'G8', was: -0.3, value: -2.4 }],
        expect: ['variance.forecast Grupper!G8', 'variance.budget Grupper!G8'],
      },
    } satisfies ClassCase;
  })(),
  (() => {
    const g = grouped({
      title: 'Periodrapport', merged: false, groups: [['Läge juli', 2, 4], ['Helår', 5, 7]],
      cols: [['ua', 'Utfall'], ['ba', 'Budget'], ['va', 'Avvikelse'], ['p', 'Utfall'], ['b', 'Budget'], ['vp', 'Avvikelse']],
    });
    return {
      name: '3 unknown group word "Läge juli" / "Helår", unmerged, sub-headers Utfall | Budget | Avvikelse repeated',
      sheets: [{ name: 'Grupper', ...g }],
      kinds: ['Grupper:resultatrapport'],
      slip: { what: 'Läge juli Avvikelse Övriga kostnader typed 9,3 (digits swapped)', edits: [{ cell: 'D9', was: 3.9, value: 9.3 }], expect: ['variance.budget Grupper!D9'] },
    } satisfies ClassCase;
  })(),
  (() => {
    const g = grouped({
      title: 'Resultatrapport kulturnämnden', merged: true, groups: [['Jan–jul 2025', 2, 5], ['Utblick helår', 6, 9]],
      cols: [['ba', 'Budget'], ['ua', 'Utfall'], ['va', 'Avvikelse'], ['vap', 'Avvikelse %'], ['b', 'Budget'], ['p', 'Prognos'], ['vp', 'Avvikelse'], ['vpp', 'Avvikelse %']],
    });
    return {
      name: '3 "Jan–jul 2025" / unknown "Utblick helår" with Avvikelse % columns, costs negative',
      sheets: [{ name: 'Grupper', ...g }],
      kinds: ['Grupper:resultatrapport'],
      slip: { what: 'Utblick helår Avvikelse Lämnade bidrag typed −3,0', edits: [{ cell: 'H8', was: -0.3, value: -3.0 }], expect: ['variance.forecast Grupper!H8'] },
    } satisfies ClassCase;
  })(),
  (() => {
    const g = grouped({
      title: 'Resultatrapport (kostnader positiva)', merged: true, groups: [['Ackumulerat', 2, 5], ['Helårsprognos', 6, 9]],
      cols: [['ua', 'Utfall'], ['ba', 'Budget'], ['va', 'Avvikelse'], ['vap', 'Avvikelse %'], ['p', 'Prognos'], ['b', 'Budget'], ['vp', 'Avvikelse'], ['vpp', 'Avvikelse %']],
      costsPositive: true,
    });
    return {
      name: '3 "Ackumulerat" / "Helårsprognos" with Avvikelse % columns, costs positive',
      sheets: [{ name: 'Grupper', ...g }],
      kinds: ['Grupper:resultatrapport'],
      slip: {
        what: 'Ackumulerat Avvikelse % Övriga kostnader typed 3,9 (the amount, not 3,9 / 9,8 × 100 = 39,8)',
        edits: [{ cell: 'E9', was: { n: 39.8, fmt: '0.0' }, value: { n: 3.9, fmt: '0.0' } }],
        expect: ['relation.ratio Grupper!E9'],
      },
    } satisfies ClassCase;
  })(),
  (() => {
    const g = grouped({
      title: 'Resultatrapport kulturnämnden', merged: true, groups: [['Helår', 2, 4], ['Jan–jul', 5, 7]],
      cols: [['p', 'Prognos'], ['b', 'Budget'], ['vp', 'Avvikelse'], ['ua', 'Utfall'], ['ba', 'Budget'], ['va', 'Avvikelse']],
    });
    return {
      name: '3 the helår group first: "Helår" / "Jan–jul", merged',
      sheets: [{ name: 'Grupper', ...g }],
      kinds: ['Grupper:resultatrapport'],
      slip: { what: 'Jan–jul Avvikelse Personalkostnader typed 1,0', edits: [{ cell: 'G7', was: 0.1, value: 1.0 }], expect: ['variance.budget Grupper!G7'] },
    } satisfies ClassCase;
  })(),
  {
    name: '3 merged "Perioden jan–jul" / "Helår" with the avvikelser as formulas over their own group',
    sheets: [{ name: 'Grupper', rows: groupedFormulas(), merges: [m('B2:D2'), m('E2:G2')] }],
    kinds: ['Grupper:resultatrapport'],
    slip: {
      what: 'Helår Avvikelse Lämnade bidrag =F8-B8 takes the period budget instead of the helår budget',
      edits: diffEdits(groupedFormulas(), groupedFormulas({ G8: '=F8-B8' })),
      expect: ['variance.forecast Grupper!G8', 'formula.inconsistent Grupper!G8'],
    },
  },

  // ---- 4. Scope: several nämnder ----------------------------------------------------------------
  {
    name: '4 two sheets, each with "Budgetram 2024" above its own resultatbudget (108,4 and 143,4)',
    sheets: [
      { name: 'Kulturnämnd', rows: [['Budgetram 2024', 108.4], [], ...KULTUR_RB_GRID] },
      { name: 'Regional tillväxtnämnd', rows: [['Budgetram 2024', 143.4], [], ...TILLVAXT_RB_GRID] },
    ],
    kinds: ['Kulturnämnd:resultatbudget', 'Regional tillväxtnämnd:resultatbudget'],
    slip: {
      what: 'Kultur Lämnade bidrag 2024 raised by 1,0 with every sum updated: consistent inside, 1,0 over its own ram',
      edits: [
        { sheet: 'Kulturnämnd', cell: 'B9', was: -132.2, value: -133.2 },
        { sheet: 'Kulturnämnd', cell: 'B12', was: -166.2, value: -167.2 },
        { sheet: 'Kulturnämnd', cell: 'B13', was: -108.4, value: -109.4 },
        { sheet: 'Kulturnämnd', cell: 'B15', was: -108.4, value: -109.4 },
      ],
      expect: ['budgetram.result Kulturnämnd!B15'],
      mustNot: ['budgetram.result Regional tillväxtnämnd!B15'],
    },
  },
  {
    name: '4 two sheets (tillväxt first), "Nämndens budgetram 2024" below each resultatbudget',
    sheets: [
      { name: 'Regional tillväxtnämnd', rows: [...TILLVAXT_RB_GRID, [], ['Nämndens budgetram 2024', 143.4]] },
      { name: 'Kulturnämnd', rows: [...KULTUR_RB_GRID, [], ['Nämndens budgetram 2024', 108.4]] },
    ],
    kinds: ['Regional tillväxtnämnd:resultatbudget', 'Kulturnämnd:resultatbudget'],
    slip: {
      what: 'Tillväxt budgetram typed 134,4 (digits swapped)',
      edits: [{ sheet: 'Regional tillväxtnämnd', cell: 'B15', was: 143.4, value: 134.4 }],
      expect: ['budgetram.result Regional tillväxtnämnd!B13'],
      mustNot: ['budgetram.result Kulturnämnd!B13'],
    },
  },
  {
    name: '4 one sheet, two resultatbudgets under their own titles, each followed (after a blank row) by its "Budgetram"',
    sheets: [{
      name: 'Resultatbudget 2024',
      rows: [...KULTUR_RB_GRID, [], ['Budgetram', 108.4], [], ...TILLVAXT_RB_GRID, [], ['Budgetram', 143.4]],
    }],
    kinds: ['Resultatbudget 2024:resultatbudget', 'Resultatbudget 2024:resultatbudget'],
    slip: {
      what: 'Tillväxt Övriga kostnader 2024 raised by 1,0 with every sum updated: 1,0 over its own ram',
      edits: [
        { cell: 'B24', was: -76.2, value: -77.2 },
        { cell: 'B26', was: -272.8, value: -273.8 },
        { cell: 'B27', was: -143.1, value: -144.1 },
        { cell: 'B29', was: -143.4, value: -144.4 },
      ],
      expect: ['budgetram.result Resultatbudget 2024!B29'],
      mustNot: ['budgetram.result Resultatbudget 2024!B13'],
    },
  },
  {
    name: '4 one sheet, tillväxt then kultur, each "Budgetram" row directly under its Resultat row',
    sheets: [{
      name: 'VP 2024',
      rows: [...TILLVAXT_RB_GRID, ['Budgetram', 143.4], [], [], ...KULTUR_RB_GRID, ['Budgetram', 108.4]],
    }],
    kinds: ['VP 2024:resultatbudget', 'VP 2024:resultatbudget'],
    slip: {
      what: 'Kultur Lämnade bidrag 2024 raised by 1,0 with every sum updated: 1,0 over its own ram',
      edits: [
        { cell: 'B23', was: -132.2, value: -133.2 },
        { cell: 'B26', was: -166.2, value: -167.2 },
        { cell: 'B27', was: -108.4, value: -109.4 },
        { cell: 'B29', was: -108.4, value: -109.4 },
      ],
      expect: ['budgetram.result VP 2024!B29'],
      mustNot: ['budgetram.result VP 2024!B13'],
    },
  },
  {
    name: '4 one sheet, kultur (A–D) and tillväxt (F–I) side by side, each with its "Budgetram" below',
    sheets: [{
      name: 'Nämnderna',
      rows: sideBySide([...KULTUR_RB_GRID, [], ['Budgetram', 108.4]], [...TILLVAXT_RB_GRID, [], ['Budgetram', 143.4]], 6),
    }],
    kinds: ['Nämnderna:resultatbudget', 'Nämnderna:resultatbudget'],
    slip: {
      what: 'Kultur budgetram typed 180,4',
      edits: [{ cell: 'B15', was: 108.4, value: 180.4 }],
      expect: ['budgetram.result Nämnderna!B13'],
      mustNot: ['budgetram.result Nämnderna!G13'],
    },
  },
  {
    name: '4 two sheets, each with budgetram, resultatbudget and driftbudget (crossref within the nämnd)',
    sheets: [
      { name: 'Kulturnämnd', rows: [['Budgetram 2024', 108.4], [], ...KULTUR_RB_GRID, [], ...KULTUR_DB_GRID], merges: [m('B18:C18'), m('D18:E18')] },
      { name: 'Regional tillväxtnämnd', rows: [['Budgetram 2024', 143.4], [], ...TILLVAXT_RB_GRID, [], ...TILLVAXT_DB_GRID], merges: [m('B18:C18'), m('D18:E18')] },
    ],
    kinds: ['Kulturnämnd:resultatbudget', 'Kulturnämnd:driftbudget', 'Regional tillväxtnämnd:resultatbudget', 'Regional tillväxtnämnd:driftbudget'],
    slip: {
      what: 'Tillväxt driftbudget Summa varav budgetram 2024 typed 134,4',
      edits: [{ sheet: 'Regional tillväxtnämnd', cell: 'C27', was: 143.4, value: 134.4 }],
      expect: ['crossref.budgetram Regional tillväxtnämnd!C27'],
      mustNot: ['crossref.budgetram Kulturnämnd!C28'],
    },
  },
];
