/**
 * Cell formats for marks in styles.xml: a solid fill of the mark colour, and a copy of a cell's
 * format (xf) that differs only in using that fill — so the number format, font, borders and
 * alignment of the marked cell stay as they were. Existing equal fills and formats are reused;
 * new ones are appended and the counts updated. Nothing else in the part changes.
 */
import { children, closingTag, findTag, getAttr, prefixOf, setAttr, type Tag } from './xmlTags';

/** The index of an xf like `baseXf` but with the solid fill `argb` ("FFFF0000"), added when needed. */
export function markStyle(stylesXml: string, baseXf: number, argb: string): { xml: string; xf: number } {
  const { xml, fillId } = solidFill(stylesXml, argb.toUpperCase());
  const cellXfs = findTag(xml, 'cellXfs');
  if (!cellXfs) throw new Error('styles.xml has no cellXfs');
  const xfs = children(xml, cellXfs).map(({ tag, close }) => xml.slice(tag.start, close.end));
  const base = xfs[baseXf] ?? xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  const wanted = withFill(base, fillId);
  const existing = xfs.indexOf(wanted);
  if (existing >= 0) return { xml, xf: existing };
  return { xml: appendChild(xml, cellXfs, wanted, xfs.length + 1), xf: xfs.length };
}

/** The xf element with fillId set and applyFill on; only its start tag changes. */
function withFill(xfElement: string, fillId: number): string {
  const startEnd = xfElement.indexOf('>') + 1;
  const start = setAttr(setAttr(xfElement.slice(0, startEnd), 'fillId', String(fillId)), 'applyFill', '1');
  return start + xfElement.slice(startEnd);
}

function solidFill(xml: string, argb: string): { xml: string; fillId: number } {
  const fills = findTag(xml, 'fills');
  if (!fills) throw new Error('styles.xml has no fills');
  const list = children(xml, fills).map(({ tag, close }) => xml.slice(tag.start, close.end));
  const found = list.findIndex((f) => isSolid(f, argb));
  if (found >= 0) return { xml, fillId: found };
  const p = prefixOf(fills.name);
  const fill = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  return { xml: appendChild(xml, fills, fill, list.length + 1), fillId: list.length };
}

/** A plain solid fill of exactly this colour (no tint, no gradient). */
function isSolid(fill: string, argb: string): boolean {
  const pattern = findTag(fill, 'patternFill');
  const fg = findTag(fill, 'fgColor');
  if (!pattern || !fg || findTag(fill, 'gradientFill')) return false;
  const fgText = fill.slice(fg.start, fg.end);
  return (
    getAttr(fill.slice(pattern.start, pattern.end), 'patternType') === 'solid' &&
    getAttr(fgText, 'rgb')?.toUpperCase() === argb &&
    getAttr(fgText, 'tint') === undefined
  );
}

/** Appends a child element at the end of `parent` and sets its count attribute. */
function appendChild(xml: string, parent: Tag, child: string, count: number): string {
  const open = setAttr(xml.slice(parent.start, parent.end), 'count', String(count));
  if (parent.kind === 'empty') {
    return `${xml.slice(0, parent.start)}${open.slice(0, -2)}>${child}</${parent.name}>${xml.slice(parent.end)}`;
  }
  const close = closingTag(xml, parent);
  return xml.slice(0, parent.start) + open + xml.slice(parent.end, close.start) + child + xml.slice(close.start);
}
