/**
 * One worksheet's XML, fed element by element, -> the model's Sheet: each <c> becomes a Cell as
 * soon as it closes (value, cached formula result, formula, number format), nothing else of the
 * cell is kept. Shared formulas are expanded per cell from their master; cells hidden under a
 * merged range are dropped at the end, as Excel shows them empty.
 */
import type { Cell, CellRange, Sheet } from '../../../core/model/workbook';
import { sharedFormulaText, withEquals } from '../cellFormula';
import { MAX_COLUMNS, MAX_ROWS } from '../limits';
import { readErrors } from '../readErrors';
import { cellValue } from './cellValueXml';
import { parseCellRef, parseRangeRef } from './cellRef';
import { ownString } from './ownString';
import { isTrue } from './workbookPart';
import type { XmlHandler } from './xmlPart';

export interface SheetContext {
  strings: string[];
  formats: Array<string | undefined>;
  dateSystem: 1900 | 1904;
  /** Cells with a value or formula; throws past the limit. */
  takeCell: () => void;
  /** Gives back what takeCell counted for a cell dropped later (under a merge). */
  returnCell: () => void;
}

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

export class SheetBuilder implements XmlHandler {
  private readonly rows: Sheet['rows'] = [];
  private rowCount = 0;
  private colCount = 0;
  private readonly merges: CellRange[] = [];
  private readonly masters = new Map<string, SharedMaster>();
  private isProtected = false;

  private row = 0;
  private col = 0;
  // The cell being read.
  private t: string | undefined;
  private s = 0;
  private v: string | undefined;
  private f: string | undefined;
  private fType: string | undefined;
  private fRef: string | undefined;
  private fSi: string | undefined;
  private inline: string | undefined;
  /** Which element's text is being collected. */
  private into: 'v' | 'f' | 'is' | undefined;
  private inIs = false;
  private phonetic = 0;

  constructor(private readonly ctx: SheetContext) {}

  open(tag: string, a: Record<string, string>): void {
    switch (tag) {
      case 'c': {
        const ref = a.r !== undefined ? parseCellRef(a.r) : undefined;
        this.col = ref ? ref.col : this.col + 1;
        this.t = a.t;
        this.s = a.s !== undefined ? parseInt(a.s, 10) : 0;
        this.v = this.f = this.fType = this.fRef = this.fSi = this.inline = undefined;
        return;
      }
      case 'v':
        this.into = 'v';
        return;
      case 'f':
        this.into = 'f';
        this.fType = a.t;
        this.fRef = a.ref;
        this.fSi = a.si;
        return;
      case 'is':
        this.inIs = true;
        this.inline = '';
        return;
      case 'rPh':
        this.phonetic++;
        return;
      case 't':
        if (this.inIs && this.phonetic === 0) this.into = 'is';
        return;
      case 'row': {
        const r = a.r !== undefined ? parseInt(a.r, 10) : NaN;
        this.row = Number.isFinite(r) && r > 0 ? r : this.row + 1;
        this.col = 0;
        return;
      }
      case 'mergeCell': {
        const range = a.ref !== undefined ? parseRangeRef(a.ref) : undefined;
        if (range) this.merges.push(range);
        return;
      }
      case 'sheetProtection':
        if (isTrue(a.sheet)) this.isProtected = true;
        return;
    }
  }

  text(text: string): void {
    switch (this.into) {
      case 'v':
        this.v = (this.v ?? '') + text;
        return;
      case 'f':
        this.f = (this.f ?? '') + text;
        return;
      case 'is':
        this.inline += text;
        return;
    }
  }

  close(tag: string): void {
    switch (tag) {
      case 'c':
        this.endCell();
        return;
      case 'v':
      case 'f':
      case 't':
        this.into = undefined;
        return;
      case 'is':
        this.inIs = false;
        return;
      case 'rPh':
        this.phonetic--;
        return;
    }
  }

  private endCell(): void {
    const { row, col } = this;
    if (row < 1 || col < 1) throw readErrors.unreadable();
    if (row > MAX_ROWS || col > MAX_COLUMNS) throw readErrors.beyondGrid();
    const formula = this.formula(row, col);
    const raw = this.t === 'inlineStr' ? this.inline : this.v;
    const plain = cellValue(raw, this.t, formula !== undefined, this.ctx);
    if (!plain && formula === undefined) return;
    this.ctx.takeCell();
    const value = plain ? plain.value : null;
    const type = plain ? plain.type : 'empty';
    const numberFormat = this.ctx.formats[this.s] ?? 'General';
    // One literal per shape, all fields at once: V8 then keeps them inside the object (no
    // property store added later), which is most of a cell's memory at a million rows.
    const cell: Cell = formula === undefined ? { value, type, numberFormat } : { value, type, formula, numberFormat };
    (this.rows[row - 1] ??= [])[col - 1] = cell;
    if (row > this.rowCount) this.rowCount = row;
    if (col > this.colCount) this.colCount = col;
  }

  /** The cell's own "=…" formula: its text, or its shared master's moved to this cell. */
  private formula(row: number, col: number): string | undefined {
    const { f, fType, fSi } = this;
    if (fType === 'shared' && fSi !== undefined) {
      if (this.fRef !== undefined && f) {
        this.masters.set(fSi, { formula: ownString(f), row, col });
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
          this.ctx.returnCell();
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
