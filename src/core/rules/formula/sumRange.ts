/**
 * formula.sum-range — a SUM whose range misses numbers of the block it totals.
 *
 * The classic slip: a row is inserted just above a total, or at the top of a list, outside the
 * SUM range, and the total silently leaves it out. The rule takes a formula that is exactly
 * =SUM(range) over one stretch of its own column (or row) ending before the sum cell, finds the
 * block of numbers directly above (left of) the sum — skipping at most `maxSpacer` blank spacer
 * rows — and flags the SUM when that block reaches beyond the range. A block stops at text, at
 * a blank, at another total (a subtotal belongs to the block above it, not to this one) and at a
 * year written as a header (a typed whole number 1900–2100 above the figures).
 * It also flags a SUM whose range includes a subtotal together with the rows that subtotal
 * already covers: those rows are counted twice.
 */
import { a1, rangeA1 } from '../../model/address';
import type { Finding } from '../../findings/finding';
import { referencedRanges } from '../../formula/references';
import { tokenize } from '../../formula/tokenize';
import { cellAt, type Cell, type Sheet } from '../../model/workbook';
import { ruleInfo } from '../catalogue';
import type { SheetRule } from '../types';
import { rowKindOf } from '../../recognize/rowRoles';
import { compactLabel } from '../../text/normalize';
import { isFormulaCell, patternKey } from './pattern';

export interface SumRangeOptions {
  /** Blank rows (columns) tolerated between the block and its sum. */
  maxSpacer: number;
  /** Also flag ranges that count a subtotal and its rows twice. */
  doubleCount: boolean;
}

export const SUM_RANGE_DEFAULTS: SumRangeOptions = { maxSpacer: 1, doubleCount: true };

const RULE = 'formula.sum-range';
const AGGREGATES = new Set(['SUM', 'SUBTOTAL', 'AGGREGATE', 'SUMIF', 'SUMIFS', 'SUMPRODUCT']);

interface Area { top: number; left: number; bottom: number; right: number }

/** The area of a formula that is exactly =SUM(area) on its own sheet, else undefined. */
export function plainSumArea(formula: string): Area | undefined {
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
  const r = referencedRanges(t[i + 2].text)[0];
  return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
}

/** A total of other cells: its formula calls SUM or a relative. */
function isAggregate(cell: Cell): boolean {
  if (!isFormulaCell(cell)) return false;
  return tokenize(cell.formula ?? '').some((t) => t.kind === 'function' && AGGREGATES.has(t.text.toUpperCase()));
}

function isBlank(cell: Cell): boolean {
  return cell.type === 'empty' || (cell.type === 'text' && String(cell.value).trim() === '');
}

/** A figure the sum should take: a number, typed or computed, that is not itself a total. */
function isFigure(cell: Cell): boolean {
  return cell.type === 'number' && !isAggregate(cell);
}

function isYearHeader(cell: Cell): boolean {
  return !isFormulaCell(cell) && typeof cell.value === 'number'
    && Number.isInteger(cell.value) && cell.value >= 1900 && cell.value <= 2100;
}

/**
 * One line seen from the sum: position k = 1 is the cell just before the sum.
 * Vertical sums look up their column, horizontal sums left along their row.
 */
interface Line {
  at(k: number): Cell;
  /** Line position of a sheet index along the axis (row for vertical, column for horizontal). */
  pos(index: number): number;
  label(k: number): string;
  span(k1: number, k2: number): string;
  /** R1C1 pattern of the cell at position k. */
  key(k: number): string | undefined;
  /** Is position k on a row labelled as a total ("Summa", "Totalt", "Subtotal")? */
  isTotal(k: number): boolean;
  /** Texts and codes to the left of position k (row labels), for telling groups apart. */
  labels(k: number): string[];
  limit: number;
  vertical: boolean;
}

/** What kind of figure a cell holds: typed, or computed by a particular R1C1 formula. */
function makeOf(line: Line, k: number): string {
  const cell = line.at(k);
  return isFormulaCell(cell) ? (line.key(k) ?? '') : 'typed';
}

/** The non-formula cells left of `col` in a row, as text: its label, code, category. */
function rowLabels(sheet: Sheet, row: number, col: number): string[] {
  const out: string[] = [];
  for (let c = 1; c < col; c++) {
    const cell = cellAt(sheet, row, c);
    out.push(isFormulaCell(cell) || cell.type === 'number' || isBlank(cell) ? '' : String(cell.value).trim());
  }
  return out;
}

function isTotalLabel(text: string): boolean {
  if (text === '') return false;
  const kind = rowKindOf(compactLabel(text), true);
  return kind === 'total' || kind === 'subtotal';
}

/**
 * Rows grouped by a label column: every row of the range shows the same text in some label
 * column (a programme, a code) and the candidate row shows another one there. Then the SUM
 * totals its group and the candidate belongs to the next group.
 */
function otherGroup(line: Line, near: number, far: number, k: number): boolean {
  if (far - near < 1) return false;
  const mine = line.labels(k);
  const inRange = Array.from({ length: far - near + 1 }, (_, i) => line.labels(near + i));
  return mine.some((text, j) => text !== '' && inRange.every((l) => l[j] !== '' && l[j] === inRange[0][j]) && inRange[0][j] !== text);
}

function verticalLine(sheet: Sheet, row: number, col: number): Line {
  return {
    at: (k) => cellAt(sheet, row - k, col),
    pos: (index) => row - index,
    label: (k) => a1(row - k, col),
    span: (k1, k2) => rangeA1(row - Math.max(k1, k2), col, row - Math.min(k1, k2), col),
    key: (k) => patternKey(cellAt(sheet, row - k, col), row - k, col),
    isTotal: (k) => rowLabels(sheet, row - k, col).some(isTotalLabel),
    labels: (k) => rowLabels(sheet, row - k, col),
    limit: row - 1,
    vertical: true,
  };
}

function horizontalLine(sheet: Sheet, row: number, col: number): Line {
  return {
    at: (k) => cellAt(sheet, row, col - k),
    pos: (index) => col - index,
    label: (k) => a1(row, col - k),
    span: (k1, k2) => rangeA1(row, col - Math.max(k1, k2), row, col - Math.min(k1, k2)),
    key: (k) => patternKey(cellAt(sheet, row, col - k), row, col - k),
    isTotal: () => false,
    labels: () => [],
    limit: col - 1,
    vertical: false,
  };
}

/** The block of figures nearest the sum, as line positions [near, far]; undefined if none. */
function blockBefore(line: Line, maxSpacer: number): [number, number] | undefined {
  let k = 1;
  while (k <= line.limit && k <= maxSpacer && isBlank(line.at(k))) k++;
  if (k > line.limit || !isBlockFigure(line, k)) return undefined;
  const near = k;
  while (k + 1 <= line.limit && isBlockFigure(line, k + 1)) k++;
  return [near, k];
}

function isBlockFigure(line: Line, k: number): boolean {
  const cell = line.at(k);
  return isFigure(cell) && !isYearHeader(cell) && !line.isTotal(k);
}

function make(sheet: Sheet, row: number, col: number, message: string): Finding {
  return { rule: RULE, severity: ruleInfo(RULE).severity, sheet: sheet.name, cell: a1(row, col), message };
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

function checkSum(sheet: Sheet, row: number, col: number, cell: Cell, o: SumRangeOptions): Finding | undefined {
  const area = plainSumArea(cell.formula ?? '');
  if (!area) return undefined;
  let line: Line;
  let near: number;
  let far: number;
  if (area.left === col && area.right === col && area.bottom < row) {
    line = verticalLine(sheet, row, col);
    [near, far] = [line.pos(area.bottom), line.pos(area.top)];
  } else if (area.top === row && area.bottom === row && area.right < col) {
    line = horizontalLine(sheet, row, col);
    [near, far] = [line.pos(area.right), line.pos(area.left)];
  } else return undefined;
  const formula = cell.formula ?? '';
  const here = a1(row, col);

  const block = blockBefore(line, o.maxSpacer);
  // Only a block the range actually reaches into is "its" block.
  if (block && block[0] <= far && block[1] >= near) {
    const missedNear = block[0] < near ? [block[0], near - 1] : undefined;
    // Beyond the start of the range only figures of the same make as those in the range count:
    // a ratio row or a linked "number of schools" row above typed amounts is another thing.
    // Across a row, the first figures are often codes or a different measure (a sum of the
    // quarters beside a year column), so a horizontal range is trusted at its start.
    let farEnd = far;
    if (line.vertical) {
      const kinds = new Set<string>();
      for (let k = near; k <= far; k++) kinds.add(makeOf(line, k));
      while (farEnd + 1 <= block[1] && kinds.has(makeOf(line, farEnd + 1)) && !otherGroup(line, near, far, farEnd + 1)) {
        farEnd++;
      }
    }
    const missedFar = farEnd > far ? [far + 1, farEnd] : undefined;
    const missed = [missedNear, missedFar].filter((m): m is number[] => m !== undefined);
    if (missed.length > 0) {
      const count = missed.reduce((n, [a, b]) => n + b - a + 1, 0);
      const cells = missed.map(([a, b]) => line.span(a, b)).join(' och ');
      return make(sheet, row, col,
        `Summan i ${here} (${formula}) tar inte med ${cells}, som hör till samma block av tal `
        + `(${line.span(block[0], block[1])}); ${plural(count, 'värdet', 'värdena')} saknas i summan.`);
    }
  }

  if (o.doubleCount) {
    // A subtotal inside the range whose own range is also inside: its rows are counted twice.
    for (let k = near; k <= far; k++) {
      const inner = line.at(k);
      const innerArea = plainSumArea(inner.formula ?? '');
      if (!innerArea) continue;
      const inside = innerArea.top >= area.top && innerArea.bottom <= area.bottom
        && innerArea.left >= area.left && innerArea.right <= area.right;
      if (inside) {
        return make(sheet, row, col,
          `Summan i ${here} (${formula}) räknar både delsumman i ${line.label(k)} och raderna den summerar; `
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
