/**
 * The byte scanner the streaming reader reads worksheets and shared strings with: what a handler
 * gets (elements by local name, wanted attributes, text with entities, CDATA and line ends
 * resolved) must not depend on where the unpacker cut the chunks, and malformed XML must be
 * refused as the XML parser of the other reader refuses it.
 */
import { ByteBuffer } from '../../../src/host/file/stream/byteBuffer';
import { XmlScanner, type ScanHandler, type ScannedAttributes } from '../../../src/host/file/stream/xmlScanner';

/** Logs what the scanner hands over: wanted opens with their attributes, text of <b>, closes. */
class Recorder implements ScanHandler {
  readonly elements = ['a', 'b'];
  readonly attributes = ['x', 'y'];
  target: ByteBuffer | null = null;
  readonly log: string[] = [];
  private readonly text = new ByteBuffer(4);

  open(element: number, attrs: ScannedAttributes): void {
    const given = this.attributes.flatMap((name, i) => {
      const v = attrs.get(i);
      return v ? [`${name}=${JSON.stringify(v.text())}`] : [];
    });
    this.log.push(`<${this.elements[element]}${given.map((g) => ` ${g}`).join('')}>`);
    if (element === 1) {
      this.text.reset();
      this.target = this.text;
    }
  }

  close(element: number): void {
    if (element === 1) {
      this.log.push(JSON.stringify(this.text.text()));
      this.target = null;
    }
    this.log.push(`</${this.elements[element]}>`);
  }
}

const encode = (xml: string) => new TextEncoder().encode(xml);

/** Scans the bytes cut at the given offsets; the log, or the error thrown. */
function scan(bytes: Uint8Array, cuts: number[] = []): string[] | Error {
  const recorder = new Recorder();
  try {
    const scanner = new XmlScanner(recorder);
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      scanner.write(bytes.subarray(from, cut));
      from = cut;
    }
    scanner.end();
    return recorder.log;
  } catch (e) {
    return e as Error;
  }
}

/** Every way of cutting the bytes in two, and into single bytes. */
function cuttings(length: number): number[][] {
  const all = Array.from({ length: length - 1 }, (_, k) => [k + 1]);
  all.push(Array.from({ length: length - 1 }, (_, k) => k + 1));
  return all;
}

const TRICKY =
  '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<!DOCTYPE r [<!ELEMENT r ANY>]><!-- a comment with <a> -->' +
  '<p:r xmlns:p="urn:p">' +
  '<p:a x="1 &amp; 2" y=\'say "hi"\' z="ignored"/>' +
  '<a x="tab\there&#10;line\r\nend" ><b>plain</b></a>' +
  '<b>&lt;&gt;&quot;&apos;&#65;&#x1F600;&#x00E5;</b>' +
  '<b>cr\ronly crlf\r\nend</b>' +
  '<b><![CDATA[<raw> & ]] ]]]></b>' +
  '<b>Å <unwanted>ä</unwanted> ö<?pi skipped?><!-- skipped --></b>' +
  '<b/>' +
  '</p:r>\n<!-- trailing -->\n';

describe('XmlScanner', () => {
  it('hands over elements by local name, wanted attributes and resolved text', () => {
    expect(scan(encode(TRICKY))).toEqual([
      '<a x="1 & 2" y="say \\"hi\\"">',
      '</a>',
      // Tabs and line ends in attribute values are spaces; a character reference is kept.
      '<a x="tab here\\nline end">',
      '<b>',
      '"plain"',
      '</b>',
      '</a>',
      '<b>',
      '"<>\\"\'A😀å"',
      '</b>',
      '<b>',
      '"cr\\nonly crlf\\nend"',
      '</b>',
      '<b>',
      '"<raw> & ]] ]"',
      '</b>',
      '<b>',
      // Text of an element inside <b> still reaches the target the handler set.
      '"Å ä ö"',
      '</b>',
      '<b>',
      '""',
      '</b>',
    ]);
  });

  it('gives the same result wherever the chunks are cut', () => {
    const bytes = encode(TRICKY);
    const whole = scan(bytes);
    for (const cuts of cuttings(bytes.length)) expect([cuts.length, scan(bytes, cuts)]).toEqual([cuts.length, whole]);
  });

  it.each([
    ['end tag not matching', '<r><a></b></r>'],
    ['unclosed element', '<r><a>'],
    ['end tag without start', '<r></a></r>'],
    ['undefined entity', '<r>&nbsp;</r>'],
    ['entity without ;', '<r>&amp </r>'],
    ['character reference to NUL', '<r>&#0;</r>'],
    ['upper-case X in a hex reference', '<r>&#X41;</r>'],
    ['"<" in an attribute value', '<r x="a<b"/>'],
    ['unquoted attribute value', '<r x=1/>'],
    ['attribute without value', '<r x/>'],
    ['duplicate attribute', '<r x="1" y="2" x="3"/>'],
    ['duplicate unwanted attribute', '<r z="1" z="1"/>'],
    ['no space between attributes', '<r x="1"y="2"/>'],
    ['text before the root', 'hej<r/>'],
    ['text after the root', '<r/>hej'],
    ['two roots', '<r/><r/>'],
    ['no root', '<!-- nothing -->'],
    ['empty document', ''],
    ['control character', '<r>\u0001</r>'],
    ['cut inside a tag', '<r><a x="1"'],
    ['cut inside a CDATA section', '<r><![CDATA[x'],
    ['malformed markup', '<r><!DOCTYPE r></r>'],
  ])('refuses malformed XML (%s) as unreadable, however it is cut', (_name, xml) => {
    const bytes = encode(xml);
    for (const cuts of [[], ...(bytes.length > 1 ? cuttings(bytes.length) : [])]) {
      expect(scan(bytes, cuts)).toMatchObject({ name: 'WorkbookReadError', code: 'unreadable' });
    }
  });
});
