/**
 * A small scanner over XML text for patching parts in place: it finds tags (with their exact
 * offsets) and reads or sets attributes, so a change touches only the characters it means to and
 * the rest of the part stays as the file had it. Not a validating parser: it skips comments,
 * CDATA, processing instructions and declarations, and respects quotes inside tags.
 */

export interface Tag {
  /** Offset of "<". */
  start: number;
  /** Offset just after ">". */
  end: number;
  /** Qualified name as written ("c", "x:c"). */
  name: string;
  kind: 'open' | 'close' | 'empty';
}

/** The next element tag at or after `from`, or undefined. */
export function nextTag(xml: string, from: number): Tag | undefined {
  let i = xml.indexOf('<', from);
  while (i >= 0) {
    const skip = skipNonElement(xml, i);
    if (skip !== undefined) {
      i = xml.indexOf('<', skip);
      continue;
    }
    const end = tagEnd(xml, i);
    const close = xml[i + 1] === '/';
    const nameStart = close ? i + 2 : i + 1;
    let j = nameStart;
    while (j < xml.length && !/[\s/>]/.test(xml[j])) j++;
    const name = xml.slice(nameStart, j);
    const kind = close ? 'close' : xml[end - 2] === '/' ? 'empty' : 'open';
    return { start: i, end, name, kind };
  }
  return undefined;
}

/** The local part of a qualified name ("x:c" -> "c"). */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The prefix with its colon ("x:c" -> "x:", "c" -> ""). */
export function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon + 1);
}

/** The tag closing an open tag (same name, nesting counted); its element's end is `.end`. */
export function closingTag(xml: string, open: Tag): Tag {
  if (open.kind === 'empty') return open;
  let depth = 0;
  let t = nextTag(xml, open.end);
  while (t) {
    if (t.name === open.name) {
      if (t.kind === 'open') depth++;
      else if (t.kind === 'close') {
        if (depth === 0) return t;
        depth--;
      }
    }
    t = nextTag(xml, t.end);
  }
  throw new Error(`Unclosed <${open.name}>`);
}

/** The first tag with this local name, from `from` on (any kind but "close"). */
export function findTag(xml: string, local: string, from = 0, until = xml.length): Tag | undefined {
  for (let t = nextTag(xml, from); t && t.start < until; t = nextTag(xml, t.end)) {
    if (t.kind !== 'close' && localName(t.name) === local) return t;
  }
  return undefined;
}

/** Child elements (open or empty tags one level down) of an open tag, with their closing tags. */
export function children(xml: string, parent: Tag): Array<{ tag: Tag; close: Tag }> {
  const out: Array<{ tag: Tag; close: Tag }> = [];
  if (parent.kind === 'empty') return out;
  let t = nextTag(xml, parent.end);
  while (t && t.kind !== 'close') {
    const close = closingTag(xml, t);
    out.push({ tag: t, close });
    t = nextTag(xml, close.end);
  }
  return out;
}

/** The text with `content` added after the last child of `parent` (an empty tag is opened for it). */
export function appendInside(xml: string, parent: Tag, content: string): string {
  if (parent.kind === 'empty') {
    const open = xml.slice(parent.start, parent.end).replace(/\s*\/>$/, '>');
    return `${xml.slice(0, parent.start)}${open}${content}</${parent.name}>${xml.slice(parent.end)}`;
  }
  const close = closingTag(xml, parent);
  return xml.slice(0, close.start) + content + xml.slice(close.start);
}

/** An XML boolean attribute's value ("1" or "true"). */
export function isXmlTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** An attribute's decoded value in a tag's text, or undefined. */
export function getAttr(tagText: string, name: string): string | undefined {
  const m = attrPattern(name).exec(tagText);
  return m ? decodeXml(m[3] ?? m[4]) : undefined;
}

/** The tag text with the attribute set (replaced in place, or added before the end). */
export function setAttr(tagText: string, name: string, value: string): string {
  const encoded = `${name}="${encodeXml(value)}"`;
  const re = attrPattern(name);
  const m = re.exec(tagText);
  if (m) return tagText.slice(0, m.index) + m[1] + encoded + tagText.slice(m.index + m[0].length);
  const cut = tagText.endsWith('/>') ? tagText.length - 2 : tagText.length - 1;
  return `${tagText.slice(0, cut)} ${encoded}${tagText.slice(cut)}`;
}

/** The tag text without the attribute. */
export function removeAttr(tagText: string, name: string): string {
  const m = attrPattern(name).exec(tagText);
  return m ? tagText.slice(0, m.index) + tagText.slice(m.index + m[0].length) : tagText;
}

export function encodeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e];
  });
}

function attrPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(\\s)${escaped}\\s*=\\s*("([^"]*)"|'([^']*)')`);
}

/** For "<!--", "<![CDATA[", "<?" and "<!": the offset after it; undefined for an element tag. */
function skipNonElement(xml: string, i: number): number | undefined {
  if (xml.startsWith('<!--', i)) return endOf(xml, '-->', i);
  if (xml.startsWith('<![CDATA[', i)) return endOf(xml, ']]>', i);
  if (xml.startsWith('<?', i)) return endOf(xml, '?>', i);
  if (xml.startsWith('<!', i)) return tagEnd(xml, i);
  return undefined;
}

function endOf(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from);
  return at < 0 ? xml.length : at + marker.length;
}

/** Offset after the ">" that ends the tag at `i`, skipping quoted attribute values. */
function tagEnd(xml: string, i: number): number {
  let quote = '';
  for (let j = i + 1; j < xml.length; j++) {
    const ch = xml[j];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return j + 1;
  }
  throw new Error('Unterminated tag');
}
