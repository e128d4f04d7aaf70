/**
 * The legacy VML drawing that gives each note its box (xl/drawings/vmlDrawingN.vml): one
 * <v:shape> with <x:ClientData ObjectType="Note"> and the cell's zero-based row and column. VML
 * from Excel is not always well-formed XML (it writes "<br>"), so shapes are found by text, and
 * only the shapes of the cells in question are added or removed.
 */

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

const NAMESPACES: Array<[string, string]> = [
  ['v', 'urn:schemas-microsoft-com:vml'],
  ['o', 'urn:schemas-microsoft-com:office:office'],
  ['x', 'urn:schemas-microsoft-com:office:excel'],
];

/** A new VML part for notes; `block` is the drawing's id block (o:idmap), unique in the package. */
export function newVml(block: number): string {
  const ns = NAMESPACES.map(([p, uri]) => ` xmlns:${p}="${uri}"`).join('');
  return `<xml${ns}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${SHAPETYPE}</xml>`;
}

/** The id blocks (o:idmap data) a VML part uses. */
export function idBlocks(vml: string): number[] {
  const out: number[] = [];
  for (const m of vml.matchAll(/<o:idmap\b[^>]*\bdata\s*=\s*["']([^"']*)["']/g)) {
    for (const n of m[1].split(',')) if (/^\s*\d+\s*$/.test(n)) out.push(Number(n));
  }
  return out;
}

/**
 * Gives each cell a hidden note box (unless it has one) or takes its box away, in one pass over
 * the part; the notes' text lives in the comments part. Other shapes stay as written.
 */
export function setNoteShapes(vml: string, cells: ReadonlyArray<{ row: number; col: number; note: boolean }>): string {
  const key = (row: number, col: number) => `${row - 1},${col - 1}`;
  const existing = new Map<string, { start: number; end: number }>();
  for (const shape of shapes(vml)) {
    const at = notePosition(vml.slice(shape.start, shape.end));
    if (at) existing.set(at, shape);
  }
  const removed = cells.filter((c) => !c.note && existing.has(key(c.row, c.col))).map((c) => existing.get(key(c.row, c.col))!);
  let out = vml;
  for (const { start, end } of removed.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + out.slice(end);
  const added = cells.filter((c) => c.note && !existing.has(key(c.row, c.col)));
  if (added.length === 0) return out;
  const withType = withShapetype(withNamespaces(out));
  const ids = [...withType.matchAll(/\bid\s*=\s*["']_x0000_s(\d+)["']/g)].map((m) => Number(m[1]));
  const block = idBlocks(withType)[0] ?? 1;
  const firstId = ids.length > 0 ? Math.max(...ids) + 1 : block * 1024 + 1;
  const z = (withType.match(/<v:shape\b/g) ?? []).length + 1;
  return insertBeforeEnd(withType, added.map((c, i) => shapeXml(firstId + i, z + i, c.row, c.col)).join(''));
}

function shapeXml(id: number, z: number, row: number, col: number): string {
  const [r0, c0] = [row - 1, col - 1];
  const anchor = `${c0 + 1}, 15, ${Math.max(r0 - 1, 0)}, 10, ${c0 + 3}, 15, ${r0 + 3}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${r0}</x:Row><x:Column>${c0}</x:Column></x:ClientData></v:shape>`
  );
}

function shapes(vml: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /<v:shape\b[\s\S]*?<\/v:shape\s*>/g;
  for (let m = re.exec(vml); m; m = re.exec(vml)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** "row,column" (zero-based) of a note shape; undefined for other shapes. */
function notePosition(shape: string): string | undefined {
  const r = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape);
  const c = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape);
  return /ObjectType\s*=\s*["']Note["']/.test(shape) && r && c ? `${Number(r[1])},${Number(c[1])}` : undefined;
}

function withShapetype(vml: string): string {
  if (/<v:shapetype\b[^>]*\bid\s*=\s*["']_x0000_t202["']/.test(vml)) return vml;
  const firstShape = vml.search(/<v:shape\b/);
  if (firstShape >= 0) return vml.slice(0, firstShape) + SHAPETYPE + vml.slice(firstShape);
  return insertBeforeEnd(vml, SHAPETYPE);
}

/** Declares v, o and x on the root when the part lacks them (a part made for other controls may). */
function withNamespaces(vml: string): string {
  const root = /<xml\b[^>]*>/.exec(vml);
  if (!root) return vml;
  const missing = NAMESPACES.filter(([p]) => !new RegExp(`xmlns:${p}\\s*=`).test(root[0]));
  if (missing.length === 0) return vml;
  const add = missing.map(([p, uri]) => ` xmlns:${p}="${uri}"`).join('');
  const at = root.index + root[0].length - (root[0].endsWith('/>') ? 2 : 1);
  return vml.slice(0, at) + add + vml.slice(at);
}

function insertBeforeEnd(vml: string, text: string): string {
  const end = vml.lastIndexOf('</xml');
  if (end < 0) throw new Error('VML drawing has no </xml>');
  return vml.slice(0, end) + text + vml.slice(end);
}
