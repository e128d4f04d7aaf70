/**
 * Finds or creates one cell in worksheet XML text and changes it in place: its style index or
 * its content. Rows and cells are created in row and column order where missing; every other
 * character of the sheet (conditional formats, data validations, extLst, other cells) is kept.
 */
import { parseA1 } from '../../../core/model/address';
import { detachSharedFormula } from './sharedFormulas';
import { textXml } from './textXml';
import { children, closingTag, encodeXml, findTag, getAttr, localName, prefixOf, removeAttr, setAttr, type Tag } from './xmlTags';

/** A cell element's place in the text: its start tag and its whole element. */
export interface CellPlace {
  tag: Tag;
  /** Offset after the element (after "</c>" or "/>"). */
  end: number;
}

/** The cell's element, or undefined when the sheet has none for it. */
export function findCell(xml: string, ref: string): CellPlace | undefined {
  const spot = locate(xml, ref);
  return spot.kind === 'cell' ? spot.place : undefined;
}

/** The text with the cell present (created empty where missing) and where it is. */
export function ensureCell(xml: string, ref: string): { xml: string; place: CellPlace } {
  const spot = locate(xml, ref);
  if (spot.kind === 'cell') return { xml, place: spot.place };
  const { at, text, replaceTo } = spot;
  const next = xml.slice(0, at) + text + xml.slice(replaceTo ?? at);
  const place = findCell(next, ref);
  if (!place) throw new Error(`Cell ${ref} not created`);
  return { xml: next, place };
}

/** The style index the cell shows: its own, else its row's (custom format), else its column's, else 0. */
export function cellStyleIndex(xml: string, ref: string): number {
  const { row, col } = parseA1(ref)!;
  const place = findCell(xml, ref);
  if (place) return Number(getAttr(xml.slice(place.tag.start, place.tag.end), 's') ?? 0);
  const rowTag = rowsOf(xml).find((r) => r.r === row)?.tag;
  if (rowTag) {
    const text = xml.slice(rowTag.start, rowTag.end);
    if (isTrue(getAttr(text, 'customFormat'))) return Number(getAttr(text, 's') ?? 0);
  }
  const cols = findTag(xml, 'cols');
  if (cols) {
    for (const { tag } of children(xml, cols)) {
      const text = xml.slice(tag.start, tag.end);
      if (Number(getAttr(text, 'min')) <= col && col <= Number(getAttr(text, 'max'))) return Number(getAttr(text, 'style') ?? 0);
    }
  }
  return 0;
}

/** Sets the cell's style index ("s"); 0 removes the attribute, as Excel writes the default. */
export function setCellStyle(xml: string, ref: string, style: number): string {
  const { xml: withCell, place } = ensureCell(xml, ref);
  const tag = withCell.slice(place.tag.start, place.tag.end);
  const changed = style === 0 ? removeAttr(tag, 's') : setAttr(tag, 's', String(style));
  return withCell.slice(0, place.tag.start) + changed + withCell.slice(place.tag.end);
}

export type CellContent =
  | { value: number | string | boolean | null }
  | { error: string }
  | { formula: string; result?: number | string | boolean | { error: string } };

/**
 * Replaces the cell's value or formula (a formula with its computed result, so the file shows it
 * before recalculation). The master cell of a shared formula first gives the other cells of its
 * block their own formula (sharedFormulas.ts); an array formula's cell is refused, as Excel
 * refuses to change part of an array.
 */
export function setCellContent(xml: string, ref: string, content: CellContent): string {
  const { xml: withCell, place } = ensureCell(detachSharedFormula(xml, ref), ref);
  const prefix = prefixOf(place.tag.name);
  const inner = place.tag.kind === 'empty' ? '' : withCell.slice(place.tag.end, place.end);
  const f = findTag(inner, 'f');
  if (f && getAttr(inner.slice(f.start, f.end), 't') === 'array') throw new Error(`${ref} holds an array formula`);
  let open = removeAttr(withCell.slice(place.tag.start, place.tag.end), 't');
  if (open.endsWith('/>')) open = open.slice(0, -2) + '>';
  const { type, body } = contentXml(content, prefix);
  if (type) open = setAttr(open, 't', type);
  const element = body ? `${open}${body}</${place.tag.name}>` : open.slice(0, -1) + '/>';
  return withCell.slice(0, place.tag.start) + element + withCell.slice(place.end);
}

/** A whole <c> element, for sheets Periodkoll writes from scratch. */
export function cellElement(ref: string, content: CellContent, style: number): string {
  const { type, body } = contentXml(content, '');
  const attrs = `r="${ref}"${style ? ` s="${style}"` : ''}${type ? ` t="${type}"` : ''}`;
  return body ? `<c ${attrs}>${body}</c>` : `<c ${attrs}/>`;
}

function contentXml(content: CellContent, p: string): { type?: string; body: string } {
  if ('error' in content) return { type: 'e', body: `<${p}v>${encodeXml(content.error)}</${p}v>` };
  if ('formula' in content) {
    const f = `<${p}f>${encodeXml(content.formula.replace(/^=/, ''))}</${p}f>`;
    const r = content.result;
    if (r === undefined) return { body: f };
    if (typeof r === 'number') return Number.isFinite(r) ? { body: `${f}<${p}v>${r}</${p}v>` } : { body: f };
    if (typeof r === 'boolean') return { type: 'b', body: `${f}<${p}v>${r ? 1 : 0}</${p}v>` };
    if (typeof r === 'object') return { type: 'e', body: `${f}<${p}v>${encodeXml(r.error)}</${p}v>` };
    return { type: 'str', body: `${f}<${p}v>${textXml(r)}</${p}v>` };
  }
  const v = content.value;
  if (v === null) return { body: '' };
  if (typeof v === 'number') return Number.isFinite(v) ? { body: `<${p}v>${v}</${p}v>` } : { body: '' };
  if (typeof v === 'boolean') return { type: 'b', body: `<${p}v>${v ? 1 : 0}</${p}v>` };
  return { type: 'inlineStr', body: `<${p}is><${p}t xml:space="preserve">${textXml(v)}</${p}t></${p}is>` };
}

type Spot =
  | { kind: 'cell'; place: CellPlace }
  /** Insert `text` at `at` (replacing up to `replaceTo` when set). */
  | { kind: 'insert'; at: number; text: string; replaceTo?: number };

interface RowInfo {
  tag: Tag;
  close: Tag;
  r: number;
}

function locate(xml: string, ref: string): Spot {
  const target = parseA1(ref.replace(/\$/g, '').toUpperCase());
  if (!target) throw new Error(`Bad cell address ${ref}`);
  const sheetData = findTag(xml, 'sheetData');
  if (!sheetData) throw new Error('No sheetData in worksheet');
  const p = prefixOf(sheetData.name);
  const a1 = ref.replace(/\$/g, '').toUpperCase();
  const newCell = `<${p}c r="${a1}"/>`;
  const newRow = `<${p}row r="${target.row}">${newCell}</${p}row>`;
  if (sheetData.kind === 'empty') {
    const open = xml.slice(sheetData.start, sheetData.end - 2) + '>';
    return { kind: 'insert', at: sheetData.start, replaceTo: sheetData.end, text: `${open}${newRow}</${sheetData.name}>` };
  }
  for (const row of rowsOf(xml)) {
    if (row.r > target.row) return { kind: 'insert', at: row.tag.start, text: newRow };
    if (row.r === target.row) return locateInRow(xml, row, target.col, newCell);
  }
  return { kind: 'insert', at: closingTag(xml, sheetData).start, text: newRow };
}

function locateInRow(xml: string, row: RowInfo, col: number, newCell: string): Spot {
  if (row.tag.kind === 'empty') {
    const open = xml.slice(row.tag.start, row.tag.end - 2) + '>';
    return { kind: 'insert', at: row.tag.start, replaceTo: row.tag.end, text: `${widenSpans(open, col)}${newCell}</${row.tag.name}>` };
  }
  let implicit = 0;
  for (const { tag, close } of children(xml, row.tag)) {
    if (localName(tag.name) !== 'c') continue;
    const r = getAttr(xml.slice(tag.start, tag.end), 'r');
    const c = r ? parseA1(r)?.col ?? implicit + 1 : implicit + 1;
    implicit = c;
    if (c === col) return { kind: 'cell', place: { tag, end: close.end } };
    if (c > col) return insertWithSpans(xml, row, tag.start, newCell, col);
  }
  return insertWithSpans(xml, row, row.close.start, newCell, col);
}

/** Inserts the cell and, when the row states its column span, widens it to include the cell. */
function insertWithSpans(xml: string, row: RowInfo, at: number, newCell: string, col: number): Spot {
  const open = xml.slice(row.tag.start, row.tag.end);
  const widened = widenSpans(open, col);
  if (widened === open) return { kind: 'insert', at, text: newCell };
  return { kind: 'insert', at: row.tag.start, replaceTo: at, text: widened + xml.slice(row.tag.end, at) + newCell };
}

function widenSpans(rowTag: string, col: number): string {
  const m = /^(\d+):(\d+)$/.exec(getAttr(rowTag, 'spans') ?? '');
  if (!m) return rowTag;
  const [lo, hi] = [Math.min(Number(m[1]), col), Math.max(Number(m[2]), col)];
  return lo === Number(m[1]) && hi === Number(m[2]) ? rowTag : setAttr(rowTag, 'spans', `${lo}:${hi}`);
}

/** The rows of sheetData with their numbers (an absent "r" follows the row before). */
function rowsOf(xml: string): RowInfo[] {
  const sheetData = findTag(xml, 'sheetData');
  if (!sheetData || sheetData.kind === 'empty') return [];
  const rows: RowInfo[] = [];
  let implicit = 0;
  for (const { tag, close } of children(xml, sheetData)) {
    if (localName(tag.name) !== 'row') continue;
    const r = Number(getAttr(xml.slice(tag.start, tag.end), 'r') ?? implicit + 1);
    implicit = r;
    rows.push({ tag, close, r });
  }
  return rows;
}

function isTrue(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

