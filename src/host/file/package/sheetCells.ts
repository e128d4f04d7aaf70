/**
 * Changes cells in worksheet XML text in place: their style index or their content. All the
 * cells of a sheet are changed in one pass over it (a huvudbok of 100 000 rows with hundreds of
 * marks is read once, not once per mark). Missing rows and cells are created in row and column
 * order; every other character of the sheet (conditional formats, data validations, extLst,
 * other cells) is kept.
 */
import { a1, parseA1 } from '../../../core/model/address';
import { detachSharedFormulas } from './sharedFormulas';
import { textXml } from './textXml';
import { appendInside, children, closingTag, isXmlTrue, encodeXml, findTag, getAttr, localName, prefixOf, removeAttr, setAttr, type Tag } from './xmlTags';

export type CellContent =
  | { value: number | string | boolean | null }
  | { error: string }
  | { formula: string; result?: number | string | boolean | { error: string } };

export interface CellEdit {
  /** A formula with its computed result, so the file shows it before recalculation. */
  content?: CellContent;
  /** The new style index, given the one the cell shows now (its own, else its row's or column's). */
  style?: (shown: number) => number;
}

/**
 * The sheet with every edit made (keys are A1 addresses). The master cell of a shared formula
 * first gives the other cells of its block their own formula (sharedFormulas.ts); an array
 * formula's cell is refused, as Excel refuses to change part of an array.
 */
export function editCells(xml: string, edits: ReadonlyMap<string, CellEdit>): string {
  if (edits.size === 0) return xml;
  const byRow = new Map<number, Map<number, CellEdit>>();
  for (const [ref, edit] of edits) {
    const at = parseA1(ref.replace(/\$/g, '').toUpperCase());
    if (!at) throw new Error(`Bad cell address ${ref}`);
    if (!byRow.has(at.row)) byRow.set(at.row, new Map());
    byRow.get(at.row)!.set(at.col, edit);
  }
  const text = detachSharedFormulas(xml, [...edits].filter(([, e]) => e.content).map(([ref]) => ref));
  const sheetData = findTag(text, 'sheetData');
  if (!sheetData) throw new Error('No sheetData in worksheet');
  const p = prefixOf(sheetData.name);
  const columns = columnStyles(text);
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  const newRows = (until: number) => {
    let out = '';
    while (pending.length > 0 && pending[0] < until) {
      const r = pending.shift()!;
      out += rowElement(`<${p}row r="${r}">`, '', `</${p}row>`, r, byRow.get(r)!, columns, undefined, p);
    }
    return out;
  };

  if (sheetData.kind === 'empty') return appendInside(text, sheetData, newRows(Infinity));
  const out: string[] = [];
  let copied = sheetData.end;
  out.push(text.slice(0, copied));
  let implicit = 0;
  for (const { tag, close } of children(text, sheetData)) {
    if (localName(tag.name) !== 'row') continue;
    const r = Number(getAttr(text.slice(tag.start, tag.end), 'r') ?? implicit + 1);
    implicit = r;
    if (pending.length === 0) break;
    out.push(text.slice(copied, tag.start), newRows(r));
    copied = tag.start;
    if (pending[0] !== r) continue;
    pending.shift();
    out.push(editRow(text, tag, close, r, byRow.get(r)!, columns, p));
    copied = close.end;
  }
  const end = closingTag(text, sheetData).start;
  out.push(text.slice(copied, end), newRows(Infinity), text.slice(end));
  return out.join('');
}

/** Sets the cell's style index ("s"); 0 removes the attribute, as Excel writes the default. */
export function setCellStyle(xml: string, ref: string, style: number): string {
  return editCells(xml, new Map([[ref, { style: () => style }]]));
}

export function setCellContent(xml: string, ref: string, content: CellContent): string {
  return editCells(xml, new Map([[ref, { content }]]));
}

/** The style index the cell shows: its own, else its row's (custom format), else its column's, else 0. */
export function cellStyleIndex(xml: string, ref: string): number {
  let shown = 0;
  editCells(xml, new Map([[ref, { style: (s: number) => (shown = s) }]]));
  return shown;
}

/** A whole <c> element, for sheets Periodkoll writes from scratch. */
export function cellElement(ref: string, content: CellContent, style: number): string {
  return applyEdit(`<c r="${ref}"/>`, 'c', { content, style: () => style }, 0, '');
}

function editRow(text: string, tag: Tag, close: Tag, r: number, edits: Map<number, CellEdit>, columns: ColumnStyle[], p: string): string {
  const open = text.slice(tag.start, tag.end);
  const rowStyle = isXmlTrue(getAttr(open, 'customFormat')) ? Number(getAttr(open, 's') ?? 0) : undefined;
  if (tag.kind === 'empty') return rowElement(open.slice(0, -2) + '>', '', `</${tag.name}>`, r, edits, columns, rowStyle, p);
  const pending = [...edits.keys()].sort((a, b) => a - b);
  const parts: string[] = [];
  let copied = tag.end;
  let implicit = 0;
  for (const cell of children(text, tag)) {
    if (localName(cell.tag.name) !== 'c') continue;
    const ref = getAttr(text.slice(cell.tag.start, cell.tag.end), 'r');
    const c = (ref && parseA1(ref)?.col) || implicit + 1;
    implicit = c;
    while (pending.length > 0 && pending[0] < c) {
      parts.push(text.slice(copied, cell.tag.start), newCell(r, pending.shift()!, edits, columns, rowStyle, p));
      copied = cell.tag.start;
    }
    if (pending[0] !== c) continue;
    pending.shift();
    const element = text.slice(cell.tag.start, cell.close.end);
    const own = Number(getAttr(text.slice(cell.tag.start, cell.tag.end), 's') ?? 0);
    parts.push(text.slice(copied, cell.tag.start), applyEdit(element, cell.tag.name, edits.get(c)!, own, p));
    copied = cell.close.end;
  }
  parts.push(text.slice(copied, close.start));
  for (const c of pending) parts.push(newCell(r, c, edits, columns, rowStyle, p));
  parts.push(text.slice(close.start, close.end));
  return widenSpans(open, [...edits.keys()]) + parts.join('');
}

function rowElement(open: string, inner: string, close: string, r: number, edits: Map<number, CellEdit>, columns: ColumnStyle[], rowStyle: number | undefined, p: string): string {
  const cells = [...edits.keys()].sort((a, b) => a - b).map((c) => newCell(r, c, edits, columns, rowStyle, p));
  return widenSpans(open, [...edits.keys()]) + inner + cells.join('') + close;
}

function newCell(r: number, c: number, edits: Map<number, CellEdit>, columns: ColumnStyle[], rowStyle: number | undefined, p: string): string {
  const shown = rowStyle ?? columns.find((col) => col.min <= c && c <= col.max)?.style ?? 0;
  return applyEdit(`<${p}c r="${a1(r, c)}"/>`, `${p}c`, edits.get(c)!, shown, p);
}

/** One cell element with the edit made; `shown` is the style it shows now. */
function applyEdit(element: string, name: string, edit: CellEdit, shown: number, p: string): string {
  const tagEnd = element.indexOf('>') + 1;
  let open = element.slice(0, tagEnd);
  let body = open.endsWith('/>') ? undefined : element.slice(tagEnd, element.length - `</${name}>`.length);
  if (edit.style) {
    const style = edit.style(shown);
    open = style === 0 ? removeAttr(open, 's') : setAttr(open, 's', String(style));
  }
  if (edit.content) {
    const f = body === undefined ? undefined : findTag(body, 'f');
    if (f && getAttr(body!.slice(f.start, f.end), 't') === 'array') throw new Error(`${getAttr(open, 'r')} holds an array formula`);
    open = removeAttr(open, 't');
    const written = contentXml(edit.content, p);
    if (written.type) open = setAttr(open, 't', written.type);
    body = written.body || undefined;
  }
  if (open.endsWith('/>')) open = open.slice(0, -2) + '>';
  return body === undefined ? open.slice(0, -1) + '/>' : `${open}${body}</${name}>`;
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

interface ColumnStyle {
  min: number;
  max: number;
  style: number;
}

function columnStyles(xml: string): ColumnStyle[] {
  const cols = findTag(xml, 'cols');
  if (!cols) return [];
  return children(xml, cols).map(({ tag }) => {
    const text = xml.slice(tag.start, tag.end);
    return { min: Number(getAttr(text, 'min')), max: Number(getAttr(text, 'max')), style: Number(getAttr(text, 'style') ?? 0) };
  });
}

/** When the row states its column span, widens it to include the columns written. */
function widenSpans(rowTag: string, cols: number[]): string {
  const m = /^(\d+):(\d+)$/.exec(getAttr(rowTag, 'spans') ?? '');
  if (!m) return rowTag;
  const [lo, hi] = [Math.min(Number(m[1]), ...cols), Math.max(Number(m[2]), ...cols)];
  return lo === Number(m[1]) && hi === Number(m[2]) ? rowTag : setAttr(rowTag, 'spans', `${lo}:${hi}`);
}

