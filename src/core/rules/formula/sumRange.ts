/**
 * formula.sum-range — a SUM whose range misses figures of the block it totals, or counts a
 * subtotal together with the rows it already covers.
 *
 * The classic slip: a row is inserted just above a total, or at the top of a list, outside the
 * SUM range, and the total silently leaves it out. The rule takes a formula that is exactly
 * =SUM(range) over one stretch of its own column (or row) ending before the sum cell, finds the
 * block of figures directly above (left of) it (see sumLine.ts) and flags the SUM when that
 * block reaches beyond the range:
 * - between the range and the sum, any figure of the block is missed;
 * - before the start of the range, only figures of the same make as those in the range count
 *   (typed among typed, or the same R1C1 formula), and not rows whose label column puts them in
 *   another group than the whole range: a ratio row or a "number of schools" row above typed
 *   amounts is another thing;
 * - across a row the first figures are often codes or another measure (a year column beside
 *   the quarters it is not meant to include), so a horizontal range is trusted at its start.
 */
import type { Finding } from '../../findings/finding';
import { referencedRange } from '../../formula/references';
import { toSwedishDisplay } from '../../formula/swedish';
import { tokenize } from '../../formula/tokenize';
import { a1 } from '../../model/address';
import type { Cell, Sheet } from '../../model/workbook';
import { ruleInfo, type RuleId } from '../catalogue';
import type { SheetRule } from '../types';
import { isFormulaCell } from './pattern';
import { LabelGroup } from './rowLabels';
import { isNonMoneyLabel } from '../../recognize/rowRoles';
import { compactLabel } from '../../text/normalize';
import { blockBefore, horizontalLine, makeOf, verticalLine, type SumLine } from './sumLine';

export interface SumRangeOptions {
  /** Blank rows (columns) tolerated between the block and its sum. */
  maxSpacer: number;
  /** Also flag ranges that count a subtotal and its rows twice. */
  doubleCount: boolean;
}

export const SUM_RANGE_DEFAULTS: SumRangeOptions = { maxSpacer: 1, doubleCount: true };

const RULE: RuleId = 'formula.sum-range';

interface Area { top: number; left: number; bottom: number; right: number }

/** The area of a formula that is exactly =SUM(area) on its own sheet (=+SUM too), else undefined. */
export function plainSumArea(formula: string): Area | undefined {
  // Most formulas call no SUM at all: tell them without tokenizing.
  if (!/sum/i.test(formula)) return undefined;
  const t = tokenize(formula).filter((x) => x.kind !== 'space');
  let i = 0;
  if (t[i]?.text !== '=') return undefined;
  i++;
  if (t[i]?.text === '+') i++;
  const ok = t.length === i + 4
    && t[i].kind === 'function' && t[i].text.toUpperCase() === 'SUM'
    && t[i + 1].kind === 'open' && t[i + 2].kind === 'ref' && t[i + 3].kind === 'close';
  if (!ok) return undefined;
  const ref = t[i + 2].ref;
  if (!ref || ref.sheetText !== undefined || (ref.kind !== 'area' && ref.kind !== 'cell')) return undefined;
  const r = referencedRange(ref, t[i + 2].text);
  return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
}

function make(sheet: Sheet, row: number, col: number, message: string): Finding {
  return { rule: RULE, severity: ruleInfo(RULE).severity, sheet: sheet.name, cell: a1(row, col), message };
}

/** Positions [from, to] of the block the range leaves out, on either side. */
function missedParts(line: SumLine, near: number, far: number, block: [number, number]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (block[0] < near) out.push([block[0], near - 1]);
  // A count row ("Antal årsarbetare") above money rows is rightly left out of their SUM.
  const isCount = (k: number) => line.labels(k).some((t) => t !== '' && isNonMoneyLabel(compactLabel(t)));
  if (line.vertical) {
    const makes = new Set<string>();
    const group = new LabelGroup();
    for (let k = near; k <= far; k++) {
      makes.add(makeOf(line, k));
      group.add(line.labels(k));
    }
    let end = far;
    while (end + 1 <= block[1] && makes.has(makeOf(line, end + 1)) && !group.separates(line.labels(end + 1)) && !isCount(end + 1)) end++;
    if (end > far) out.push([far + 1, end]);
  }
  return out;
}

function checkSum(sheet: Sheet, row: number, col: number, cell: Cell, o: SumRangeOptions): Finding | undefined {
  const area = plainSumArea(cell.formula ?? '');
  if (!area) return undefined;
  let line: SumLine;
  let near: number;
  let far: number;
  if (area.left === col && area.right === col && area.bottom < row) {
    line = verticalLine(sheet, row, col);
    [near, far] = [line.pos(area.bottom), line.pos(area.top)];
  } else if (area.top === row && area.bottom === row && area.right < col) {
    line = horizontalLine(sheet, row, col);
    [near, far] = [line.pos(area.right), line.pos(area.left)];
  } else return undefined;
  // For messages only: written out when there is one to write.
  const formula = () => toSwedishDisplay(cell.formula ?? '');
  const here = a1(row, col);

  const block = blockBefore(line, o.maxSpacer);
  // Only a block the range actually reaches into is "its" block.
  if (block && block[0] <= far && block[1] >= near) {
    const missed = missedParts(line, near, far, block);
    if (missed.length > 0) {
      const count = missed.reduce((n, [a, b]) => n + b - a + 1, 0);
      const cells = missed.map(([a, b]) => line.span(a, b)).join(' och ');
      return make(sheet, row, col,
        `Summan i ${here} (${formula()}) tar inte med ${cells}, som hör till samma block av tal `
        + `(${line.span(block[0], block[1])}); ${count === 1 ? 'värdet' : 'värdena'} saknas i summan.`);
    }
  }

  if (o.doubleCount) {
    // A subtotal inside the range whose own range is also inside: its rows are counted twice.
    for (let k = near; k <= far; k++) {
      const inner = plainSumArea(line.at(k).formula ?? '');
      if (!inner) continue;
      const inside = inner.top >= area.top && inner.bottom <= area.bottom
        && inner.left >= area.left && inner.right <= area.right;
      if (inside) {
        return make(sheet, row, col,
          `Summan i ${here} (${formula()}) räknar både delsumman i ${line.label(k)} och raderna den summerar; `
          + 'de värdena räknas två gånger.');
      }
    }
  }
  return undefined;
}

export function sumRangeRule(options: Partial<SumRangeOptions> = {}): SheetRule {
  const o = { ...SUM_RANGE_DEFAULTS, ...options };
  return (sheet) => {
    const out: Finding[] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const cells = sheet.rows[r - 1];
      if (!cells) continue;
      for (let c = 1; c <= cells.length; c++) {
        const cell = cells[c - 1];
        if (!cell || !isFormulaCell(cell)) continue;
        const f = checkSum(sheet, r, c, cell, o);
        if (f) out.push(f);
      }
    }
    return out;
  };
}

export const sumRange: SheetRule = sumRangeRule();
