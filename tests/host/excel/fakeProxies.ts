/**
 * The proxy objects of the fake Excel (see fakeExcel.ts). Each proxy knows how to find its target
 * in the document when the batch runs, so objects created in one batch and used in a later one
 * behave as in Office.js.
 */
import type { CellRange } from '../../../src/core/model/workbook';
import { FakeOfficeError, type FakeContext, type Operation } from './fakeExcel';
import { enterValue } from './fakeEntry';
import {
  NO_FILL,
  addressOf,
  cellAt,
  posOf,
  rangeOf,
  sheetId,
  shownFill,
  usedBounds,
  valueTypeOf,
  writableCell,
  type FakeCell,
  type FakeFill,
  type FakeNote,
  type FakeSheet,
  type FakeState,
} from './fakeState';

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function jsonBytes(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v) ?? 'null');
}

function notLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError('PropertyNotLoaded', `The property '${prop}' is not available. Load it and call context.sync() first.`);
}

function propertyList(props?: string | string[] | { select?: string }): string[] {
  if (props === undefined) return [];
  if (Array.isArray(props)) return props.flatMap((p) => p.split(','));
  if (typeof props === 'object') return (props.select ?? '').split(',');
  return props.split(',');
}

/**
 * When office.js got the members the adapter probes, from the requirement-set pages
 * (learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-10-requirement-set, -1-13-,
 * -1-16-, -1-18-) and the preview list for use1904DateSystem. The library defines its members on
 * the class prototypes, so a member it lacks is absent: `member in object` is false and reading it
 * gives undefined. Members up to 1.9 are in every library the add-in can load.
 */
const LIBRARY_SINCE = {
  comments: '1.10',
  getMergedAreasOrNullObject: '1.13',
  valuesAsJson: '1.16',
  notes: '1.18',
  use1904DateSystem: 'preview',
} as const;

/** Puts `member` on the proxy only when the loaded library defines it. */
function libraryMember(proxy: FakeProxy<unknown>, member: keyof typeof LIBRARY_SINCE, descriptor: PropertyDescriptor): void {
  if (proxy.ctx.excel.libraryDefines(LIBRARY_SINCE[member])) Object.defineProperty(proxy, member, { enumerable: true, ...descriptor });
}

abstract class FakeProxy<T> {
  private props = new Map<string, unknown>();
  private nullState?: boolean;

  constructor(
    readonly ctx: FakeContext,
    readonly label: string,
  ) {}

  /** The target in the document, null for a null object; throws like Excel when it must exist. */
  abstract resolve(): T | null;

  protected readProp(_target: T, prop: string): unknown {
    throw new Error(`fake: ${this.label}.${prop} cannot be loaded`);
  }

  protected writeProp(_target: T, prop: string, _value: unknown): void {
    throw new Error(`fake: ${this.label}.${prop} cannot be set`);
  }

  get state(): FakeState {
    return this.ctx.state;
  }

  load(props?: string | string[] | { select?: string }): this {
    const list = propertyList(props).map((p) => p.trim()).filter(Boolean);
    this.ctx.record(this.label, 'load', list.join(','));
    this.ctx.enqueue({ requestBytes: 120 + list.join(',').length, run: () => this.snapshot(list) });
    return this;
  }

  /** Reads the properties now (inside a running batch); they become visible at commit. */
  snapshot(list: string[]): ReturnType<Operation['run']> {
    const target = this.resolve();
    const staged = new Map<string, unknown>();
    let bytes = 40;
    if (target !== null) {
      for (const p of list) {
        const v = this.readProp(target, p);
        staged.set(p, v);
        bytes += p.length + jsonBytes(v);
      }
    }
    return {
      bytes,
      commit: () => {
        this.nullState = target === null;
        for (const [k, v] of staged) this.props.set(k, v);
      },
    };
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  protected loaded<V>(prop: string): V {
    if (!this.props.has(prop)) throw notLoaded(prop);
    return this.props.get(prop) as V;
  }

  protected queueSet(prop: string, value: unknown): void {
    this.ctx.record(this.label, 'set', prop);
    this.props.set(prop, value);
    this.ctx.enqueue({
      requestBytes: 120 + jsonBytes(value),
      run: () => {
        const target = this.resolve();
        if (target === null) throw new FakeOfficeError('InvalidObjectPath', `${this.label} is a null object`);
        this.writeProp(target, prop, value);
      },
    });
  }

  protected queueCall(name: string, argsBytes: number, action: (target: T) => void): void {
    this.ctx.record(this.label, 'call', name);
    this.ctx.enqueue({
      requestBytes: 120 + argsBytes,
      run: () => {
        const target = this.resolve();
        if (target === null) throw new FakeOfficeError('InvalidObjectPath', `${this.label} is a null object`);
        action(target);
      },
    });
  }

  /** A method that only makes a new proxy (getItem, getRange …): recorded, nothing queued. */
  protected navigate(name: string): void {
    this.ctx.record(this.label, 'call', name);
  }
}

/** A collection: `load('items/a,items/b')` loads every item's properties in the same round trip. */
abstract class FakeCollection<P extends FakeProxy<X>, X> extends FakeProxy<X[]> {
  private loadedItems?: P[];

  protected abstract itemProxy(target: X): P;

  override load(props?: string | string[] | { select?: string }): this {
    const list = propertyList(props).map((p) => p.trim()).filter(Boolean);
    this.ctx.record(this.label, 'load', list.join(','));
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
    this.ctx.enqueue({
      requestBytes: 120 + list.join(',').length,
      run: () => {
        const targets = this.resolve() ?? [];
        const items = targets.map((t) => this.itemProxy(t));
        const results = items.map((item) => item.snapshot(itemProps));
        return {
          bytes: results.reduce((n, r) => n + (r ? r.bytes : 0), 40),
          commit: () => {
            results.forEach((r) => r?.commit?.());
            this.loadedItems = items;
          },
        };
      },
    });
    return this;
  }

  get items(): P[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }
}

class FakeClientResult<V> {
  private done = false;
  private result?: V;

  settle(v: V): void {
    this.result = v;
    this.done = true;
  }

  get value(): V {
    if (!this.done) throw new FakeOfficeError('ValueNotLoaded', 'ClientResult.value before context.sync()');
    return this.result as V;
  }
}

// ---------------------------------------------------------------- workbook

export class FakeWorkbook extends FakeProxy<FakeState> {
  constructor(ctx: FakeContext) {
    super(ctx, 'workbook');
    libraryMember(this, 'use1904DateSystem', { get: () => this.loaded('use1904DateSystem') });
    libraryMember(this, 'comments', { value: new FakeCommentCollection(ctx) });
  }

  resolve(): FakeState {
    return this.state;
  }

  protected override readProp(target: FakeState, prop: string): unknown {
    if (prop === 'name') {
      this.ctx.excel.requireApi('1.7', 'Workbook.name');
      return target.name;
    }
    if (prop === 'use1904DateSystem' && 'use1904DateSystem' in this) {
      this.ctx.excel.requireApi('1.9', 'Workbook.use1904DateSystem');
      return target.date1904;
    }
    return super.readProp(target, prop);
  }

  get name(): string {
    return this.loaded('name');
  }

  /** The selected cell: the top-left one of the selection, on the active sheet (A1 when nothing was selected). */
  getActiveCell(): FakeRange {
    this.navigate('getActiveCell');
    this.ctx.excel.requireApi('1.7', 'Workbook.getActiveCell');
    return new FakeRange(this.ctx, 'activeCell', () => {
      const sel = this.state.selection;
      const sheet = findSheet(this.state, sel?.sheet ?? this.state.activeSheet);
      if (!sheet) return null;
      const r = sel ? parseAddress(sel.address) : { top: 1, left: 1, bottom: 1, right: 1 };
      return { sheet, r: { top: r.top, left: r.left, bottom: r.top, right: r.left } };
    });
  }

  readonly worksheets = new FakeWorksheetCollection(this.ctx);
  readonly protection = new FakeWorkbookProtection(this.ctx);
  readonly customXmlParts = new FakeCustomXmlParts(this.ctx);
  readonly application = new FakeApplication(this.ctx);
  declare readonly comments?: FakeCommentCollection;
  readonly names = new FakeNamedItems(this.ctx);
  readonly settings = new FakeSettings(this.ctx);
}

class FakeSettings extends FakeProxy<FakeState> {
  constructor(ctx: FakeContext) {
    super(ctx, 'workbook.settings');
  }

  resolve(): FakeState {
    this.ctx.excel.requireApi('1.4', 'Workbook.settings');
    return this.state;
  }

  getItemOrNullObject(key: string): FakeSetting {
    this.navigate('getItemOrNullObject');
    return new FakeSetting(this.ctx, `${this.label}[${key}]`, key);
  }

  add(key: string, value: unknown): void {
    this.queueCall('add', key.length + jsonBytes(value), (state) => {
      const others = [...state.settings].filter(([k]) => k !== key);
      const size = [...others, [key, value]].reduce((n, [k, v]) => n + String(k).length + JSON.stringify(v).length, 0);
      if (size > this.ctx.excel.settingsLimit) throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      state.settings.set(key, structuredClone(value));
    });
  }
}

class FakeSetting extends FakeProxy<{ key: string; value: unknown }> {
  constructor(
    ctx: FakeContext,
    label: string,
    private readonly key: string,
  ) {
    super(ctx, label);
  }

  resolve(): { key: string; value: unknown } | null {
    this.ctx.excel.requireApi('1.4', 'Workbook.settings');
    return this.state.settings.has(this.key) ? { key: this.key, value: this.state.settings.get(this.key) } : null;
  }

  protected override readProp(t: { key: string; value: unknown }, prop: string): unknown {
    if (prop === 'value') return structuredClone(t.value);
    if (prop === 'key') return t.key;
    return super.readProp(t, prop);
  }

  get value(): unknown {
    return this.loaded('value');
  }

  delete(): void {
    this.queueCall('delete', 0, () => void this.state.settings.delete(this.key));
  }
}

class FakeWorkbookProtection extends FakeProxy<FakeState> {
  constructor(ctx: FakeContext) {
    super(ctx, 'workbook.protection');
  }

  resolve(): FakeState {
    return this.state;
  }

  protected override readProp(target: FakeState, prop: string): unknown {
    this.ctx.excel.requireApi('1.7', 'WorkbookProtection');
    if (prop === 'protected') return target.structureProtected;
    return super.readProp(target, prop);
  }

  get protected(): boolean {
    return this.loaded('protected');
  }
}

class FakeApplication extends FakeProxy<FakeState> {
  constructor(ctx: FakeContext) {
    super(ctx, 'application');
  }

  resolve(): FakeState {
    return this.state;
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.queueCall('suspendScreenUpdatingUntilNextSync', 0, () => this.ctx.excel.requireApi('1.9', 'suspendScreenUpdatingUntilNextSync'));
  }
}

class FakeNamedItems extends FakeCollection<FakeNamedItem, FakeState['names'][number]> {
  constructor(ctx: FakeContext) {
    super(ctx, 'workbook.names');
  }

  resolve(): FakeState['names'] {
    return this.state.names;
  }

  protected itemProxy(target: FakeState['names'][number]): FakeNamedItem {
    return new FakeNamedItem(this.ctx, target);
  }
}

class FakeNamedItem extends FakeProxy<FakeState['names'][number]> {
  constructor(
    ctx: FakeContext,
    private readonly item: FakeState['names'][number],
  ) {
    super(ctx, `name(${item.name})`);
  }

  resolve(): FakeState['names'][number] {
    return this.item;
  }

  protected override readProp(target: FakeState['names'][number], prop: string): unknown {
    if (prop === 'name') return target.name;
    if (prop === 'formula') return target.formula;
    return super.readProp(target, prop);
  }

  get name(): string {
    return this.loaded('name');
  }

  get formula(): string {
    return this.loaded('formula');
  }
}

// ---------------------------------------------------------------- worksheets

/** WorksheetCollection.getItem(key) takes a sheet's name or its id. */
function findSheet(state: FakeState, key: string): FakeSheet | undefined {
  return state.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
}

function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', `${what} does not exist`);
}

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet, FakeSheet> {
  constructor(ctx: FakeContext) {
    super(ctx, 'worksheets');
  }

  resolve(): FakeSheet[] {
    return this.state.sheets;
  }

  protected itemProxy(target: FakeSheet): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `worksheet(${target.name})`, () => {
      if (!this.state.sheets.includes(target)) throw itemNotFound(`Worksheet ${target.name}`);
      return target;
    });
  }

  getItem(name: string): FakeWorksheet {
    this.navigate('getItem');
    return new FakeWorksheet(this.ctx, `worksheet(${name})`, () => {
      const s = findSheet(this.state, name);
      if (!s) throw itemNotFound(`Worksheet ${name}`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.navigate('getItemOrNullObject');
    return new FakeWorksheet(this.ctx, `worksheet?(${name})`, () => findSheet(this.state, name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    this.navigate('getActiveWorksheet');
    return new FakeWorksheet(this.ctx, 'activeWorksheet', () => findSheet(this.state, this.state.activeSheet) ?? null);
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.queueCall('add', name.length, (sheets) => {
      if (this.state.structureProtected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected');
      if (findSheet(this.state, name)) throw new FakeOfficeError('ItemAlreadyExists', `Worksheet ${name} exists`);
      created = {
        id: sheetId(this.state),
        name,
        visibility: 'Visible',
        protected: false,
        cells: new Map(),
        merges: [],
        notes: new Map(),
        comments: new Set(),
        columnWidths: new Map(),
      };
      sheets.push(created);
    });
    return new FakeWorksheet(this.ctx, `worksheet+(${name})`, () => {
      if (!created || !this.state.sheets.includes(created)) throw itemNotFound(`Worksheet ${name}`);
      return created;
    });
  }
}

export class FakeWorksheet extends FakeProxy<FakeSheet> {
  constructor(
    ctx: FakeContext,
    label: string,
    private readonly find: () => FakeSheet | null,
  ) {
    super(ctx, label);
    libraryMember(this, 'notes', { value: new FakeNoteCollection(ctx, `${label}.notes`, () => this.sheet()) });
  }

  resolve(): FakeSheet | null {
    return this.find();
  }

  private sheet(): FakeSheet {
    const s = this.find();
    if (!s) throw new FakeOfficeError('InvalidObjectPath', `${this.label} is a null object`);
    return s;
  }

  protected override readProp(target: FakeSheet, prop: string): unknown {
    if (prop === 'name') return target.name;
    if (prop === 'id') return target.id;
    if (prop === 'visibility') return target.visibility;
    return super.readProp(target, prop);
  }

  protected override writeProp(target: FakeSheet, prop: string, value: unknown): void {
    if (prop !== 'name') return super.writeProp(target, prop, value);
    const name = String(value);
    const other = findSheet(this.state, name);
    if (other && other !== target) throw new FakeOfficeError('ItemAlreadyExists', `Worksheet ${name} exists`);
    if (this.state.activeSheet === target.name) this.state.activeSheet = name;
    target.name = name;
  }

  get name(): string {
    return this.loaded('name');
  }

  set name(value: string) {
    this.queueSet('name', value);
  }

  get visibility(): string {
    return this.loaded('visibility');
  }

  get id(): string {
    return this.loaded('id');
  }

  readonly protection = new FakeWorksheetProtection(this.ctx, `${this.label}.protection`, () => this.sheet());
  declare readonly notes?: FakeNoteCollection;

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.navigate('getUsedRangeOrNullObject');
    if (!valuesOnly) throw new Error('fake: only getUsedRangeOrNullObject(true) is modelled');
    return new FakeRange(this.ctx, `${this.label}.usedRange`, () => {
      const sheet = this.sheet();
      const b = usedBounds(sheet);
      return b ? { sheet, r: b } : null;
    });
  }

  getRange(address?: string): FakeRange {
    this.navigate('getRange');
    return new FakeRange(this.ctx, `${this.label}.range(${address ?? ''})`, () => ({ sheet: this.sheet(), r: address ? parseAddress(address) : { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } }));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.navigate('getRangeByIndexes');
    return new FakeRange(this.ctx, `${this.label}.rangeByIndexes`, () => ({ sheet: this.sheet(), r: { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols } }));
  }

  activate(): void {
    this.queueCall('activate', 0, (sheet) => {
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'Cannot activate a hidden sheet');
      this.state.activeSheet = sheet.name;
    });
  }

  delete(): void {
    this.queueCall('delete', 0, (sheet) => {
      if (this.state.structureProtected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected');
      const visible = this.state.sheets.filter((s) => s.visibility === 'Visible');
      if (visible.length === 1 && visible[0] === sheet) throw new FakeOfficeError('InvalidOperation', 'A workbook must keep a visible sheet');
      this.state.sheets.splice(this.state.sheets.indexOf(sheet), 1);
      if (this.state.activeSheet === sheet.name) this.state.activeSheet = this.state.sheets.find((s) => s.visibility === 'Visible')?.name ?? '';
    });
  }
}

class FakeWorksheetProtection extends FakeProxy<FakeSheet> {
  constructor(
    ctx: FakeContext,
    label: string,
    private readonly find: () => FakeSheet,
  ) {
    super(ctx, label);
  }

  resolve(): FakeSheet {
    return this.find();
  }

  protected override readProp(target: FakeSheet, prop: string): unknown {
    if (prop === 'protected') return target.protected;
    return super.readProp(target, prop);
  }

  get protected(): boolean {
    return this.loaded('protected');
  }
}

function parseAddress(address: string): CellRange {
  const col = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(address);
  if (col) {
    const left = posOf(`${col[1]}1`).col;
    const right = posOf(`${col[2]}1`).col;
    return { top: 1, left, bottom: MAX_ROWS, right };
  }
  return rangeOf(address.replace(/\$/g, ''));
}

// ---------------------------------------------------------------- ranges

interface RangeTarget {
  sheet: FakeSheet;
  r: CellRange;
}

function assertWritable(ctx: FakeContext, sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError(ctx.excel.protectionError, `The sheet ${sheet.name} is protected`);
}

function grid<V>(t: RangeTarget, f: (cell: FakeCell | undefined, row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.r.top; r <= t.r.bottom; r++) {
    const row: V[] = [];
    for (let c = t.r.left; c <= t.r.right; c++) row.push(f(cellAt(t.sheet, r, c), r, c));
    out.push(row);
  }
  return out;
}

function valueAsJson(cell: FakeCell | undefined): unknown {
  const type = valueTypeOf(cell);
  if (type === 'Error') return { type: 'Error', basicType: 'Error', basicValue: cell?.englishError ?? cell?.value, errorType: cell?.errorType };
  if (type === 'Empty') return { type: 'Empty', basicType: 'Empty', basicValue: '' };
  return { type, basicType: type, basicValue: cell?.value };
}

const CELL_PROPERTIES = new Set(['values', 'valueTypes', 'formulas', 'formulasR1C1', 'numberFormat', 'valuesAsJson']);

export class FakeRange extends FakeProxy<RangeTarget> {
  constructor(
    ctx: FakeContext,
    label: string,
    private readonly find: () => RangeTarget | null,
  ) {
    super(ctx, label);
    libraryMember(this, 'valuesAsJson', { get: () => this.loaded('valuesAsJson') });
    libraryMember(this, 'getMergedAreasOrNullObject', { value: () => this.mergedAreas() });
  }

  resolve(): RangeTarget | null {
    return this.find();
  }

  private target(): RangeTarget {
    const t = this.find();
    if (!t) throw new FakeOfficeError('InvalidObjectPath', `${this.label} is a null object`);
    return t;
  }

  protected override readProp(t: RangeTarget, prop: string): unknown {
    if (CELL_PROPERTIES.has(prop) && (t.r.bottom - t.r.top + 1) * (t.r.right - t.r.left + 1) > 5_000_000) {
      throw new FakeOfficeError('RangeExceedsLimit', 'Excel reads at most five million cells at a time');
    }
    switch (prop) {
      case 'values':
        return grid(t, (c) => (c?.value === null || c?.value === undefined ? '' : c.value));
      case 'valueTypes':
        return grid(t, (c) => valueTypeOf(c));
      case 'formulas':
        return grid(t, (c) => c?.formula ?? (c?.value === null || c?.value === undefined ? '' : c.value));
      case 'formulasR1C1':
        return grid(t, (c) => c?.formulaR1C1 ?? c?.formula ?? (c?.value === null || c?.value === undefined ? '' : c.value));
      case 'numberFormat':
        return grid(t, (c) => c?.numberFormat ?? 'General');
      case 'valuesAsJson':
        this.ctx.excel.requireApi('1.16', 'Range.valuesAsJson');
        return grid(t, (c) => valueAsJson(c));
      case 'rowIndex':
        return t.r.top - 1;
      case 'columnIndex':
        return t.r.left - 1;
      case 'rowCount':
        return t.r.bottom - t.r.top + 1;
      case 'columnCount':
        return t.r.right - t.r.left + 1;
      case 'address':
        return addressOf(t.sheet.name, t.r);
      default:
        return super.readProp(t, prop);
    }
  }

  protected override writeProp(t: RangeTarget, prop: string, value: unknown): void {
    assertWritable(this.ctx, t.sheet);
    if (prop === 'hyperlink') {
      writableCell(t.sheet, t.r.top, t.r.left).hyperlink = { ...(value as object) };
      return;
    }
    const rows = value as unknown[][];
    if (rows.length !== t.r.bottom - t.r.top + 1 || rows.some((row) => row.length !== t.r.right - t.r.left + 1)) {
      throw new FakeOfficeError('InvalidArgument', `${prop} does not match the size of the range`);
    }
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = writableCell(t.sheet, t.r.top + i, t.r.left + j);
        if (prop === 'numberFormat') cell.numberFormat = String(v);
        else if (prop === 'values' || prop === 'formulas') {
          // Excel refuses to change one cell of a legacy array formula ("You can't change part of
          // an array"): InvalidOperation on a sheet that is not protected at all.
          if (cell.arrayMember) throw new FakeOfficeError('InvalidOperation', "You can't change part of an array");
          enterValue(cell, v);
        }
        else throw new Error(`fake: Range.${prop} cannot be set`);
      }),
    );
  }

  get values(): unknown[][] {
    return this.loaded('values');
  }
  set values(v: unknown[][]) {
    this.queueSet('values', v);
  }
  get valueTypes(): string[][] {
    return this.loaded('valueTypes');
  }
  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }
  set formulas(v: unknown[][]) {
    this.queueSet('formulas', v);
  }
  get formulasR1C1(): unknown[][] {
    return this.loaded('formulasR1C1');
  }
  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.queueSet('numberFormat', v);
  }
  declare readonly valuesAsJson?: unknown[][];
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get address(): string {
    return this.loaded('address');
  }
  set hyperlink(v: unknown) {
    this.queueSet('hyperlink', v);
  }

  readonly format = new FakeRangeFormat(this.ctx, `${this.label}.format`, () => this.target());

  declare readonly getMergedAreasOrNullObject?: () => FakeRangeAreas;

  private mergedAreas(): FakeRangeAreas {
    this.navigate('getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.ctx, `${this.label}.mergedAreas`, () => {
      this.ctx.excel.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
      const t = this.target();
      const inside = t.sheet.merges.filter((m) => m.top <= t.r.bottom && m.bottom >= t.r.top && m.left <= t.r.right && m.right >= t.r.left);
      if (inside.length > 512) throw new FakeOfficeError('GeneralException', 'More than 512 merged areas');
      return inside.length === 0 ? null : { sheet: t.sheet, areas: inside };
    });
  }

  /**
   * One object per cell with the requested members only. A cell without fill comes back white
   * with pattern "None", one by one, where RangeFill would answer for the whole range.
   */
  getCellProperties(options: { format?: { fill?: Partial<Record<keyof FakeFill, boolean>> } }): FakeClientResult<unknown[][]> {
    this.ctx.record(this.label, 'call', 'getCellProperties');
    const result = new FakeClientResult<unknown[][]>();
    const wanted = Object.entries(options.format?.fill ?? {}).filter(([, on]) => on).map(([k]) => k as keyof FakeFill);
    this.ctx.enqueue({
      requestBytes: 120 + jsonBytes(options),
      run: () => {
        this.ctx.excel.requireApi('1.9', 'Range.getCellProperties');
        const cells = grid(this.target(), (c) => {
          const shown = c?.fill ? shownFill(c.fill) : NO_FILL;
          return { format: { fill: Object.fromEntries(wanted.map((k) => [k, shown[k]])) } };
        });
        return { bytes: jsonBytes(cells), commit: () => result.settle(cells) };
      },
    });
    return result;
  }

  getEntireColumn(): FakeRange {
    this.navigate('getEntireColumn');
    return new FakeRange(this.ctx, `${this.label}.entireColumn`, () => {
      const t = this.target();
      return { sheet: t.sheet, r: { top: 1, left: t.r.left, bottom: MAX_ROWS, right: t.r.right } };
    });
  }

  select(): void {
    this.queueCall('select', 0, (t) => {
      if (t.sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'Cannot select on a hidden sheet');
      this.state.activeSheet = t.sheet.name;
      this.state.selection = { sheet: t.sheet.name, address: addressOf(t.sheet.name, t.r).split('!')[1] };
    });
  }
}

class FakeRangeAreas extends FakeProxy<{ sheet: FakeSheet; areas: CellRange[] }> {
  constructor(
    ctx: FakeContext,
    label: string,
    private readonly find: () => { sheet: FakeSheet; areas: CellRange[] } | null,
  ) {
    super(ctx, label);
  }

  resolve(): { sheet: FakeSheet; areas: CellRange[] } | null {
    return this.find();
  }

  protected override readProp(t: { sheet: FakeSheet; areas: CellRange[] }, prop: string): unknown {
    if (prop === 'address') return t.areas.map((a) => addressOf(t.sheet.name, a)).join(', ');
    if (prop === 'areaCount') return t.areas.length;
    return super.readProp(t, prop);
  }

  get address(): string {
    return this.loaded('address');
  }
}

class FakeRangeFormat extends FakeProxy<RangeTarget> {
  constructor(
    ctx: FakeContext,
    label: string,
    private readonly find: () => RangeTarget,
  ) {
    super(ctx, label);
  }

  resolve(): RangeTarget {
    return this.find();
  }

  protected override writeProp(t: RangeTarget, prop: string, value: unknown): void {
    if (prop !== 'columnWidth') return super.writeProp(t, prop, value);
    assertWritable(this.ctx, t.sheet);
    for (let c = t.r.left; c <= t.r.right; c++) t.sheet.columnWidths.set(c, Number(value));
  }

  set columnWidth(v: number) {
    this.queueSet('columnWidth', v);
  }

  readonly fill = new FakeRangeFill(this.ctx, `${this.label}.fill`, () => this.find());
  readonly font = new FakeRangeFont(this.ctx, `${this.label}.font`, () => this.find());
}

const FILL_SINCE: Record<string, string> = { color: '1.1', pattern: '1.9', patternColor: '1.9', tintAndShade: '1.9', patternTintAndShade: '1.9' };

class FakeRangeFill extends FakeProxy<RangeTarget> {
  constructor(
    ctx: FakeContext,
    label: string,
    private readonly find: () => RangeTarget,
  ) {
    super(ctx, label);
  }

  resolve(): RangeTarget {
    return this.find();
  }

  protected override readProp(t: RangeTarget, prop: string): unknown {
    const since = FILL_SINCE[prop];
    if (!since) return super.readProp(t, prop);
    this.ctx.excel.requireApi(since, `RangeFill.${prop}`);
    const values = grid(t, (c) => shownFill(c?.fill)[prop as keyof FakeFill]).flat();
    return values.every((v) => v === values[0]) ? values[0] : null;
  }

  protected override writeProp(t: RangeTarget, prop: string, value: unknown): void {
    const since = FILL_SINCE[prop];
    if (!since) return super.writeProp(t, prop, value);
    this.ctx.excel.requireApi(since, `RangeFill.${prop}`);
    assertWritable(this.ctx, t.sheet);
    if (prop === 'pattern' && (value === 'LinearGradient' || value === 'RectangularGradient')) throw new FakeOfficeError('UnsupportedFillType');
    this.eachCell(t, (cell) => {
      const fill: FakeFill = { ...(cell.fill ?? NO_FILL) };
      if (prop === 'color') {
        fill.color = String(value).toUpperCase();
        if (fill.pattern === 'None') fill.pattern = 'Solid';
      } else if (prop === 'pattern') fill.pattern = String(value);
      else if (prop === 'patternColor') fill.patternColor = String(value).toUpperCase();
      else if (prop === 'tintAndShade') fill.tintAndShade = Number(value);
      else fill.patternTintAndShade = Number(value);
      cell.fill = fill.pattern === 'None' ? undefined : fill;
    });
  }

  private eachCell(t: RangeTarget, f: (cell: FakeCell) => void): void {
    for (let r = t.r.top; r <= t.r.bottom; r++) for (let c = t.r.left; c <= t.r.right; c++) f(writableCell(t.sheet, r, c));
  }

  get color(): string {
    return this.loaded('color');
  }
  set color(v: string) {
    this.queueSet('color', v);
  }
  get pattern(): string {
    return this.loaded('pattern');
  }
  set pattern(v: string) {
    this.queueSet('pattern', v);
  }
  get patternColor(): string {
    return this.loaded('patternColor');
  }
  set patternColor(v: string) {
    this.queueSet('patternColor', v);
  }
  get tintAndShade(): number {
    return this.loaded('tintAndShade');
  }
  set tintAndShade(v: number) {
    this.queueSet('tintAndShade', v);
  }
  get patternTintAndShade(): number {
    return this.loaded('patternTintAndShade');
  }
  set patternTintAndShade(v: number) {
    this.queueSet('patternTintAndShade', v);
  }

  clear(): void {
    this.queueCall('clear', 0, (t) => {
      assertWritable(this.ctx, t.sheet);
      this.eachCell(t, (cell) => delete cell.fill);
    });
  }
}

class FakeRangeFont extends FakeProxy<RangeTarget> {
  constructor(
    ctx: FakeContext,
    label: string,
    private readonly find: () => RangeTarget,
  ) {
    super(ctx, label);
  }

  resolve(): RangeTarget {
    return this.find();
  }

  protected override readProp(t: RangeTarget, prop: string): unknown {
    if (prop === 'bold') return cellAt(t.sheet, t.r.top, t.r.left)?.bold ?? false;
    if (prop === 'color') return cellAt(t.sheet, t.r.top, t.r.left)?.fontColor ?? '#000000';
    return super.readProp(t, prop);
  }

  protected override writeProp(t: RangeTarget, prop: string, value: unknown): void {
    if (prop !== 'bold' && prop !== 'color') return super.writeProp(t, prop, value);
    assertWritable(this.ctx, t.sheet);
    for (let r = t.r.top; r <= t.r.bottom; r++) {
      for (let c = t.r.left; c <= t.r.right; c++) {
        const cell = writableCell(t.sheet, r, c);
        if (prop === 'bold') cell.bold = Boolean(value);
        else cell.fontColor = String(value).toUpperCase();
      }
    }
  }

  get color(): string {
    return this.loaded('color');
  }
  set color(v: string) {
    this.queueSet('color', v);
  }

  get bold(): boolean {
    return this.loaded('bold');
  }
  set bold(v: boolean) {
    this.queueSet('bold', v);
  }
}

// ---------------------------------------------------------------- notes and comments

class FakeNoteCollection extends FakeProxy<FakeSheet> {
  constructor(
    ctx: FakeContext,
    label: string,
    private readonly find: () => FakeSheet,
  ) {
    super(ctx, label);
  }

  resolve(): FakeSheet {
    this.ctx.excel.requireApi('1.18', 'NoteCollection');
    return this.find();
  }

  add(cellAddress: string, content: string): FakeNote {
    const key = cellAddress.replace(/\$/g, '').toUpperCase();
    this.queueCall('add', content.length + key.length, (sheet) => {
      assertWritable(this.ctx, sheet);
      if (sheet.comments.has(key)) throw new FakeOfficeError('InvalidOperation', 'The cell has a threaded comment');
      if (sheet.notes.has(key)) throw new FakeOfficeError('InvalidArgument', 'The cell already has a note');
      sheet.notes.set(key, { content, author: 'Periodkoll' });
    });
    return { content, author: 'Periodkoll' };
  }

  getItemOrNullObject(key: string): FakeNoteProxy {
    this.navigate('getItemOrNullObject');
    const addr = key.replace(/\$/g, '').toUpperCase();
    return new FakeNoteProxy(this.ctx, `${this.label}?(${addr})`, () => {
      const sheet = this.resolve();
      return sheet.notes.has(addr) ? { sheet, addr } : null;
    });
  }

  getItem(key: string): FakeNoteProxy {
    this.navigate('getItem');
    const addr = key.replace(/\$/g, '').toUpperCase();
    return new FakeNoteProxy(this.ctx, `${this.label}(${addr})`, () => {
      const sheet = this.resolve();
      if (!sheet.notes.has(addr)) throw itemNotFound(`Note ${addr}`);
      return { sheet, addr };
    });
  }
}

class FakeNoteProxy extends FakeProxy<{ sheet: FakeSheet; addr: string }> {
  constructor(
    ctx: FakeContext,
    label: string,
    private readonly find: () => { sheet: FakeSheet; addr: string } | null,
  ) {
    super(ctx, label);
  }

  resolve(): { sheet: FakeSheet; addr: string } | null {
    return this.find();
  }

  protected override readProp(t: { sheet: FakeSheet; addr: string }, prop: string): unknown {
    if (prop === 'content') return t.sheet.notes.get(t.addr)!.content;
    if (prop === 'authorName') return t.sheet.notes.get(t.addr)!.author;
    return super.readProp(t, prop);
  }

  protected override writeProp(t: { sheet: FakeSheet; addr: string }, prop: string, value: unknown): void {
    if (prop !== 'content') return super.writeProp(t, prop, value);
    assertWritable(this.ctx, t.sheet);
    t.sheet.notes.get(t.addr)!.content = String(value);
  }

  get content(): string {
    return this.loaded('content');
  }
  set content(v: string) {
    this.queueSet('content', v);
  }

  delete(): void {
    this.queueCall('delete', 0, (t) => {
      assertWritable(this.ctx, t.sheet);
      t.sheet.notes.delete(t.addr);
    });
  }
}

interface CommentTarget {
  sheet: FakeSheet;
  addr: string;
}

class FakeCommentCollection extends FakeCollection<FakeComment, CommentTarget> {
  constructor(ctx: FakeContext) {
    super(ctx, 'workbook.comments');
  }

  resolve(): CommentTarget[] {
    this.ctx.excel.requireApi('1.10', 'CommentCollection');
    return this.state.sheets.flatMap((sheet) => [...sheet.comments].map((addr) => ({ sheet, addr })));
  }

  protected itemProxy(target: CommentTarget): FakeComment {
    return new FakeComment(this.ctx, target);
  }
}

class FakeComment extends FakeProxy<CommentTarget> {
  constructor(
    ctx: FakeContext,
    private readonly target: CommentTarget,
  ) {
    super(ctx, `comment(${target.sheet.name}!${target.addr})`);
  }

  resolve(): CommentTarget {
    return this.target;
  }

  protected override readProp(t: CommentTarget, prop: string): unknown {
    if (prop === 'id') return `${t.sheet.name}!${t.addr}`;
    return super.readProp(t, prop);
  }

  get id(): string {
    return this.loaded('id');
  }

  getLocation(): FakeRange {
    this.navigate('getLocation');
    const pos = posOf(this.target.addr);
    return new FakeRange(this.ctx, `${this.label}.location`, () => ({ sheet: this.target.sheet, r: { top: pos.row, left: pos.col, bottom: pos.row, right: pos.col } }));
  }
}

// ---------------------------------------------------------------- custom XML parts

function rootNamespace(xml: string): string | undefined {
  const root = /<[A-Za-z_][\w.:-]*\b([^>]*)>/.exec(xml.replace(/<\?[\s\S]*?\?>/g, ''));
  return root ? /xmlns="([^"]*)"/.exec(root[1])?.[1] : undefined;
}

type PartTarget = FakeState['parts'][number];

function assertPartFits(ctx: FakeContext, xml: string): void {
  const limit = ctx.excel.customXmlLimit;
  if (limit !== undefined && Buffer.byteLength(xml) > limit) throw new FakeOfficeError('GeneralException', 'The custom XML part is too large');
}

class FakeCustomXmlParts extends FakeCollection<FakeCustomXmlPart, PartTarget> {
  constructor(ctx: FakeContext) {
    super(ctx, 'customXmlParts');
  }

  resolve(): PartTarget[] {
    this.ctx.excel.requireApi('1.5', 'CustomXmlPartCollection');
    return this.state.parts;
  }

  protected itemProxy(target: PartTarget): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.ctx, target);
  }

  add(xml: string): void {
    this.queueCall('add', xml.length, (parts) => {
      if (!rootNamespace(xml) && !/^\s*</.test(xml)) throw new FakeOfficeError('InvalidArgument', 'Not XML');
      assertPartFits(this.ctx, xml);
      parts.push({ id: `{PART-${this.state.nextPartId++}}`, xml });
    });
  }

  getByNamespace(ns: string): FakeScopedParts {
    this.navigate('getByNamespace');
    return new FakeScopedParts(this.ctx, ns);
  }
}

class FakeScopedParts extends FakeCollection<FakeCustomXmlPart, PartTarget> {
  constructor(
    ctx: FakeContext,
    private readonly ns: string,
  ) {
    super(ctx, `customXmlParts(${ns})`);
  }

  resolve(): PartTarget[] {
    this.ctx.excel.requireApi('1.5', 'CustomXmlPartScopedCollection');
    return this.state.parts.filter((p) => rootNamespace(p.xml) === this.ns);
  }

  protected itemProxy(target: PartTarget): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.ctx, target);
  }
}

class FakeCustomXmlPart extends FakeProxy<PartTarget> {
  constructor(
    ctx: FakeContext,
    private readonly part: PartTarget,
  ) {
    super(ctx, `customXmlPart(${part.id})`);
  }

  resolve(): PartTarget {
    if (!this.state.parts.includes(this.part)) throw itemNotFound(`Custom XML part ${this.part.id}`);
    return this.part;
  }

  protected override readProp(t: PartTarget, prop: string): unknown {
    if (prop === 'id') return t.id;
    if (prop === 'namespaceUri') return rootNamespace(t.xml) ?? '';
    return super.readProp(t, prop);
  }

  get id(): string {
    return this.loaded('id');
  }

  getXml(): FakeClientResult<string> {
    this.ctx.record(this.label, 'call', 'getXml');
    const result = new FakeClientResult<string>();
    this.ctx.enqueue({
      requestBytes: 120,
      run: () => {
        const xml = this.resolve().xml;
        return { bytes: jsonBytes(xml), commit: () => result.settle(xml) };
      },
    });
    return result;
  }

  setXml(xml: string): void {
    this.queueCall('setXml', xml.length, (part) => {
      assertPartFits(this.ctx, xml);
      part.xml = xml;
    });
  }

  delete(): void {
    this.queueCall('delete', 0, (part) => {
      this.state.parts.splice(this.state.parts.indexOf(part), 1);
    });
  }
}
