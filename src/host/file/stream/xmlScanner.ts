/**
 * A streaming XML scanner over UTF-8 bytes, for the parts that are large (worksheets, shared
 * strings): chunks are scanned as they come out of the unpacker, without decoding them to text,
 * and only what the handler asks for is kept — the elements it names (by local name, so
 * "<x:c>" is "c"), the attributes it names and the text it directs into a buffer. Text and
 * attribute values come with entities (&amp; &#123; &#x1F;) and CDATA resolved and line ends
 * normalised as XML says, so they read as a full XML parser gives them.
 *
 * Well-formedness is checked as far as a damaged file shows it: tags must nest and close, names,
 * attributes and entities must be well formed, there must be one root with no text outside it,
 * and the document must not end early. Any breach throws the reader's "unreadable" error.
 * Namespaces are not resolved (prefixes are dropped from element names), no DTD is read.
 */
import { readErrors } from '../readErrors';
import { ByteBuffer } from './byteBuffer';

export interface ScanHandler {
  /** Local element names the handler wants; open and close get the index into this list. */
  readonly elements: readonly string[];
  /** Attribute names (as written, prefix included) whose values open can read; at most 31. */
  readonly attributes: readonly string[];
  /** Where text and CDATA go now; null: they are skipped. The handler sets it in open and close. */
  target: ByteBuffer | null;
  open(element: number, attributes: ScannedAttributes): void;
  /** Also called right after open for an empty element ("<c/>"). */
  close(element: number): void;
}

/** The wanted attributes of the start tag being opened. */
export class ScannedAttributes {
  /** Bit i set: attribute i was given. */
  present = 0;
  readonly values: ByteBuffer[];

  constructor(count: number) {
    this.values = Array.from({ length: count }, () => new ByteBuffer(16));
  }

  get(i: number): ByteBuffer | undefined {
    return (this.present & (1 << i)) !== 0 ? this.values[i] : undefined;
  }
}

// States between bytes.
const TEXT = 0;
const LT = 1;
const START_NAME = 2;
const IN_TAG = 3;
const ATTR_NAME = 4;
const AFTER_ATTR_NAME = 5;
const BEFORE_VALUE = 6;
const VALUE = 7;
const SLASH = 8;
const END_NAME = 9;
const AFTER_END_NAME = 10;
const ENTITY = 11;
const BANG = 12;
const COMMENT = 13;
const CDATA = 14;
const PI = 15;
const DOCTYPE = 16;

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const AMP = 0x26;
const APOS = 0x27;
const DASH = 0x2d;
const SLASH_BYTE = 0x2f;
const COLON = 0x3a;
const SEMI = 0x3b;
const LT_BYTE = 0x3c;
const EQUALS = 0x3d;
const GT = 0x3e;
const QUESTION = 0x3f;
const BANG_BYTE = 0x21;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Longest name compared against the handler's lists; longer ones are hashed only. */
const NAME_KEPT = 64;
/** Longest entity between "&" and ";" read (&#x10FFFF; has 8 bytes; room for leading zeros). */
const ENTITY_MAX = 32;

const NAME_START = byteTable((b) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f || b === COLON || b >= 0x80);
const NAME_CHAR = byteTable((b) => NAME_START[b] === 1 || (b >= 0x30 && b <= 0x39) || b === DASH || b === 0x2e);
const WHITESPACE = byteTable((b) => b === SPACE || b === TAB || b === LF || b === CR);
/** Bytes that end a run of plain text: markup, entities, CR, and characters XML forbids. */
const TEXT_STOP = byteTable((b) => b === LT_BYTE || b === AMP || b === CR || (b < SPACE && b !== TAB && b !== LF));
/** The same inside an attribute value, where TAB and LF also become spaces. */
const VALUE_STOP = byteTable((b) => b === LT_BYTE || b === AMP || b < SPACE || b === QUOTE || b === APOS);

function byteTable(test: (b: number) => boolean): Uint8Array {
  const table = new Uint8Array(256);
  for (let b = 0; b < 256; b++) table[b] = test(b) ? 1 : 0;
  return table;
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const BOM = [0xef, 0xbb, 0xbf];
const COMMENT_OPEN = ascii('--');
const CDATA_OPEN = ascii('[CDATA[');
const DOCTYPE_OPEN = ascii('DOCTYPE');

export class XmlScanner {
  private state = TEXT;
  private readonly attrs: ScannedAttributes;
  private readonly elementNames: Uint8Array[];
  private readonly attributeNames: Uint8Array[];

  // The name being read: its hash (for matching the end tag), its first bytes, where its local part starts.
  private readonly name = new Uint8Array(NAME_KEPT);
  private nameLength = 0;
  private nameHash = 0;
  private localStart = 0;
  /** Open elements: name hash and the handler's index (-1: not wanted). */
  private hashes = new Int32Array(16);
  private ids = new Int32Array(16);
  private depth = 0;
  private rootSeen = false;
  private attribute = -1;
  /** The attribute name being read (slow path). */
  private readonly attrName = new ByteBuffer(16);
  /** The attribute names of the start tag being read, one after the other, and where each ends. */
  private readonly names = new ByteBuffer(64);
  private nameEnds = new Int32Array(8);
  private nameCount = 0;
  private spaceBefore = false;
  private quote = 0;
  private readonly entity = new Uint8Array(ENTITY_MAX);
  private entityLength = 0;
  private entityReturn = TEXT;
  private markupLength = 0;
  private opener = COMMENT_OPEN;
  private dashes = 0;
  private brackets = 0;
  private question = false;
  /** A CR ended the last chunk: an LF starting the next is part of the same line end. */
  private skipLF = false;
  /** Bytes of a byte order mark read so far; -1 once past the start. */
  private bom = 0;

  constructor(private readonly handler: ScanHandler) {
    if (handler.attributes.length > 31) throw new Error('at most 31 attributes');
    this.attrs = new ScannedAttributes(handler.attributes.length);
    this.elementNames = handler.elements.map(ascii);
    this.attributeNames = handler.attributes.map(ascii);
  }

  write(chunk: Uint8Array): void {
    const n = chunk.length;
    let i = 0;
    // A byte order mark is not part of the document (TextDecoder drops it too).
    while (this.bom >= 0 && i < n) {
      if (chunk[i] === BOM[this.bom]) {
        i++;
        this.bom = this.bom === BOM.length - 1 ? -1 : this.bom + 1;
      } else if (this.bom > 0) fail('text outside the root element');
      else this.bom = -1;
    }
    if (this.skipLF) {
      this.skipLF = false;
      if (i < n && chunk[i] === LF) i++;
    }
    const handler = this.handler;
    while (i < n) {
      switch (this.state) {
        case TEXT: {
          if (this.depth === 0) {
            i = this.outsideRoot(chunk, i);
            continue;
          }
          let target = handler.target;
          // Text up to the next tag, then the tag itself on the fast path as long as both lie
          // inside this chunk; anything else takes a step of the state machine below.
          for (;;) {
            const start = i;
            while (i < n && TEXT_STOP[chunk[i]] === 0) i++;
            if (target !== null && i > start) target.append(chunk, start, i);
            if (i === n || chunk[i] !== LT_BYTE) break;
            const next = this.wholeTag(chunk, i + 1);
            if (next < 0) break;
            i = next;
            if (this.depth === 0) break;
            target = handler.target;
          }
          if (i === n || this.depth === 0) break;
          const b = chunk[i++];
          if (b === LT_BYTE) this.state = LT;
          else if (b === AMP) this.startEntity(TEXT);
          else if (b === CR) {
            if (target !== null) target.push(LF);
            if (i === n) this.skipLF = true;
            else if (chunk[i] === LF) i++;
          } else fail('disallowed character');
          break;
        }
        case LT: {
          const b = chunk[i];
          if (b === SLASH_BYTE) {
            i++;
            this.startName();
            this.state = END_NAME;
          } else if (b === BANG_BYTE) {
            i++;
            this.markupLength = 0;
            this.state = BANG;
          } else if (b === QUESTION) {
            i++;
            this.question = false;
            this.state = PI;
          } else if (NAME_START[b] === 1) {
            if (this.depth === 0 && this.rootSeen) fail('more than one root element');
            this.startName();
            this.state = START_NAME;
          } else fail('disallowed character in tag name');
          break;
        }
        case START_NAME:
        case END_NAME: {
          i = this.readName(chunk, i);
          if (i === n) break;
          if (this.nameLength === 0) fail('missing tag name');
          if (this.state === START_NAME) {
            this.push(this.nameHash, this.classifyElement());
            this.startAttributes();
            this.spaceBefore = false;
            this.state = IN_TAG;
          } else this.state = AFTER_END_NAME;
          break;
        }
        case IN_TAG: {
          let b = chunk[i];
          while (WHITESPACE[b] === 1) {
            this.spaceBefore = true;
            if (++i === n) break;
            b = chunk[i];
          }
          if (i === n) break;
          if (b === GT) {
            i++;
            this.state = TEXT;
            this.openElement();
          } else if (b === SLASH_BYTE) {
            i++;
            this.state = SLASH;
          } else if (NAME_START[b] === 1 && this.spaceBefore) {
            this.attrName.reset();
            this.state = ATTR_NAME;
          } else fail('malformed attribute');
          break;
        }
        case ATTR_NAME: {
          const start = i;
          while (i < n && NAME_CHAR[chunk[i]] === 1) i++;
          this.attrName.append(chunk, start, i);
          if (i === n) break;
          const name = this.attrName;
          this.attribute = find(this.attributeNames, name.bytes, 0, name.length);
          this.namedOnce(name.bytes, 0, name.length);
          this.state = AFTER_ATTR_NAME;
          break;
        }
        case AFTER_ATTR_NAME:
        case BEFORE_VALUE: {
          const b = chunk[i++];
          if (WHITESPACE[b] === 1) break;
          if (this.state === AFTER_ATTR_NAME) {
            if (b !== EQUALS) fail('attribute without value');
            this.state = BEFORE_VALUE;
          } else {
            if (b !== QUOTE && b !== APOS) fail('unquoted attribute value');
            this.quote = b;
            if (this.attribute >= 0) {
              this.attrs.values[this.attribute].reset();
              this.attrs.present |= 1 << this.attribute;
            }
            this.state = VALUE;
          }
          break;
        }
        case VALUE: {
          const target = this.attribute >= 0 ? this.attrs.values[this.attribute] : null;
          const start = i;
          while (i < n && VALUE_STOP[chunk[i]] === 0) i++;
          if (target !== null && i > start) target.append(chunk, start, i);
          if (i === n) break;
          const b = chunk[i++];
          if (b === this.quote) {
            this.spaceBefore = false;
            this.state = IN_TAG;
          } else if (b === QUOTE || b === APOS) target?.push(b);
          else if (b === AMP) this.startEntity(VALUE);
          else if (b === TAB || b === LF || b === CR) {
            // Attribute-value normalisation: each line end or tab is one space.
            target?.push(SPACE);
            if (b === CR) {
              if (i === n) this.skipLF = true;
              else if (chunk[i] === LF) i++;
            }
          } else fail('disallowed character in attribute value');
          break;
        }
        case SLASH: {
          if (chunk[i++] !== GT) fail('"/" in a start tag not followed by ">"');
          this.state = TEXT;
          this.openElement();
          this.closeElement();
          break;
        }
        case AFTER_END_NAME: {
          const b = chunk[i++];
          if (WHITESPACE[b] === 1) break;
          if (b !== GT) fail('disallowed character in end tag');
          if (this.depth === 0 || this.hashes[this.depth - 1] !== this.nameHash) fail('end tag does not match its start tag');
          this.state = TEXT;
          this.closeElement();
          break;
        }
        case ENTITY: {
          const b = chunk[i++];
          if (b === SEMI) this.endEntity();
          else if (this.entityLength === ENTITY_MAX) fail('malformed entity');
          else this.entity[this.entityLength++] = b;
          break;
        }
        case BANG:
          i = this.markup(chunk, i);
          break;
        case COMMENT:
        case PI:
        case DOCTYPE:
          i = this.skipMarkup(chunk, i);
          break;
        case CDATA:
          i = this.cdata(chunk, i);
          break;
      }
    }
  }

  /**
   * A start or end tag from just after its "<", when all of it lies in this chunk and it has
   * no entity, line end or tab in an attribute value (the common case): read in one go, with
   * the same checks as the state machine. Returns where the tag ended, or -1 to leave the tag
   * to the state machine, which reads it again from its "<" (nothing is changed until then).
   */
  private wholeTag(chunk: Uint8Array, i: number): number {
    const n = chunk.length;
    if (i >= n) return -1;
    let b = chunk[i];
    if (b === SLASH_BYTE) {
      let hash = 0;
      const from = ++i;
      while (i < n && NAME_CHAR[(b = chunk[i])] === 1) {
        hash = (Math.imul(hash, 31) + b) | 0;
        i++;
      }
      if (i === from) return -1;
      while (i < n && WHITESPACE[(b = chunk[i])] === 1) i++;
      if (i === n || b !== GT || this.depth === 0 || this.hashes[this.depth - 1] !== hash) return -1;
      this.closeElement();
      return i + 1;
    }
    if (NAME_START[b] === 0 || (this.depth === 0 && this.rootSeen)) return -1;
    let hash = 0;
    let localStart = i;
    const from = i;
    while (i < n && NAME_CHAR[(b = chunk[i])] === 1) {
      hash = (Math.imul(hash, 31) + b) | 0;
      if (b === COLON) localStart = i + 1;
      i++;
    }
    if (i === n || i - from > NAME_KEPT) return -1;
    const element = find(this.elementNames, chunk, localStart, i);
    const attrs = this.attrs;
    this.startAttributes();
    for (;;) {
      const space = i;
      while (i < n && WHITESPACE[(b = chunk[i])] === 1) i++;
      if (i === n) return -1;
      if (b === GT || b === SLASH_BYTE) {
        if (b === SLASH_BYTE && (++i === n || chunk[i] !== GT)) return -1;
        this.push(hash, element);
        this.openElement();
        if (b === SLASH_BYTE) this.closeElement();
        return i + 1;
      }
      if (i === space || NAME_START[b] === 0) return -1;
      const nameFrom = i;
      while (i < n && NAME_CHAR[chunk[i]] === 1) i++;
      if (i === n) return -1;
      const attribute = find(this.attributeNames, chunk, nameFrom, i);
      this.namedOnce(chunk, nameFrom, i);
      while (i < n && WHITESPACE[(b = chunk[i])] === 1) i++;
      if (i === n || b !== EQUALS) return -1;
      i++;
      while (i < n && WHITESPACE[(b = chunk[i])] === 1) i++;
      if (i === n || (b !== QUOTE && b !== APOS)) return -1;
      const quote = b;
      const valueFrom = ++i;
      while (i < n && (b = chunk[i]) !== quote && (VALUE_STOP[b] === 0 || b === QUOTE || b === APOS)) i++;
      if (i === n || b !== quote) return -1;
      if (attribute >= 0) {
        const value = attrs.values[attribute];
        value.reset();
        value.append(chunk, valueFrom, i);
        attrs.present |= 1 << attribute;
      }
      i++;
    }
  }

  /** The end of the part: everything opened must be closed. */
  end(): void {
    if (this.state !== TEXT || this.depth !== 0 || !this.rootSeen) fail('unexpected end of the document');
  }

  private startName(): void {
    this.nameLength = 0;
    this.nameHash = 0;
    this.localStart = 0;
  }

  /** Reads name bytes from i; returns where the name stopped (n if it may go on in the next chunk). */
  private readName(chunk: Uint8Array, i: number): number {
    const n = chunk.length;
    let hash = this.nameHash;
    let length = this.nameLength;
    while (i < n) {
      const b = chunk[i];
      if (NAME_CHAR[b] === 0) break;
      hash = (Math.imul(hash, 31) + b) | 0;
      if (length < NAME_KEPT) this.name[length] = b;
      if (b === COLON) this.localStart = length + 1;
      length++;
      i++;
    }
    this.nameHash = hash;
    this.nameLength = length;
    return i;
  }

  private classifyElement(): number {
    if (this.nameLength > NAME_KEPT) return -1;
    return find(this.elementNames, this.name, this.localStart, this.nameLength);
  }

  private startAttributes(): void {
    this.attrs.present = 0;
    this.names.reset();
    this.nameCount = 0;
  }

  /** Notes an attribute name of the start tag being read; a name given twice is malformed XML. */
  private namedOnce(bytes: Uint8Array, start: number, end: number): void {
    const names = this.names;
    const length = end - start;
    let from = 0;
    for (let k = 0; k < this.nameCount; k++) {
      const to = this.nameEnds[k];
      if (to - from === length) {
        let same = true;
        for (let j = 0; j < length && same; j++) same = names.bytes[from + j] === bytes[start + j];
        if (same) fail('duplicate attribute');
      }
      from = to;
    }
    names.append(bytes, start, end);
    if (this.nameCount === this.nameEnds.length) {
      const ends = new Int32Array(this.nameCount * 2);
      ends.set(this.nameEnds);
      this.nameEnds = ends;
    }
    this.nameEnds[this.nameCount++] = names.length;
  }

  private push(hash: number, id: number): void {
    if (this.depth === this.hashes.length) {
      const hashes = new Int32Array(this.depth * 2);
      const ids = new Int32Array(this.depth * 2);
      hashes.set(this.hashes);
      ids.set(this.ids);
      this.hashes = hashes;
      this.ids = ids;
    }
    this.hashes[this.depth] = hash;
    this.ids[this.depth] = id;
    this.depth++;
    this.rootSeen = true;
  }

  private openElement(): void {
    const id = this.ids[this.depth - 1];
    if (id >= 0) this.handler.open(id, this.attrs);
  }

  private closeElement(): void {
    const id = this.ids[--this.depth];
    if (id >= 0) this.handler.close(id);
  }

  /** Text before or after the root element: whitespace only. */
  private outsideRoot(chunk: Uint8Array, i: number): number {
    const n = chunk.length;
    while (i < n && WHITESPACE[chunk[i]] === 1) i++;
    if (i === n) return i;
    if (chunk[i] !== LT_BYTE) fail('text outside the root element');
    this.state = LT;
    return i + 1;
  }

  private startEntity(returnTo: number): void {
    this.entityLength = 0;
    this.entityReturn = returnTo;
    this.state = ENTITY;
  }

  private endEntity(): void {
    const cp = entityCodePoint(this.entity, this.entityLength);
    if (cp < 0) fail('undefined or malformed entity');
    if (this.entityReturn === TEXT) {
      if (this.depth === 0) fail('text outside the root element');
      this.handler.target?.pushCodePoint(cp);
    } else if (this.attribute >= 0) this.attrs.values[this.attribute].pushCodePoint(cp);
    this.state = this.entityReturn;
  }

  /** After "<!": a comment, a CDATA section or a DOCTYPE, told apart by their first bytes. */
  private markup(chunk: Uint8Array, i: number): number {
    const b = chunk[i++];
    const at = this.markupLength++;
    if (at === 0) this.opener = b === DASH ? COMMENT_OPEN : b === OPEN_BRACKET ? CDATA_OPEN : DOCTYPE_OPEN;
    const opener = this.opener;
    if (opener[at] !== b) fail('malformed markup declaration');
    if (at < opener.length - 1) return i;
    this.dashes = 0;
    this.brackets = 0;
    if (opener === COMMENT_OPEN) this.state = COMMENT;
    else if (opener === CDATA_OPEN) {
      if (this.depth === 0) fail('text outside the root element');
      this.state = CDATA;
    } else {
      if (this.rootSeen) fail('misplaced doctype declaration');
      this.state = DOCTYPE;
    }
    return i;
  }

  /** Comments ("-->"), processing instructions ("?>") and a DOCTYPE (">" outside "[…]") hold nothing the model needs. */
  private skipMarkup(chunk: Uint8Array, i: number): number {
    const n = chunk.length;
    while (i < n) {
      const b = chunk[i++];
      if (this.state === COMMENT) {
        if (b === DASH) this.dashes++;
        else if (b === GT && this.dashes >= 2) return this.toText(i);
        else this.dashes = 0;
      } else if (this.state === PI) {
        if (b === GT && this.question) return this.toText(i);
        this.question = b === QUESTION;
      } else if (b === OPEN_BRACKET) this.brackets++;
      else if (b === CLOSE_BRACKET) this.brackets--;
      else if (b === GT && this.brackets <= 0) return this.toText(i);
    }
    return i;
  }

  /** CDATA text up to "]]>", line ends normalised; a "]" is held back until it is known not to end the section. */
  private cdata(chunk: Uint8Array, i: number): number {
    const n = chunk.length;
    const target = this.handler.target;
    while (i < n) {
      const b = chunk[i++];
      if (b === CLOSE_BRACKET) {
        this.brackets++;
        continue;
      }
      if (b === GT && this.brackets >= 2) {
        for (let k = 2; k < this.brackets; k++) target?.push(CLOSE_BRACKET);
        return this.toText(i);
      }
      for (; this.brackets > 0; this.brackets--) target?.push(CLOSE_BRACKET);
      if (b === CR) {
        target?.push(LF);
        if (i === n) this.skipLF = true;
        else if (chunk[i] === LF) i++;
      } else if (b < SPACE && b !== TAB && b !== LF) fail('disallowed character');
      else target?.push(b);
    }
    return i;
  }

  private toText(i: number): number {
    this.state = TEXT;
    return i;
  }
}

function fail(message: string): never {
  throw readErrors.unreadable(new Error(`XML: ${message}`));
}

/** Index of the name equal to bytes[start, end) in names, or -1. */
function find(names: Uint8Array[], bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  outer: for (let k = 0; k < names.length; k++) {
    const name = names[k];
    if (name.length !== length) continue;
    for (let j = 0; j < length; j++) if (name[j] !== bytes[start + j]) continue outer;
    return k;
  }
  return -1;
}

const ENTITY_NAMES = ['amp', 'lt', 'gt', 'quot', 'apos'].map(ascii);
const ENTITY_CHARS = [AMP, LT_BYTE, GT, QUOTE, APOS];

/** The five predefined entities and character references ("&#65;", "&#x41;"); -1 for anything else. */
function entityCodePoint(e: Uint8Array, length: number): number {
  if (length === 0) return -1;
  if (e[0] !== 0x23) {
    const k = find(ENTITY_NAMES, e, 0, length);
    return k < 0 ? -1 : ENTITY_CHARS[k];
  }
  const hex = length > 1 && e[1] === 0x78;
  let k = hex ? 2 : 1;
  if (k === length) return -1;
  let cp = 0;
  for (; k < length; k++) {
    const d = digitValue(e[k], hex);
    if (d < 0) return -1;
    cp = cp * (hex ? 16 : 10) + d;
  }
  return isXmlChar(cp) ? cp : -1;
}

function digitValue(b: number, hex: boolean): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (!hex) return -1;
  const lower = b | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** XML 1.0's Char production. */
function isXmlChar(cp: number): boolean {
  return cp === TAB || cp === LF || cp === CR || (cp >= SPACE && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}
