/**
 * formula.inconsistent — a formula whose R1C1 form breaks the pattern of its column or row.
 *
 * A block filled down or across has one R1C1 formula. The rule looks at stretches of adjacent
 * formula cells along a line, finds the pattern most of them share and flags a cell that is
 * alone with its own formula. It is tuned for precision (a controller switches off a checker
 * that cries wolf):
 * - only stretches of at least `minRun` formulas with a clear majority count;
 * - only a lone deviant (a second cell with the same "deviation" means a deliberate variant);
 * - a deviant that reads its own line while the majority does not is a total or subtotal of
 *   the stretch (SUM of the cells above), not a slip;
 * - by default only a formula of the same shape as the majority (same functions and operators,
 *   other cells) is flagged: that is what a slipped reference looks like, whereas a different
 *   computation is usually a deliberate special row.
 */
import { a1 } from '../../model/address';
import type { Finding } from '../../findings/finding';
import { referencedRanges } from '../../formula/references';
import { translateFormula } from '../../formula/translate';
import type { Sheet } from '../../model/workbook';
import { ruleInfo } from '../catalogue';
import type { SheetRule } from '../types';
import { slipHint } from './describe';
import { axisWord, lines, runs, type Axis, type Placed } from './lines';
import { isFormulaCell, patternKey, r1c1Of, shapeKey } from './pattern';

export interface InconsistentOptions {
  /** Fewest adjacent formulas that make a pattern worth checking. */
  minRun: number;
  /** Fewest cells that must share the majority formula. */
  minMajority: number;
  /** Share of the stretch the majority formula must hold. */
  majorityShare: number;
  /** Only flag a deviant with the same shape as the majority (a slipped reference). */
  sameShapeOnly: boolean;
}

export const INCONSISTENT_DEFAULTS: InconsistentOptions = {
  minRun: 3,
  minMajority: 2,
  majorityShare: 0.5,
  sameShapeOnly: true,
};

const RULE = 'formula.inconsistent';

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

interface Candidate {
  finding: Finding;
}

function checkStretch(sheet: Sheet, stretch: Placed[], axis: Axis, o: InconsistentOptions): Candidate[] {
  const keys = stretch.map((p) => patternKey(p.cell, p.row, p.col) ?? '');
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  let major = '';
  let majorCount = 0;
  for (const [k, n] of counts) if (n > majorCount) [major, majorCount] = [k, n];
  if (majorCount < o.minMajority || majorCount / stretch.length < o.majorityShare) return [];
  // A tie between two patterns gives no majority to deviate from.
  if ([...counts.values()].filter((n) => n === majorCount).length > 1) return [];

  const out: Candidate[] = [];
  stretch.forEach((p, i) => {
    if (keys[i] === major || (counts.get(keys[i]) ?? 0) > 1) return;
    // The nearest cell holding the majority formula serves as the example.
    let model: Placed | undefined;
    for (let d = 1; d < stretch.length && !model; d++) {
      if (keys[i - d] === major) model = stretch[i - d];
      else if (keys[i + d] === major) model = stretch[i + d];
    }
    if (!model) return;
    if (readsOwnLine(p, stretch, axis) && !readsOwnLine(model, stretch, axis)) return;
    const found = p.cell.formula ?? '';
    const expected = translateFormula(model.cell.formula ?? '', p.row - model.row, p.col - model.col);
    if (o.sameShapeOnly && shapeKey(found) !== shapeKey(expected)) return;
    const cell = a1(p.row, p.col);
    const majorR1C1 = r1c1Of(model.cell, model.row, model.col) ?? '';
    out.push({
      finding: {
        rule: RULE,
        severity: ruleInfo(RULE).severity,
        sheet: sheet.name,
        cell,
        message: `Formeln i ${cell} (${found}) avviker från grannarna i ${axisWord(axis)} `
          + `(${expected} i R1C1-form ${majorR1C1}); ${slipHint(found, expected)}.`,
      },
    });
  });
  return out;
}

export function inconsistentFormulaRule(options: Partial<InconsistentOptions> = {}): SheetRule {
  const o = { ...INCONSISTENT_DEFAULTS, ...options };
  return (sheet) => {
    const byCell = new Map<string, Finding>();
    for (const axis of ['column', 'row'] as const) {
      for (const line of lines(sheet, axis)) {
        for (const stretch of runs(line, (p) => isFormulaCell(p.cell))) {
          if (stretch.length < o.minRun) continue;
          for (const c of checkStretch(sheet, stretch, axis, o)) {
            if (!byCell.has(c.finding.cell)) byCell.set(c.finding.cell, c.finding);
          }
        }
      }
    }
    return [...byCell.values()];
  };
}

export const inconsistentFormula: SheetRule = inconsistentFormulaRule();
