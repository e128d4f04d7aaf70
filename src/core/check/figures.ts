import { around, fromRadius, point, radius, type Interval } from '../numbers/interval';
import { additiveTerms } from './additiveFormula';
import { displayedDecimals } from '../numbers/displayPrecision';
import { parseSwedishNumber } from '../numbers/swedishNumber';
import { cellAt, type Cell, type Sheet } from '../model/workbook';
import { isDashForZero } from '../recognize/cellKinds';

/** A figure as a check sees it: the stored value and the interval of true values it may stand for. */
export interface Figure {
  value: number;
  interval: Interval;
  /** Decimals the cell shows (for messages). */
  decimals: number;
  isFormula: boolean;
  /** Empty or a dash: counts as 0 in sums, but is never itself checked. */
  blank: boolean;
}

/** Stored values with more decimals than this are unrounded ledger figures: take them as exact. */
const UNROUNDED_DECIMALS = 6;
/** Sums over more cells than this are taken as exact rather than walked (bounded work). */
const MAX_SUM_CELLS = 5000;

/** One number per cell for the reader's maps: no key string is built per figure read (columns stay below 65 536). */
function cellKey(row: number, col: number): number {
  return row * 65536 + col;
}

/**
 * Reads figures of one sheet with rounding intervals (DOMAIN §5). Constants stand for
 * ±0.5·10^−d where d is the precision they are shown with; formula results are exact.
 * With the General format the precision is the column's: the most decimals typed in it.
 */
export class FigureReader {
  /** Precision and rounding radii depend on formats and formulas, not on values: what-if copies share them. */
  private columnDecimals = new Map<number, number>();
  private ownCache = new Map<number, number>();
  private radiusCache = new Map<number, number>();
  private overrides = new Map<number, number>();

  constructor(
    readonly sheet: Sheet,
    /** Rows whose constants set a column's General precision (the table body). */
    private readonly bodyRows: number[],
    /**
     * Columns that share one precision: a table typed in General shows "14,0" as 14, so the
     * precision of its amount columns is the most decimals typed anywhere among them.
     */
    private readonly peerColumns: number[] = [],
  ) {}

  /** Returns a reader that sees `value` at the given cells instead of what is stored (what-if checks). */
  withOverrides(values: Array<{ row: number; col: number; value: number }>): FigureReader {
    const copy = new FigureReader(this.sheet, this.bodyRows, this.peerColumns);
    copy.overrides = new Map(values.map((v) => [cellKey(v.row, v.col), v.value]));
    copy.columnDecimals = this.columnDecimals;
    copy.ownCache = this.ownCache;
    copy.radiusCache = this.radiusCache;
    return copy;
  }

  /** undefined when the cell holds no usable figure (an error value or a label). */
  get(row: number, col: number): Figure | undefined {
    const cell = cellAt(this.sheet, row, col);
    // Most readers have no overrides: skip building a key for every figure read.
    const override = this.overrides.size > 0 ? this.overrides.get(cellKey(row, col)) : undefined;
    // A stored number (the common case) needs no parsing and no intermediate object.
    let rawValue: number;
    let rawDecimals: number | undefined;
    if (cell.type === 'number' && typeof cell.value === 'number' && Number.isFinite(cell.value)) rawValue = cell.value;
    else {
      const raw = numericValue(cell);
      if (raw === undefined) {
        if (isBlank(cell)) return { value: 0, interval: point(0), decimals: this.decimalsForColumn(col), isFormula: false, blank: true };
        return undefined;
      }
      rawValue = raw.value;
      rawDecimals = raw.decimals;
    }
    const value = override ?? rawValue;
    const isFormula = cell.formula !== undefined;
    const decimals = rawDecimals ?? this.decimalsOf(cell, col, rawValue);
    if (isFormula) {
      // A sum of typed, rounded figures is as uncertain as they are; other formulas are exact.
      const r = override === undefined ? this.sumRadius(row, col, cell.formula!) : 0;
      return { value, interval: r > 0 ? fromRadius(value, r) : point(value), decimals: Math.min(decimals, UNROUNDED_DECIMALS), isFormula, blank: false };
    }
    if (decimals > UNROUNDED_DECIMALS) {
      return { value, interval: point(value), decimals: UNROUNDED_DECIMALS, isFormula, blank: false };
    }
    return { value, interval: around(value, decimals), decimals, isFormula, blank: false };
  }

  /**
   * The figure as the cell under check: a formula result is exact with respect to the cells it
   * reads, so it is compared as a point (its inputs carry the rounding on the other side).
   */
  target(row: number, col: number): Figure | undefined {
    const f = this.get(row, col);
    return f && f.isFormula ? { ...f, interval: point(f.value) } : f;
  }

  /** The interval of the figure as it is shown, formula or not: what a reader compares across tables. */
  shown(row: number, col: number): Figure | undefined {
    const f = this.get(row, col);
    if (!f || f.blank || !f.isFormula) return f;
    return { ...f, interval: around(f.value, f.decimals) };
  }

  private readonly visiting = new Set<number>();

  /** The rounding radius a sum formula inherits from the cells it adds (0 when exact or not a sum). */
  private sumRadius(row: number, col: number, formula: string): number {
    const key = cellKey(row, col);
    const known = this.radiusCache.get(key);
    if (known !== undefined) return known;
    if (this.visiting.has(key)) return 0; // a circular reference: take the cached value as it is
    const terms = additiveTerms(formula);
    // Not a sum (a ratio, a lookup): exact, and quickly told again, so the cache keeps no entry for it.
    if (!terms) return 0;
    let total = 0;
    if (terms.reduce((n, t) => n + (t.bottom - t.top + 1) * (t.right - t.left + 1), 0) <= MAX_SUM_CELLS) {
      this.visiting.add(key);
      for (const t of terms) {
        for (let r = t.top; r <= t.bottom; r++) {
          for (let c = t.left; c <= t.right; c++) {
            const f = this.get(r, c);
            if (f && !f.blank) total += radius(f.interval);
          }
        }
      }
      this.visiting.delete(key);
    }
    this.radiusCache.set(key, total);
    return total;
  }

  value(row: number, col: number): number | undefined {
    const f = this.get(row, col);
    return f && !f.blank ? f.value : undefined;
  }

  private decimalsOf(cell: Cell, col: number, value: number): number {
    const shown = displayedDecimals(cell.numberFormat, value);
    if (shown.source === 'format') return shown.decimals;
    return Math.max(shown.decimals, this.decimalsForColumn(col));
  }

  /** The most decimals typed among the General-format constants of the column, or of its peers. */
  decimalsForColumn(col: number): number {
    const known = this.columnDecimals.get(col);
    if (known !== undefined) return known;
    const own = this.ownDecimals(col);
    const result = this.peerColumns.includes(col) ? Math.max(own, ...this.peerColumns.map((c) => this.ownDecimals(c))) : own;
    this.columnDecimals.set(col, result);
    return result;
  }


  private ownDecimals(col: number): number {
    const known = this.ownCache.get(col);
    if (known !== undefined) return known;
    let most = 0;
    for (const r of this.bodyRows) {
      const cell = cellAt(this.sheet, r, col);
      if (cell.type !== 'number' || cell.formula !== undefined) continue;
      const shown = displayedDecimals(cell.numberFormat, cell.value as number);
      if (shown.source === 'value' && shown.decimals <= UNROUNDED_DECIMALS) most = Math.max(most, shown.decimals);
      if (shown.source === 'format') most = Math.max(most, shown.decimals);
    }
    this.ownCache.set(col, most);
    return most;
  }
}

function isBlank(cell: Cell): boolean {
  if (cell.type === 'empty') return true;
  return cell.type === 'text' && (String(cell.value).trim() === '' || isDashForZero(String(cell.value)));
}

/** The number in a cell: numbers as stored, number text as parsed (with the decimals typed). */
export function numericValue(cell: Cell): { value: number; decimals?: number } | undefined {
  if (cell.type === 'number' && typeof cell.value === 'number' && Number.isFinite(cell.value)) return { value: cell.value };
  if (cell.type === 'text') {
    const text = String(cell.value);
    const parsed = parseSwedishNumber(text);
    if (!parsed) return undefined;
    const m = /[,.](\d+)/.exec(text);
    return { value: parsed.value, decimals: m ? m[1].length : 0 };
  }
  return undefined;
}
