/**
 * formula.inconsistent — a formula whose R1C1 form breaks the pattern of its column or row.
 *
 * A block filled down or across has one R1C1 formula. The rule looks at stretches of formula
 * cells along a line (a row may skip up to `rowGap` blank spacer columns), finds the pattern
 * most of them share and flags the few cells that deviate from it. It is tuned for precision
 * (a controller switches off a checker that cries wolf):
 * - only stretches of at least `minRun` formulas, with a clear majority (no tie) that
 *   outnumbers a deviating group `majorityFactor` times, and at most `maxDeviants` cells per
 *   deviating formula;
 * - a deviating formula that recurs elsewhere along the line, or is itself filled down the
 *   column (across the row), is a deliberate variant, not a slip;
 * - a deviant that reads its own line while the majority does not is a total or subtotal of
 *   the stretch (SUM of the cells above), not a slip;
 * - only a formula of the same shape as the majority (same functions, operators and sheets,
 *   other cells; or one term of a sum more or less) is flagged: that is what a slipped or lost
 *   reference looks like, whereas a different computation is usually a deliberate special row.
 */
import { a1 } from '../../model/address';
import type { Finding } from '../../findings/finding';
import { referencedRanges } from '../../formula/references';
import { toSwedishDisplay } from '../../formula/swedish';
import { translateFormula } from '../../formula/translate';
import { cellAt, type Sheet } from '../../model/workbook';
import { ruleInfo, type RuleId } from '../catalogue';
import type { SheetRule } from '../types';
import { slipHint } from './describe';
import { axisWord, lines, runs, type Axis, type Placed } from './lines';
import { isFormulaCell, memoPatternKey, shapeKey, shapesOneTermApart } from './pattern';

type KeyOf = ReturnType<typeof memoPatternKey>;

export interface InconsistentOptions {
  /** Fewest adjacent formulas that make a pattern worth checking. */
  minRun: number;
  /** Fewest cells that must share the majority formula. */
  minMajority: number;
  /** Share of the stretch the majority formula must hold. */
  majorityShare: number;
  /** Only flag a deviant with the same shape as the majority (a slipped reference). */
  sameShapeOnly: boolean;
  /** Most cells that may share one deviating formula in a stretch and still count as slips. */
  maxDeviants: number;
  /** The majority must outnumber a deviating group by this factor. */
  majorityFactor: number;
  /** A deviant filled this far across the line (down its column, for a row) is by design; 0 = off. */
  orthogonalRun: number;
  /** Blank cells tolerated inside a stretch along a row (spacer columns) and a column. */
  rowGap: number;
  columnGap: number;
  /** Also flag a formula one term of a sum away from the majority (=A+B against =A+B+C). */
  termSlips: boolean;
  /** How often the deviant formula may occur along the whole line before it counts as deliberate. */
  maxLineRepeats: number;
}

/** Chosen on the CUSTODES/ExceLint benchmark by principle (see scripts/bench-formulas.ts). */
export const INCONSISTENT_DEFAULTS: InconsistentOptions = {
  minRun: 3,
  minMajority: 2,
  majorityShare: 0.5,
  sameShapeOnly: true,
  termSlips: true,
  maxDeviants: 3,
  majorityFactor: 1.5,
  maxLineRepeats: 2,
  orthogonalRun: 3,
  rowGap: 2,
  columnGap: 0,
};

const RULE: RuleId = 'formula.inconsistent';

/** Does the formula in `p` read cells of its own line inside the stretch (other than itself)? */
function readsOwnLine(p: Placed, stretch: Placed[], axis: Axis): boolean {
  const first = stretch[0];
  const last = stretch[stretch.length - 1];
  return referencedRanges(p.cell.formula ?? '').some((r) => {
    if (r.sheet !== undefined) return false;
    if (axis === 'column') {
      if (p.col < r.left || p.col > r.right) return false;
      const top = Math.max(r.top, first.row);
      const bottom = Math.min(r.bottom, last.row);
      return top <= bottom && !(top === p.row && bottom === p.row);
    }
    if (p.row < r.top || p.row > r.bottom) return false;
    const left = Math.max(r.left, first.col);
    const right = Math.min(r.right, last.col);
    return left <= right && !(left === p.col && right === p.col);
  });
}

/**
 * How many adjacent cells across the line (the column, for a row stretch) share the deviant's
 * formula, itself included. A deviant that is itself filled down a column is a designed column
 * (a different computation on purpose), not a slip in one cell.
 */
function orthogonalRun(sheet: Sheet, p: Placed, axis: Axis, deviant: string, key: KeyOf): number {
  const dr = axis === 'row' ? 1 : 0;
  const dc = axis === 'column' ? 1 : 0;
  const same = (r: number, c: number) => {
    const cell = cellAt(sheet, r, c);
    return isFormulaCell(cell) && key(cell, r, c) === deviant;
  };
  let n = 1;
  for (let k = 1; same(p.row - k * dr, p.col - k * dc); k++) n++;
  for (let k = 1; same(p.row + k * dr, p.col + k * dc); k++) n++;
  return n;
}

function checkStretch(
  sheet: Sheet, stretch: Placed[], axis: Axis, o: InconsistentOptions, lineCounts: Map<string, number>, key: KeyOf,
): Finding[] {
  const keys = stretch.map((p) => key(p.cell, p.row, p.col) ?? '');
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  let major = '';
  let majorCount = 0;
  for (const [k, n] of counts) if (n > majorCount) [major, majorCount] = [k, n];
  if (majorCount < o.minMajority || majorCount / stretch.length < o.majorityShare) return [];
  // A tie between two patterns gives no majority to deviate from.
  if ([...counts.values()].filter((n) => n === majorCount).length > 1) return [];

  const out: Finding[] = [];
  stretch.forEach((p, i) => {
    if (keys[i] === major) return;
    const n = counts.get(keys[i]) ?? 0;
    if (n > o.maxDeviants || n * o.majorityFactor > majorCount) return;
    // The same formula again elsewhere along the line: a deliberate variant, not a slip.
    if ((lineCounts.get(keys[i]) ?? 0) > Math.max(n, o.maxLineRepeats)) return;
    // The nearest cell holding the majority formula serves as the example.
    let model: Placed | undefined;
    for (let d = 1; d < stretch.length && !model; d++) {
      if (keys[i - d] === major) model = stretch[i - d];
      else if (keys[i + d] === major) model = stretch[i + d];
    }
    if (!model) return;
    if (o.orthogonalRun > 0 && orthogonalRun(sheet, p, axis, keys[i], key) >= o.orthogonalRun) return;
    if (readsOwnLine(p, stretch, axis) && !readsOwnLine(model, stretch, axis)) return;
    const found = p.cell.formula ?? '';
    const expected = translateFormula(model.cell.formula ?? '', p.row - model.row, p.col - model.col);
    if (o.sameShapeOnly) {
      const [a, b] = [shapeKey(found), shapeKey(expected)];
      if (a !== b && !(o.termSlips && shapesOneTermApart(a, b))) return;
    }
    const cell = a1(p.row, p.col);
    out.push({
      rule: RULE,
      severity: ruleInfo(RULE).severity,
      sheet: sheet.name,
      cell,
      message: `Formeln i ${cell} (${toSwedishDisplay(found)}) avviker från grannarna i ${axisWord(axis)} `
        + `(deras formel vore ${toSwedishDisplay(expected)} i ${cell}); ${slipHint(found, expected)}.`,
    });
  });
  return out;
}

export function inconsistentFormulaRule(options: Partial<InconsistentOptions> = {}): SheetRule {
  const o = { ...INCONSISTENT_DEFAULTS, ...options };
  return (sheet) => {
    const byCell = new Map<string, Finding>();
    const key = memoPatternKey();
    for (const axis of ['column', 'row'] as const) {
      const gap = axis === 'row' ? o.rowGap : o.columnGap;
      for (const line of lines(sheet, axis, gap)) {
        // A stretch holds formulas only: with fewer than minRun on the line, none can be checked.
        let formulas = 0;
        for (const p of line) if (isFormulaCell(p.cell)) formulas++;
        if (formulas < o.minRun) continue;
        const lineCounts = new Map<string, number>();
        for (const p of line) {
          const k = isFormulaCell(p.cell) ? key(p.cell, p.row, p.col) : undefined;
          if (k !== undefined) lineCounts.set(k, (lineCounts.get(k) ?? 0) + 1);
        }
        for (const stretch of runs(line, (p) => isFormulaCell(p.cell), gap)) {
          if (stretch.length < o.minRun) continue;
          for (const f of checkStretch(sheet, stretch, axis, o, lineCounts, key)) {
            if (!byCell.has(f.cell)) byCell.set(f.cell, f);
          }
        }
      }
    }
    return [...byCell.values()];
  };
}

export const inconsistentFormula: SheetRule = inconsistentFormulaRule();
