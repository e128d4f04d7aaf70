/**
 * The document behind the fake Excel: sheets of cells with values as Range.values shows them
 * (errors in the display language), formulas, number formats, fills, notes, threaded comments,
 * merges and protection, plus the workbook's custom XML parts. Plain data, so a test can look at
 * it directly and "save and reopen" it (a deep copy).
 */
import { a1, columnLetters, parseA1 } from '../../../src/core/model/address';
import type { CellRange } from '../../../src/core/model/workbook';
import { applyTint } from '../../../src/host/excel/tint';

/** A cell's fill as the file keeps it: each colour with its own tint (ECMA-376 §18.8.19, §18.3.1.15). */
export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string;
  tintAndShade: number;
  patternTintAndShade: number;
}

/** What a fill written property by property starts from; a cell whose pattern is "None" has no fill. */
export const NO_FILL: FakeFill = Object.freeze({ color: '#FFFFFF', pattern: 'None', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 });

/**
 * A fill as RangeFill reports it: the colours the cell shows, tint applied, next to the tints.
 * Assumed: no Office.js page or issue says whether `color` includes the tint; VBA's Interior.Color
 * does (stackoverflow.com/q/79687222 writes back a read Color and TintAndShade and gets another
 * colour), and it is the case in which writing back color, then tintAndShade, tints twice.
 */
export type ShownFill = { [K in keyof FakeFill]: FakeFill[K] | null };

/**
 * What RangeFill reports for a cell without fill: color "#FFFFFF" and pattern null, the same as for
 * a white fill, but tintAndShade null where a fill has a number (OfficeDev/office-js#4900, with
 * Microsoft's answer there; #6218 for the colour). The pattern colour and its tint are as before.
 */
const NO_FILL_SHOWN: ShownFill = Object.freeze({ ...NO_FILL, pattern: null, tintAndShade: null });

export function shownFill(fill: FakeFill | undefined): ShownFill {
  if (!fill) return NO_FILL_SHOWN;
  return { ...fill, color: applyTint(fill.color, fill.tintAndShade), patternColor: applyTint(fill.patternColor, fill.patternTintAndShade) };
}

export type FakeValueType = 'Double' | 'Integer' | 'String' | 'Boolean' | 'Error' | 'Empty' | 'RichValue';

export interface FakeCell {
  /** What Range.values returns; errors in the display language ("#DIVISION/0!" in Swedish Excel). */
  value: number | string | boolean | null;
  type?: FakeValueType;
  /** ErrorCellValue.errorType ("Div0") and the en-US literal, for valuesAsJson. */
  errorType?: string;
  englishError?: string;
  formula?: string;
  formulaR1C1?: string;
  numberFormat?: string;
  fill?: FakeFill;
  bold?: boolean;
  /** Font colour "#RRGGBB"; absent: automatic (reported as #000000). */
  fontColor?: string;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
  /** One cell of a legacy (Ctrl+Shift+Enter) array formula: Excel refuses to change it alone. */
  arrayMember?: boolean;
}

export interface FakeNote {
  content: string;
  author: string;
}

export interface GeneratedBlock {
  top: number;
  left: number;
  rows: number;
  cols: number;
  cell: (row: number, col: number) => FakeCell;
}

export interface FakeSheet {
  /** Worksheet.id: Excel's own key, kept when the sheet is renamed. */
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** "row,col" (1-based) -> cell. */
  cells: Map<string, FakeCell>;
  /** A large block computed on demand instead of stored (read-only until written). */
  generated?: GeneratedBlock;
  merges: CellRange[];
  /** A1 -> note. */
  notes: Map<string, FakeNote>;
  /** A1 of cells with a threaded comment. */
  comments: Set<string>;
  columnWidths: Map<number, number>;
}

export interface FakeState {
  name: string;
  sheets: FakeSheet[];
  activeSheet: string;
  selection?: { sheet: string; address: string };
  structureProtected: boolean;
  parts: Array<{ id: string; xml: string }>;
  nextPartId: number;
  names: Array<{ name: string; formula: string }>;
  /** Workbook.settings (ExcelApi 1.4): key -> value. */
  settings: Map<string, unknown>;
  /** The workbook counts its date serials from 1904-01-01 (Workbook.use1904DateSystem). */
  date1904: boolean;
}

export type CellInit = FakeCell | number | string | boolean;

export interface SheetInit {
  name: string;
  cells?: Record<string, CellInit>;
  visibility?: FakeSheet['visibility'];
  protected?: boolean;
  merges?: string[];
  notes?: Record<string, string>;
  fills?: Record<string, Partial<FakeFill> | string>;
  comments?: string[];
  generated?: GeneratedBlock;
}

export function fakeState(init: { name?: string; sheets: SheetInit[]; structureProtected?: boolean; names?: FakeState['names']; date1904?: boolean }): FakeState {
  const sheets = init.sheets.map((s, i) => sheetFrom(s, i + 1));
  return {
    name: init.name ?? 'Periodrapport.xlsx',
    sheets,
    activeSheet: sheets[0]?.name ?? '',
    structureProtected: init.structureProtected ?? false,
    parts: [],
    settings: new Map(),
    nextPartId: 1,
    names: init.names ?? [],
    date1904: init.date1904 ?? false,
  };
}

/** A new sheet's id, in Excel's GUID form and unique within the workbook. */
export function sheetId(state: Pick<FakeState, 'sheets'>): string {
  const taken = state.sheets.map((s) => Number(/-(\d{4})-/.exec(s.id)?.[1] ?? 0));
  return sheetIdOf(Math.max(0, ...taken) + 1);
}

function sheetIdOf(n: number): string {
  return `{00000000-0001-0000-${String(n).padStart(4, '0')}-000000000000}`;
}

function sheetFrom(init: SheetInit, n: number): FakeSheet {
  const sheet: FakeSheet = {
    id: sheetIdOf(n),
    name: init.name,
    visibility: init.visibility ?? 'Visible',
    protected: init.protected ?? false,
    cells: new Map(),
    generated: init.generated,
    merges: (init.merges ?? []).map(rangeOf),
    notes: new Map(Object.entries(init.notes ?? {}).map(([addr, content]) => [addr, { content, author: 'Controller' }])),
    comments: new Set(init.comments ?? []),
    columnWidths: new Map(),
  };
  for (const [addr, c] of Object.entries(init.cells ?? {})) setCell(sheet, addr, typeof c === 'object' ? { ...c } : { value: c });
  for (const [addr, f] of Object.entries(init.fills ?? {})) {
    const cell = writableCell(sheet, posOf(addr).row, posOf(addr).col);
    cell.fill = typeof f === 'string' ? { ...NO_FILL, color: f, pattern: 'Solid' } : { ...NO_FILL, pattern: 'Solid', ...f };
  }
  return sheet;
}

export function posOf(addr: string): { row: number; col: number } {
  const pos = parseA1(addr);
  if (!pos) throw new Error(`Bad address ${addr}`);
  return pos;
}

export function rangeOf(ref: string): CellRange {
  const [a, b = a] = ref.split(':');
  const s = posOf(a);
  const e = posOf(b);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

export function setCell(sheet: FakeSheet, addr: string, cell: FakeCell): void {
  const { row, col } = posOf(addr);
  sheet.cells.set(`${row},${col}`, cell);
}

export function cellAt(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  const stored = sheet.cells.get(`${row},${col}`);
  if (stored) return stored;
  const g = sheet.generated;
  if (g && row >= g.top && row < g.top + g.rows && col >= g.left && col < g.left + g.cols) return g.cell(row, col);
  return undefined;
}

/** The stored cell, created (or copied out of the generated block) for writing. */
export function writableCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  const key = `${row},${col}`;
  let cell = sheet.cells.get(key);
  if (!cell) {
    const seen = cellAt(sheet, row, col);
    cell = seen ? { ...seen } : { value: null };
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function hasContent(cell: FakeCell | undefined): boolean {
  return !!cell && ((cell.value !== null && cell.value !== '') || !!cell.formula);
}

export function valueTypeOf(cell: FakeCell | undefined): FakeValueType {
  if (!cell || cell.value === null || cell.value === '') return 'Empty';
  if (cell.type) return cell.type;
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

/** Used range of cells with a value or formula, 1-based; undefined when the sheet is blank. */
export function usedBounds(sheet: FakeSheet): { top: number; left: number; bottom: number; right: number } | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const [key, cell] of sheet.cells) {
    if (!hasContent(cell)) continue;
    const [r, c] = key.split(',').map(Number);
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  const g = sheet.generated;
  if (g) {
    top = Math.min(top, g.top);
    left = Math.min(left, g.left);
    bottom = Math.max(bottom, g.top + g.rows - 1);
    right = Math.max(right, g.left + g.cols - 1);
  }
  return bottom === 0 ? undefined : { top, left, bottom, right };
}

export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function addressOf(sheet: string, r: CellRange): string {
  const start = a1(r.top, r.left);
  const end = a1(r.bottom, r.right);
  return `${sheetPrefix(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

export { columnLetters };

/** "Save and reopen": a deep copy, sharing only the generator functions. */
export function reopened(state: FakeState): FakeState {
  return {
    ...state,
    sheets: state.sheets.map((s) => ({
      ...s,
      cells: new Map([...s.cells].map(([k, c]) => [k, structuredClone(c)])),
      merges: s.merges.map((m) => ({ ...m })),
      notes: new Map([...s.notes].map(([k, n]) => [k, { ...n }])),
      comments: new Set(s.comments),
      columnWidths: new Map(s.columnWidths),
    })),
    selection: state.selection ? { ...state.selection } : undefined,
    parts: state.parts.map((p) => ({ ...p })),
    names: state.names.map((n) => ({ ...n })),
    settings: new Map(state.settings),
  };
}
