/**
 * One worksheet's XML, scanned as bytes (xmlScanner.ts), -> the model's Sheet: each <c> becomes
 * a Cell as soon as it closes (value, cached formula result, formula, number format), nothing
 * else of the cell is kept. Every <c> counts against the cell limit the moment it opens, so a
 * cell bomb is refused while it is being unpacked. Shared formulas are expanded per cell from
 * their master; cells hidden under a merged range are dropped at the end, as Excel shows them
 * empty.
 */
import type { Cell, CellRange, Sheet, ValueType } from '../../../core/model/workbook';
import { sharedFormulaText, withEquals } from '../cellFormula';
import { MAX_COLUMNS, MAX_ROWS } from '../limits';
import { readErrors } from '../readErrors';
import { ByteBuffer, utf8Text } from './byteBuffer';
import type { CellBudget } from './cellBudget';
import { CellCache } from './cellCache';
import { cellValue } from './cellValueXml';
import { parseRangeRef, readCellRef, type CellPosition } from './cellRef';
import { plainDecimal, plainIndex } from './decimalBytes';
import { ownString } from './ownString';
import { decodeUnderscoreX } from './underscoreX';
import { isTrue } from './workbookPart';
import type { ScanHandler, ScannedAttributes } from './xmlScanner';

export interface SheetContext {
  strings: string[];
  formats: Array<string | undefined>;
  /** The fill colour (RRGGBB) of each style, when the styles part gives one. */
  fills?: Array<string | undefined>;
  dateSystem: 1900 | 1904;
  /** Counts every <c>; holds the first cell that cannot be placed. */
  cells: CellBudget;
}

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

const ELEMENTS = ['c', 'v', 'f', 'is', 't', 'rPh', 'row', 'mergeCell', 'sheetProtection'];
const C = 0;
const V = 1;
const F = 2;
const IS = 3;
const T = 4;
const RPH = 5;
const ROW = 6;
const MERGE_CELL = 7;
const SHEET_PROTECTION = 8;

const ATTRIBUTES = ['r', 't', 's', 'ref', 'si', 'sheet'];
const A_R = 0;
const A_T = 1;
const A_S = 2;
const A_REF = 3;
const A_SI = 4;
const A_SHEET = 5;

/**
 * A cell's t attribute as an index into T_NAMES; anything not listed (n, absent, unknown) reads
 * as a number. b, e and d are read from their text by cellValueXml.ts.
 */
const T_NAMES = ['', 's', 'str', 'inlineStr', 'b', 'e', 'd'];
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_KINDS = 8;

export class SheetBuilder implements ScanHandler {
  readonly elements = ELEMENTS;
  readonly attributes = ATTRIBUTES;
  target: ByteBuffer | null = null;

  private readonly rows: Sheet['rows'] = [];
  private rowCount = 0;
  private colCount = 0;
  private readonly merges: CellRange[] = [];
  private readonly masters = new Map<string, SharedMaster>();
  private isProtected = false;
  private readonly cache = new CellCache();
  private readonly position: CellPosition = { row: 0, col: 0 };

  private row = 0;
  private col = 0;
  // The cell being read.
  private t = T_NUMBER;
  /** Style index; -1 when the s attribute is not a plain index (then it is read as parseInt does). */
  private s = 0;
  private numberFormat = 'General';
  /** The fill colour of the cell's style (RRGGBB), when it has one. */
  private fill: string | undefined;
  /** The type of the value value() read last. */
  private type: ValueType = 'empty';
  private readonly v = new ByteBuffer();
  private readonly f = new ByteBuffer();
  private fShared = false;
  private fRef = false;
  private fSi: string | undefined;
  private readonly inline = new ByteBuffer();
  private inIs = false;
  private phonetic = 0;

  constructor(private readonly ctx: SheetContext) {}

  open(element: number, a: ScannedAttributes): void {
    if (element === C) this.ctx.cells.count();
    if (this.ctx.cells.refusal) return;
    switch (element) {
      case C: {
        const r = a.get(A_R);
        this.col = r && readCellRef(r.bytes, 0, r.length, this.position) ? this.position.col : this.col + 1;
        this.t = cellType(a.get(A_T));
        this.style(a.get(A_S));
        this.v.reset();
        this.f.reset();
        this.inline.reset();
        this.fShared = this.fRef = false;
        this.fSi = undefined;
        return;
      }
      case V:
        this.target = this.v;
        return;
      case F: {
        this.target = this.f;
        this.fShared = a.get(A_T)?.equals('shared') ?? false;
        this.fRef = a.get(A_REF) !== undefined;
        this.fSi = a.get(A_SI)?.text();
        return;
      }
      case IS:
        this.inIs = true;
        this.inline.reset();
        return;
      case RPH:
        this.phonetic++;
        return;
      case T:
        if (this.inIs && this.phonetic === 0) this.target = this.inline;
        return;
      case ROW: {
        const r = a.get(A_R);
        let n = r ? plainIndex(r.bytes, 0, r.length) : NaN;
        if (r && n < 0) n = parseInt(r.text(), 10);
        this.row = Number.isFinite(n) && n > 0 ? n : this.row + 1;
        this.col = 0;
        return;
      }
      case MERGE_CELL: {
        const ref = a.get(A_REF);
        const range = ref ? parseRangeRef(ref) : undefined;
        if (range) this.merges.push(range);
        return;
      }
      case SHEET_PROTECTION:
        if (isTrue(a.get(A_SHEET)?.text())) this.isProtected = true;
        return;
    }
  }

  close(element: number): void {
    if (this.ctx.cells.refusal) return;
    switch (element) {
      case C:
        this.endCell();
        return;
      case V:
      case F:
      case T:
        this.target = null;
        return;
      case IS:
        this.inIs = false;
        return;
      case RPH:
        this.phonetic--;
        return;
      case ROW: {
        // A row's array grew cell by cell, with room to spare; an exact copy is a third smaller.
        const cells = this.rows[this.row - 1];
        if (cells) this.rows[this.row - 1] = cells.slice();
        return;
      }
    }
  }

  /** The s attribute -> style index and number format, as parseInt reads it (absent: 0). */
  private style(s: ByteBuffer | undefined): void {
    const index = s ? plainIndex(s.bytes, 0, s.length) : 0;
    this.s = index;
    const style = index < 0 ? parseInt(s!.text(), 10) : index;
    this.numberFormat = this.ctx.formats[style] ?? 'General';
    this.fill = this.ctx.fills?.[style];
  }

  private endCell(): void {
    const { row, col } = this;
    if (row < 1 || col < 1) return this.ctx.cells.refuse(readErrors.unreadable());
    if (row > MAX_ROWS || col > MAX_COLUMNS) return this.ctx.cells.refuse(readErrors.beyondGrid());
    const formula = this.formula(row, col);
    const raw = this.t === T_INLINE ? this.inline : this.v;
    let cell: Cell | undefined;
    if (formula === undefined) {
      // A constant: shared with every earlier cell of the same bytes, type and style.
      if (raw.length === 0) {
        // An empty cell counts only for its fill: a follow-up may be given by colour alone.
        if (this.fill === undefined) return;
        // Kept in its row but not counted in the used range, which stays that of the values.
        (this.rows[row - 1] ??= [])[col - 1] = { value: null, type: 'empty', numberFormat: this.numberFormat, fill: this.fill };
        return;
      }
      const kind = this.s < 0 ? -1 : this.s * T_KINDS + this.t;
      cell = this.cache.find(kind, raw);
      if (!cell) {
        const value = this.value(raw, false);
        if (value === undefined) return;
        cell = { value, type: this.type, numberFormat: this.numberFormat };
        this.cache.keep(cell);
      }
    } else {
      const value = raw.length > 0 ? this.value(raw, true) : undefined;
      // One literal per shape, all fields at once: V8 then keeps them inside the object (no
      // property store added later), which is most of a cell's memory at a million rows.
      cell =
        value !== undefined
          ? { value, type: this.type, formula, numberFormat: this.numberFormat }
          : { value: null, type: 'empty', formula, numberFormat: this.numberFormat };
    }
    // Only filled cells get the field, so the common cell keeps its shape; a cached constant
    // already carries it (the cache key holds the style).
    if (this.fill !== undefined && cell.fill === undefined) cell.fill = this.fill;
    (this.rows[row - 1] ??= [])[col - 1] = cell;
    if (row > this.rowCount) this.rowCount = row;
    if (col > this.colCount) this.colCount = col;
  }

  /**
   * The cell's stored bytes as the model's value, its type left in this.type; undefined for an
   * empty value. As cellValueXml.ts reads their text: plain decimals, shared-string indexes and
   * texts straight from the bytes, the rest through it.
   */
  private value(raw: ByteBuffer, isFormula: boolean): Cell['value'] | undefined {
    const { bytes, length } = raw;
    switch (this.t) {
      case T_NUMBER: {
        const n = plainDecimal(bytes, 0, length);
        if (Number.isNaN(n)) break;
        this.type = 'number';
        return n;
      }
      case T_SHARED: {
        if (isFormula) break;
        const index = plainIndex(bytes, 0, length);
        if (index < 0) break;
        return this.text(this.ctx.strings[index]);
      }
      case T_STR:
        return this.text(utf8Text(bytes, 0, length));
      case T_INLINE:
        return this.text(decodeUnderscoreX(utf8Text(bytes, 0, length)));
    }
    const plain = cellValue(raw.text(), T_NAMES[this.t] || undefined, isFormula, this.ctx);
    if (!plain) return undefined;
    this.type = plain.type;
    return plain.value;
  }

  private text(s: string | undefined): string | undefined {
    if (s === undefined || s === '') return undefined;
    this.type = 'text';
    return s;
  }

  /** The cell's own "=…" formula: its text, or its shared master's moved to this cell. */
  private formula(row: number, col: number): string | undefined {
    const f = this.f.length > 0 ? this.f.text() : undefined;
    const { fSi } = this;
    if (this.fShared && fSi !== undefined) {
      if (this.fRef && f) {
        this.masters.set(fSi, { formula: f, row, col });
        return ownString(withEquals(f));
      }
      if (f) return ownString(withEquals(f));
      const master = this.masters.get(fSi);
      return master ? ownString(sharedFormulaText(master.formula, row - master.row, col - master.col)) : undefined;
    }
    // Array formulas stay on their anchor; a data table (t="dataTable") has no formula text.
    return f ? ownString(withEquals(f)) : undefined;
  }

  /** The finished sheet; cells under a merged range (not its top-left) are dropped. */
  sheet(name: string, hidden: boolean): Sheet {
    this.merges.sort((a, b) => a.top - b.top || a.left - b.left);
    if (this.dropMergedCells()) this.recount();
    const sheet: Sheet = { name, rows: this.rows, rowCount: this.rowCount, colCount: this.colCount, merges: this.merges };
    if (hidden) sheet.hidden = true;
    if (this.isProtected) sheet.protected = true;
    return sheet;
  }

  private dropMergedCells(): boolean {
    let dropped = false;
    for (const m of this.merges) {
      for (let r = m.top; r <= m.bottom && r <= this.rowCount; r++) {
        const cells = this.rows[r - 1];
        if (!cells) continue;
        for (let c = m.left; c <= m.right && c <= cells.length; c++) {
          if ((r === m.top && c === m.left) || !cells[c - 1]) continue;
          delete cells[c - 1];
          dropped = true;
        }
      }
    }
    return dropped;
  }

  private recount(): void {
    this.rowCount = 0;
    this.colCount = 0;
    this.rows.forEach((cells, r) => {
      if (!cells) return;
      cells.forEach((cell, c) => {
        if (!cell) return;
        this.rowCount = Math.max(this.rowCount, r + 1);
        this.colCount = Math.max(this.colCount, c + 1);
      });
    });
  }
}

/** The t attribute's bytes -> one of the T_ kinds. */
function cellType(t: ByteBuffer | undefined): number {
  if (!t) return T_NUMBER;
  for (let k = 1; k < T_NAMES.length; k++) if (t.equals(T_NAMES[k])) return k;
  return T_NUMBER;
}
