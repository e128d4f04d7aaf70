/**
 * Recomputes a workbook's own formulas in memory after some cells are given new values, so that
 * every dependent cell follows (the scenario's "formula model"). Only cells that depend on a
 * change are recomputed (or every formula, for measuring the evaluator); everything else keeps
 * the value the file stored. Circular references keep their stored values and are reported; a
 * cell the evaluator cannot compute (an unknown function, unsupported syntax) — and every cell
 * that depends on it — is reported as not recomputable instead of being given a wrong number.
 */
import { referencedRanges } from '../formula/references';
import { a1 } from '../model/address';
import { eachFormulaCell, type Cell, type Sheet, type Workbook } from '../model/workbook';
import { evaluate, type EvalContext } from './compute';
import { unknownFunctions } from './functions';
import { componentsInDependencyOrder } from './order';
import { FormulaSyntaxError, parseFormula, type FormulaNode } from './parse';
import type { Scalar } from './values';

export interface CellChange {
  sheet: string;
  row: number;
  col: number;
  /** The new value; a formula cell given a value is pinned to it (its formula is not evaluated). */
  value: Scalar;
}

export type CellOutcome =
  | { status: 'recomputed' }
  | { status: 'cycle' | 'not-recomputable'; message: string };

export interface RecalcProblem {
  sheet: string;
  cell: string;
  status: 'cycle' | 'not-recomputable';
  /** Swedish, for the user. */
  message: string;
}

export interface Recalculation {
  /** The value after the changes: changed, recomputed, or as stored. */
  value(sheet: string, row: number, col: number): Scalar;
  /** What happened to a formula cell; undefined for cells that were not evaluated. */
  outcome(sheet: string, row: number, col: number): CellOutcome | undefined;
  /** Cells that depend on a change but could not be recomputed, and circular references. */
  problems: RecalcProblem[];
  /** Formula cells evaluated. */
  recomputed: number;
}

export interface RecalcOptions {
  /** Evaluate every formula, not only those that depend on a change (evaluator coverage). */
  all?: boolean;
  /** Also evaluate every formula on these sheets (results for a sheet just written). */
  sheets?: readonly string[];
}

interface FormulaCell {
  sheet: Sheet;
  row: number;
  col: number;
  cell: Cell;
  node?: FormulaNode;
  /** Why the formula cannot be evaluated (Swedish). */
  refused?: string;
  ranges: Area[];
}

interface Area {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const key = (sheet: string, row: number, col: number) => `${sheet.toLowerCase()}\u0000${row}\u0000${col}`;

export function recalculate(workbook: Workbook, changes: readonly CellChange[] = [], options: RecalcOptions = {}): Recalculation {
  const sheets = new Map(workbook.sheets.map((s) => [s.name.toLowerCase(), s]));
  const changed = new Map(changes.map((c) => [key(c.sheet, c.row, c.col), c.value]));
  const names = (name: string) => {
    const entry = Object.entries(workbook.definedNames ?? {}).find(([n]) => n.toLowerCase() === name.toLowerCase());
    return entry?.[1];
  };

  const cells = collectFormulas(workbook, changed, names);
  const ids = new Map(cells.map((c, i) => [key(c.sheet.name, c.row, c.col), i]));
  const deps = dependencies(cells, sheets);
  const affected = affectedBy(cells, deps, changes);
  const onSheets = new Set((options.sheets ?? []).map((n) => n.toLowerCase()));
  const todo = new Set(options.all ? cells.map((_, i) => i) : [...affected, ...cells.flatMap((c, i) => (onSheets.has(c.sheet.name.toLowerCase()) ? [i] : []))]);

  const results = new Map<number, Scalar>();
  const outcomes = new Map<number, CellOutcome>();
  const problems: RecalcProblem[] = [];
  const stored = (sheet: string, row: number, col: number): Scalar => {
    const s = sheets.get(sheet.toLowerCase());
    const c = s?.rows[row - 1]?.[col - 1];
    return c ? scalarOf(c) : null;
  };
  const value = (sheet: string, row: number, col: number): Scalar => {
    const k = key(sheet, row, col);
    if (changed.has(k)) return changed.get(k)!;
    const id = ids.get(k);
    if (id !== undefined && results.has(id)) return results.get(id)!;
    return stored(sheet, row, col);
  };
  const where = (c: FormulaCell) => `${c.sheet.name}!${a1(c.row, c.col)}`;
  const fail = (id: number, status: 'cycle' | 'not-recomputable', message: string) => {
    outcomes.set(id, { status, message });
    const c = cells[id];
    // Only a failure that hides a changed value matters to the user.
    if (affected.has(id)) problems.push({ sheet: c.sheet.name, cell: a1(c.row, c.col), status, message });
  };

  let recomputed = 0;
  for (const component of componentsInDependencyOrder(todo, (n) => deps[n], (n) => todo.has(n))) {
    const id = component[0];
    if (component.length > 1 || deps[id].includes(id)) {
      const path = component.map((n) => a1(cells[n].row, cells[n].col)).reverse();
      for (const n of component) fail(n, 'cycle', `${where(cells[n])} ingår i en cirkelreferens (${[...path, path[0]].join(' → ')}); det sparade värdet används.`);
      continue;
    }
    const c = cells[id];
    if (c.refused) {
      fail(id, 'not-recomputable', `${where(c)} kan inte räknas om: ${c.refused}.`);
      continue;
    }
    const broken = deps[id].find((d) => affected.has(d) && outcomes.get(d)?.status !== undefined && outcomes.get(d)!.status !== 'recomputed');
    if (broken !== undefined) {
      fail(id, 'not-recomputable', `${where(c)} kan inte räknas om eftersom den bygger på ${where(cells[broken])}, som inte kan räknas om.`);
      continue;
    }
    const ctx: EvalContext = {
      sheet: c.sheet.name,
      row: c.row,
      col: c.col,
      read: value,
      extent: (name) => {
        const s = sheets.get(name.toLowerCase());
        return s ? { rowCount: s.rowCount, colCount: s.colCount } : undefined;
      },
    };
    results.set(id, evaluate(c.node!, ctx));
    outcomes.set(id, { status: 'recomputed' });
    recomputed++;
  }

  return {
    value,
    outcome: (sheet, row, col) => {
      const id = ids.get(key(sheet, row, col));
      return id === undefined ? undefined : outcomes.get(id);
    },
    problems,
    recomputed,
  };
}

/** The value a stored cell holds, as the evaluator sees it. */
export function scalarOf(cell: Cell): Scalar {
  switch (cell.type) {
    case 'empty':
      return null;
    case 'error':
      return { error: String(cell.value).toUpperCase() };
    default:
      return cell.value;
  }
}

function collectFormulas(workbook: Workbook, changed: Map<string, Scalar>, names: (name: string) => string | undefined): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const sheet of workbook.sheets) {
    for (const { row, col, cell } of eachFormulaCell(sheet)) {
      if (changed.has(key(sheet.name, row, col))) continue;
      const f: FormulaCell = { sheet, row, col, cell, ranges: [] };
      try {
        f.node = parseFormula(cell.formula, names);
        const unknown = unknownFunctions(f.node);
        if (unknown.length > 0) f.refused = `${unknown.length === 1 ? 'funktionen' : 'funktionerna'} ${unknown.join(', ')} stöds inte av Periodkolls räknare`;
        f.ranges = areasOf(f.node, sheet.name);
      } catch (e) {
        if (!(e instanceof FormulaSyntaxError)) throw e;
        f.refused = e.reason;
        f.ranges = referencedRanges(cell.formula).map((r) => ({ sheet: r.sheet ?? sheet.name, top: r.top, left: r.left, bottom: r.bottom, right: r.right }));
      }
      out.push(f);
    }
  }
  return out;
}

function areasOf(node: FormulaNode, ownSheet: string): Area[] {
  const out: Area[] = [];
  const walk = (n: FormulaNode): void => {
    if (n.k === 'ref') out.push({ sheet: n.sheet ?? ownSheet, top: n.top, left: n.left, bottom: n.bottom, right: n.right });
    else if (n.k === 'call') n.args.forEach(walk);
    else if (n.k === 'binary') {
      walk(n.a);
      walk(n.b);
    } else if (n.k === 'negate' || n.k === 'percent') walk(n.x);
  };
  walk(node);
  return out;
}

/** For each formula cell, the formula cells it reads (found through a row index per sheet). */
function dependencies(cells: FormulaCell[], sheets: Map<string, Sheet>): number[][] {
  const bySheet = new Map<string, Map<number, Array<{ col: number; id: number }>>>();
  cells.forEach((c, id) => {
    const s = c.sheet.name.toLowerCase();
    if (!bySheet.has(s)) bySheet.set(s, new Map());
    const rows = bySheet.get(s)!;
    if (!rows.has(c.row)) rows.set(c.row, []);
    rows.get(c.row)!.push({ col: c.col, id });
  });
  const sortedRows = new Map([...bySheet].map(([s, rows]) => [s, [...rows.keys()].sort((a, b) => a - b)]));
  return cells.map((c) => {
    const found = new Set<number>();
    for (const area of c.ranges) {
      const s = area.sheet.toLowerCase();
      const rows = bySheet.get(s);
      if (!rows || !sheets.has(s)) continue;
      const bottom = Math.min(area.bottom, sheets.get(s)!.rowCount);
      const span = bottom - area.top + 1;
      const candidates = span < sortedRows.get(s)!.length ? range(area.top, bottom) : sortedRows.get(s)!.filter((r) => r >= area.top && r <= bottom);
      for (const r of candidates) for (const x of rows.get(r) ?? []) if (x.col >= area.left && x.col <= area.right) found.add(x.id);
    }
    return [...found];
  });
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** Formula cells whose value may change: those reading a changed cell, and their dependents. */
function affectedBy(cells: FormulaCell[], deps: number[][], changes: readonly CellChange[]): Set<number> {
  const affected = new Set<number>();
  if (changes.length === 0) return affected;
  const dependents = cells.map(() => [] as number[]);
  deps.forEach((ds, id) => ds.forEach((d) => dependents[d].push(id)));
  const queue: number[] = [];
  cells.forEach((c, id) => {
    const reads = c.ranges.some((a) => changes.some((ch) => ch.sheet.toLowerCase() === a.sheet.toLowerCase() && ch.row >= a.top && ch.row <= a.bottom && ch.col >= a.left && ch.col <= a.right));
    if (reads) {
      affected.add(id);
      queue.push(id);
    }
  });
  while (queue.length > 0) {
    for (const d of dependents[queue.pop()!]) {
      if (!affected.has(d)) {
        affected.add(d);
        queue.push(d);
      }
    }
  }
  return affected;
}
