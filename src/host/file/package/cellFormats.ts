/**
 * Cell formats (xf) in styles.xml for cells Periodkoll writes: a copy of a cell's format that
 * differs only in the parts written — number format, font or fill — so everything else the cell
 * had (borders, alignment, protection, the other parts) stays. Equal fonts, fills, number formats
 * and formats already in the part are reused; new ones are appended with their counts updated.
 * Nothing else in the part changes.
 */
import type ExcelJS from 'exceljs';
import { BUILTIN_NUM_FMTS } from '../stream/builtinNumFmts';
import { fillXml, fontXml } from './formatXml';
import { appendInside, children, closingTag, decodeXml, encodeXml, findTag, getAttr, prefixOf, setAttr, type Tag } from './xmlTags';

/** The parts of a format to replace, as ExcelJS models them; a key that is absent stays as it is. */
export interface FormatChange {
  numFmt?: string;
  /** What the font does not say comes from the format's own font; null: the workbook's default font. */
  font?: Partial<ExcelJS.Font> | null;
  /** null: no fill. */
  fill?: ExcelJS.Fill | null;
}

const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

/** The index of an xf like `baseXf` with the changes applied, added when the part has none. */
export function derivedXf(stylesXml: string, baseXf: number, change: FormatChange): { xml: string; xf: number } {
  let xml = stylesXml;
  const cellXfsAtStart = findTag(xml, 'cellXfs');
  if (!cellXfsAtStart) throw new Error('styles.xml has no cellXfs');
  const baseAtStart = elements(xml, cellXfsAtStart)[baseXf] ?? DEFAULT_XF;
  const attrs: Array<[string, string, string]> = [];
  if (change.numFmt !== undefined) {
    const found = numFmtId(xml, change.numFmt);
    xml = found.xml;
    attrs.push(['numFmtId', String(found.id), 'applyNumberFormat']);
  }
  if (change.font === null) attrs.push(['fontId', '0', 'applyFont']);
  else if (change.font !== undefined) {
    const fonts = findTag(xml, 'fonts');
    const baseFont = fonts ? (elements(xml, fonts)[Number(getAttr(baseAtStart, 'fontId') ?? 0)] ?? '') : '';
    const found = listEntry(xml, 'fonts', fontXml(change.font, baseFont), sameParts);
    xml = found.xml;
    attrs.push(['fontId', String(found.index), 'applyFont']);
  }
  if (change.fill !== undefined) {
    const found = listEntry(xml, 'fills', fillXml(change.fill), (a, b) => sameParts(withoutHiddenBg(a), withoutHiddenBg(b)));
    xml = found.xml;
    attrs.push(['fillId', String(found.index), 'applyFill']);
  }
  const cellXfs = findTag(xml, 'cellXfs')!;
  const xfs = elements(xml, cellXfs);
  const base = xfs[baseXf] ?? xfs[0] ?? DEFAULT_XF;
  const startEnd = base.indexOf('>') + 1;
  let start = base.slice(0, startEnd);
  for (const [name, value, apply] of attrs) start = setAttr(setAttr(start, name, value), apply, '1');
  const wanted = start + base.slice(startEnd);
  // A format that differs only in its apply* flags looks the same (putting a cell back finds its own).
  const existing = xfs.indexOf(wanted) >= 0 ? xfs.indexOf(wanted) : xfs.findIndex((x) => sameXf(x, wanted));
  if (existing >= 0) return { xml, xf: existing };
  return { xml: appendChild(xml, cellXfs, wanted, xfs.length + 1), xf: xfs.length };
}

/** The id of a number format code: a built-in id, one the part declares, or a new one (164 on). */
function numFmtId(xml: string, code: string): { xml: string; id: number } {
  for (const [id, builtin] of Object.entries(BUILTIN_NUM_FMTS)) if (builtin === code) return { xml, id: Number(id) };
  const numFmts = findTag(xml, 'numFmts');
  const declared = numFmts ? elements(xml, numFmts) : [];
  const ids = declared.map((e) => Number(getAttr(e, 'numFmtId')));
  const found = declared.findIndex((e) => decodeXml(getAttr(e, 'formatCode') ?? '') === code);
  if (found >= 0) return { xml, id: ids[found] };
  const id = Math.max(163, ...ids.filter(Number.isFinite)) + 1;
  const root = findTag(xml, 'styleSheet');
  if (!root) throw new Error('styles.xml has no styleSheet');
  const p = prefixOf(root.name);
  const entry = `<${p}numFmt numFmtId="${id}" formatCode="${encodeXml(code)}"/>`;
  if (numFmts) return { xml: appendChild(xml, numFmts, entry, declared.length + 1), id };
  // numFmts is the stylesheet's first child (CT_Stylesheet order).
  const first = children(xml, root)[0]?.tag.start ?? closingTag(xml, root).start;
  return { xml: `${xml.slice(0, first)}<${p}numFmts count="1">${entry}</${p}numFmts>${xml.slice(first)}`, id };
}

/** The index of `element` in a list (fonts, fills), appended when no entry matches. */
function listEntry(xml: string, list: string, element: string, same = (a: string, b: string) => a === b): { xml: string; index: number } {
  const parent = findTag(xml, list);
  if (!parent) throw new Error(`styles.xml has no ${list}`);
  const entries = elements(xml, parent).map(withoutPrefix);
  const found = entries.findIndex((e) => same(e, element));
  if (found >= 0) return { xml, index: found };
  return { xml: appendChild(xml, parent, withPrefix(element, prefixOf(parent.name)), entries.length + 1), index: entries.length };
}

/** The bgColor Excel adds to solid fills does not show. */
function withoutHiddenBg(fill: string): string {
  return fill.replace(/<bgColor indexed="64"\/>/, '');
}

/** Same tags with the same attributes, in any order (writers order a font's parts differently). */
function sameParts(a: string, b: string): boolean {
  const tokens = (x: string) =>
    [...x.matchAll(/<(\/?[\w:]+)((?:\s+[\w:]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g)]
      .map((m) => `${m[1]} ${[...m[2].matchAll(/([\w:]+)\s*=\s*("[^"]*"|'[^']*')/g)].map((a) => `${a[1]}=${a[2].slice(1, -1)}`).sort().join(' ')}`)
      .sort()
      .join('|');
  return tokens(a) === tokens(b);
}

function sameXf(a: string, b: string): boolean {
  const plain = (xf: string) => {
    const end = xf.indexOf('>');
    const attrs = [...xf.slice(0, end).matchAll(/\s([\w:]+)\s*=\s*("[^"]*"|'[^']*')/g)].filter((m) => !m[1].startsWith('apply')).map((m) => `${m[1]}=${m[2].slice(1, -1)}`);
    return attrs.sort().join(' ') + xf.slice(end).replace(/^\/>$/, '>');
  };
  return plain(a) === plain(b);
}

function elements(xml: string, parent: Tag): string[] {
  return children(xml, parent).map(({ tag, close }) => xml.slice(tag.start, close.end));
}

function withoutPrefix(element: string): string {
  return element.replace(/<(\/?)[A-Za-z_][\w.-]*:/g, '<$1');
}

function withPrefix(element: string, p: string): string {
  return p ? element.replace(/<(\/?)([A-Za-z_])/g, `<$1${p}$2`) : element;
}

/** Appends a child element at the end of `parent` and sets its count attribute. */
function appendChild(xml: string, parent: Tag, child: string, count: number): string {
  const open = setAttr(xml.slice(parent.start, parent.end), 'count', String(count));
  const counted = xml.slice(0, parent.start) + open + xml.slice(parent.end);
  return appendInside(counted, { ...parent, end: parent.start + open.length }, child);
}
