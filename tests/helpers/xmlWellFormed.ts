/**
 * A minimal, dependency-free XML reader for tests: checks well-formedness and returns a small tree.
 *
 * Checked: one root element; start/end tags balanced and matching; names are XML names; attribute
 * values quoted (single or double), no `<` inside them, no duplicate attributes; entity and
 * character references valid (only the five predefined entities); comments without `--`; CDATA and
 * processing instructions closed; the XML declaration only at the very start; no text outside the
 * root; namespace prefixes declared in scope (Namespaces in XML). DOCTYPE is not supported (refused).
 * It does no validation against a schema.
 */

export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface XmlAttribute {
  /** Qualified name as written, e.g. "xsi:type". */
  name: string;
  prefix: string | null;
  localName: string;
  /** Namespace URI; unprefixed attributes have none (null). */
  namespace: string | null;
  /** Value with references resolved. */
  value: string;
}

export interface XmlElement {
  name: string;
  prefix: string | null;
  localName: string;
  namespace: string | null;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** Character data directly inside this element (CDATA included), references resolved. */
  text: string;
  parent: XmlElement | null;
  line: number;
  column: number;
}

export class XmlWellFormednessError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} (line ${line}, column ${column})`);
    this.name = 'XmlWellFormednessError';
  }
}

export type WellFormedResult = { ok: true; root: XmlElement } | { ok: false; message: string; line: number; column: number };

/** Never throws: reports the first well-formedness error, if any. */
export function checkWellFormed(text: string): WellFormedResult {
  try {
    return { ok: true, root: parseXml(text) };
  } catch (e) {
    if (e instanceof XmlWellFormednessError) return { ok: false, message: e.reason, line: e.line, column: e.column };
    throw e;
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function isNameStart(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a ||
    (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) || (c >= 0x37f && c <= 0x1fff) || (c >= 0x200c && c <= 0x200d) ||
    (c >= 0x2070 && c <= 0x218f) || (c >= 0x2c00 && c <= 0x2fef) || (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) || (c >= 0xfdf0 && c <= 0xfffd) || (c >= 0x10000 && c <= 0xeffff)
  );
}

function isNameChar(ch: string): boolean {
  if (isNameStart(ch)) return true;
  const c = ch.codePointAt(0)!;
  return c === 0x2d || c === 0x2e || (c >= 0x30 && c <= 0x39) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || (c >= 0x203f && c <= 0x2040);
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

/** A legal XML 1.0 character. */
function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

interface RawAttr {
  name: string;
  value: string;
  line: number;
  column: number;
}

class Reader {
  pos = 0;
  constructor(readonly src: string) {}

  where(at = this.pos): { line: number; column: number } {
    let line = 1;
    let column = 1;
    for (let i = 0; i < at && i < this.src.length; i++) {
      if (this.src[i] === '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return { line, column };
  }

  fail(reason: string, at = this.pos): never {
    const { line, column } = this.where(at);
    throw new XmlWellFormednessError(reason, line, column);
  }

  eof(): boolean {
    return this.pos >= this.src.length;
  }

  startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  skipSpace(): boolean {
    const start = this.pos;
    while (!this.eof() && isSpace(this.src[this.pos])) this.pos++;
    return this.pos > start;
  }

  /** Index of `s` from the current position, or a failure naming what was left open. */
  indexOrFail(s: string, what: string): number {
    const i = this.src.indexOf(s, this.pos);
    if (i < 0) this.fail(`${what} is not closed`);
    return i;
  }

  readName(): string {
    const start = this.pos;
    const first = this.src[this.pos];
    if (first === undefined || !isNameStart(first)) this.fail('expected a name');
    this.pos++;
    while (!this.eof() && isNameChar(this.src[this.pos]!)) this.pos++;
    return this.src.slice(start, this.pos);
  }
}

/** Resolves `&...;` references in `raw`, which starts at offset `at` in the source. */
function resolveReferences(r: Reader, raw: string, at: number): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch !== '&') {
      out += ch;
      continue;
    }
    const end = raw.indexOf(';', i);
    if (end < 0) r.fail('"&" that does not start a reference (write &amp;)', at + i);
    const body = raw.slice(i + 1, end);
    if (body.startsWith('#')) {
      const hex = body.startsWith('#x');
      const digits = hex ? body.slice(2) : body.slice(1);
      if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) r.fail(`bad character reference "&${body};"`, at + i);
      const code = parseInt(digits, hex ? 16 : 10);
      if (!isXmlChar(code)) r.fail(`character reference "&${body};" is not a legal XML character`, at + i);
      out += String.fromCodePoint(code);
    } else if (Object.prototype.hasOwnProperty.call(PREDEFINED, body)) {
      out += PREDEFINED[body];
    } else {
      r.fail(`unknown entity "&${body};"`, at + i);
    }
    i = end;
  }
  return out;
}

function splitName(r: Reader, name: string, at: number): { prefix: string | null; localName: string } {
  const parts = name.split(':');
  if (parts.length === 1) return { prefix: null, localName: name };
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') r.fail(`"${name}" is not a valid qualified name`, at);
  if (!isNameStart(parts[1]![0]!)) r.fail(`"${name}" is not a valid qualified name`, at);
  return { prefix: parts[0]!, localName: parts[1]! };
}

function checkChars(r: Reader, text: string): void {
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i)!;
    if (!isXmlChar(c)) r.fail(`illegal character U+${c.toString(16).toUpperCase().padStart(4, '0')}`, i);
    i += c > 0xffff ? 2 : 1;
  }
}

/** Parses `text` and returns the root element; throws XmlWellFormednessError on the first problem. */
export function parseXml(text: string): XmlElement {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Explicitly typed so that r.fail(): never narrows (TypeScript needs the annotation for that).
  const r: Reader = new Reader(src);
  checkChars(r, src);

  if (r.startsWith('<?xml') && isSpace(src[5])) {
    const end = r.indexOrFail('?>', 'the XML declaration');
    const decl = src.slice(r.pos + 5, end);
    if (!/^\s+version\s*=\s*(["'])1\.[0-9]+\1/.test(decl)) r.fail('the XML declaration must start with version="1.x"');
    r.pos = end + 2;
  }

  let root: XmlElement | null = null;
  const stack: Array<{ el: XmlElement; ns: Map<string, string> }> = [];
  const rootScope = new Map<string, string>([['xml', XML_NS], ['xmlns', XMLNS_NS]]);

  while (!r.eof()) {
    const at = r.pos;
    if (r.startsWith('<!--')) {
      const end = r.indexOrFail('-->', 'a comment');
      const body = src.slice(at + 4, end);
      if (body.includes('--') || body.endsWith('-')) r.fail('"--" inside a comment', at);
      r.pos = end + 3;
    } else if (r.startsWith('<![CDATA[')) {
      if (stack.length === 0) r.fail('CDATA section outside the root element', at);
      const end = r.indexOrFail(']]>', 'a CDATA section');
      stack[stack.length - 1]!.el.text += src.slice(at + 9, end);
      r.pos = end + 3;
    } else if (r.startsWith('<!')) {
      r.fail(r.startsWith('<!DOCTYPE') ? 'DOCTYPE is not supported' : 'unexpected "<!"', at);
    } else if (r.startsWith('<?')) {
      r.pos += 2;
      const target = r.readName();
      if (target.toLowerCase() === 'xml') r.fail('the XML declaration is only allowed at the very start', at);
      const end = r.indexOrFail('?>', 'a processing instruction');
      r.pos = end + 2;
    } else if (r.startsWith('</')) {
      r.pos += 2;
      const name = r.readName();
      r.skipSpace();
      if (src[r.pos] !== '>') r.fail(`expected ">" to close end tag </${name}>`);
      r.pos++;
      const open = stack.pop();
      if (!open) r.fail(`end tag </${name}> without a start tag`, at);
      if (open.el.name !== name) r.fail(`end tag </${name}> does not match start tag <${open.el.name}> (line ${open.el.line})`, at);
    } else if (src[r.pos] === '<') {
      r.pos++;
      const name = r.readName();
      const attrs: RawAttr[] = [];
      let selfClosing = false;
      for (;;) {
        const hadSpace = r.skipSpace();
        if (r.eof()) r.fail(`start tag <${name}> is not closed`, at);
        if (src[r.pos] === '>') {
          r.pos++;
          break;
        }
        if (r.startsWith('/>')) {
          r.pos += 2;
          selfClosing = true;
          break;
        }
        if (!hadSpace) r.fail(`expected whitespace before an attribute in <${name}>`);
        const attrAt = r.pos;
        const attrName = r.readName();
        r.skipSpace();
        if (src[r.pos] !== '=') r.fail(`attribute "${attrName}" has no "=value"`);
        r.pos++;
        r.skipSpace();
        const quote = src[r.pos];
        if (quote !== '"' && quote !== "'") r.fail(`value of attribute "${attrName}" is not quoted`);
        const valueStart = r.pos + 1;
        const valueEnd = src.indexOf(quote, valueStart);
        if (valueEnd < 0) r.fail(`value of attribute "${attrName}" is not closed`, attrAt);
        const raw = src.slice(valueStart, valueEnd);
        const lt = raw.indexOf('<');
        if (lt >= 0) r.fail(`"<" in the value of attribute "${attrName}"`, valueStart + lt);
        if (attrs.some((a) => a.name === attrName)) r.fail(`duplicate attribute "${attrName}"`, attrAt);
        // Attribute-value normalisation of literal whitespace (before references are resolved).
        const value = resolveReferences(r, raw.replace(/[\t\n\r]/g, ' '), valueStart);
        const w = r.where(attrAt);
        attrs.push({ name: attrName, value, line: w.line, column: w.column });
        r.pos = valueEnd + 1;
      }

      if (stack.length === 0 && root) r.fail(`a second root element <${name}>; a document has exactly one`, at);

      // Namespace scope: declarations on this element first.
      const scope = new Map(stack.length ? stack[stack.length - 1]!.ns : rootScope);
      for (const a of attrs) {
        if (a.name === 'xmlns') {
          scope.set('', a.value);
        } else if (a.name.startsWith('xmlns:')) {
          const p = a.name.slice(6);
          if (p === 'xmlns' || (p === 'xml' && a.value !== XML_NS)) r.fail(`prefix "${p}" cannot be declared`, at);
          if (a.value === '') r.fail(`prefix "${p}" cannot be undeclared in XML 1.0`, at);
          scope.set(p, a.value);
        }
      }
      const w = r.where(at);
      const q = splitName(r, name, at);
      let namespace: string | null;
      if (q.prefix === null) {
        namespace = scope.get('') || null;
      } else {
        const ns = scope.get(q.prefix);
        if (ns === undefined) r.fail(`prefix "${q.prefix}" of <${name}> is not declared`, at);
        namespace = ns;
      }
      const attributes: XmlAttribute[] = attrs.map((a) => {
        const aq = splitName(r, a.name, at);
        let ans: string | null = null;
        if (a.name === 'xmlns') ans = XMLNS_NS;
        else if (aq.prefix !== null) {
          const ns = scope.get(aq.prefix);
          if (ns === undefined) r.fail(`prefix "${aq.prefix}" of attribute "${a.name}" is not declared`, at);
          ans = ns;
        }
        return { name: a.name, prefix: aq.prefix, localName: aq.localName, namespace: ans, value: a.value };
      });
      const seen = new Set<string>();
      for (const a of attributes) {
        if (a.namespace === null) continue;
        const key = `{${a.namespace}}${a.localName}`;
        if (seen.has(key)) r.fail(`attribute "${a.name}" repeats an attribute in the same namespace`, at);
        seen.add(key);
      }

      const parent = stack.length ? stack[stack.length - 1]!.el : null;
      const el: XmlElement = {
        name,
        prefix: q.prefix,
        localName: q.localName,
        namespace,
        attributes,
        children: [],
        text: '',
        parent,
        line: w.line,
        column: w.column,
      };
      if (parent) parent.children.push(el);
      else root = el;
      if (!selfClosing) stack.push({ el, ns: scope });
    } else {
      // Character data up to the next markup.
      let end = src.indexOf('<', r.pos);
      if (end < 0) end = src.length;
      const raw = src.slice(r.pos, end);
      const gt = raw.indexOf(']]>');
      if (gt >= 0) r.fail('"]]>" in character data', r.pos + gt);
      if (stack.length === 0) {
        if (raw.trim() !== '') r.fail(root ? 'text after the root element' : 'text before the root element', r.pos + raw.search(/\S/));
      } else {
        stack[stack.length - 1]!.el.text += resolveReferences(r, raw, r.pos);
      }
      r.pos = end;
    }
  }

  if (stack.length) r.fail(`element <${stack[stack.length - 1]!.el.name}> (line ${stack[stack.length - 1]!.el.line}) is not closed`);
  if (!root) r.fail('no root element');
  return root;
}

// ---------------------------------------------------------------- small query helpers

/** Attribute by qualified name as written (e.g. "xsi:type", "resid"). */
export function attr(el: XmlElement, name: string): string | undefined {
  return el.attributes.find((a) => a.name === name)?.value;
}

/** Attribute by namespace URI and local name (e.g. the XML Schema instance "type"). */
export function attrNS(el: XmlElement, namespace: string | null, localName: string): string | undefined {
  return el.attributes.find((a) => a.namespace === namespace && a.localName === localName)?.value;
}

/** Direct children with the given local name. */
export function childrenNamed(el: XmlElement, localName: string): XmlElement[] {
  return el.children.filter((c) => c.localName === localName);
}

/** The single direct child with the given local name; throws if there is not exactly one. */
export function child(el: XmlElement, localName: string): XmlElement {
  const found = childrenNamed(el, localName);
  if (found.length !== 1) throw new Error(`<${el.name}> (line ${el.line}) has ${found.length} <${localName}> children, expected 1`);
  return found[0]!;
}

/** Follows a path of local names, one child at each step. */
export function path(el: XmlElement, ...localNames: string[]): XmlElement {
  return localNames.reduce((cur, n) => child(cur, n), el);
}

/** All descendants (document order), optionally filtered. */
export function descendants(el: XmlElement, keep: (e: XmlElement) => boolean = () => true): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (keep(c)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}
