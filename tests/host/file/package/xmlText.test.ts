import { children, findTag, getAttr, nextTag, removeAttr, setAttr } from '../../../../src/host/file/package/xmlTags';
import { cellStyleIndex, setCellContent, setCellStyle } from '../../../../src/host/file/package/sheetCells';
import { derivedXf } from '../../../../src/host/file/package/cellFormats';

const sheet = (data: string, tail = '') =>
  `<?xml version="1.0"?><worksheet xmlns="m"><sheetData>${data}</sheetData>${tail}</worksheet>`;

describe('xmlTags', () => {
  it('skips comments, CDATA and quoted ">" when finding tags', () => {
    const xml = '<!-- <a> --><![CDATA[<b>]]><c x="1>2" y=\'<\'/><d></d>';
    const first = nextTag(xml, 0)!;
    expect(first).toMatchObject({ name: 'c', kind: 'empty' });
    expect(getAttr(xml.slice(first.start, first.end), 'x')).toBe('1>2');
    expect(nextTag(xml, first.end)).toMatchObject({ name: 'd', kind: 'open' });
  });

  it('sets, adds and removes attributes without touching the rest of the tag', () => {
    expect(setAttr('<c r="A1" s="3" t="n">', 's', '7')).toBe('<c r="A1" s="7" t="n">');
    expect(setAttr('<c r="A1"/>', 's', '2')).toBe('<c r="A1" s="2"/>');
    expect(removeAttr('<c r="A1" s="2"/>', 's')).toBe('<c r="A1"/>');
    expect(getAttr('<x r:id="rId1" id="a&amp;b">', 'id')).toBe('a&b');
  });

  it('lists children with nesting counted', () => {
    const xml = '<p><a><a/></a><b/></p>';
    expect(children(xml, findTag(xml, 'p')!).map((c) => c.tag.name)).toEqual(['a', 'b']);
  });
});

describe('sheet cell patching', () => {
  const tail = '<conditionalFormatting sqref="A1"><cfRule type="expression" priority="1"><formula>A1&gt;0</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" sqref="B2"><formula1>"a,b"</formula1></dataValidation></dataValidations>';

  it('changes only the style attribute of an existing cell', () => {
    const xml = sheet('<row r="2" spans="1:3"><c r="A2" s="1"><v>5</v></c><c r="C2" t="s"><v>0</v></c></row>', tail);
    expect(setCellStyle(xml, 'A2', 9)).toBe(xml.replace('s="1"', 's="9"'));
    expect(setCellStyle(xml, 'C2', 4)).toBe(xml.replace('<c r="C2" t="s">', '<c r="C2" t="s" s="4">'));
  });

  it('creates cells and rows in order, widening the row span', () => {
    const xml = sheet('<row r="2" spans="1:3"><c r="A2"><v>1</v></c><c r="C2"><v>3</v></c></row><row r="5"><c r="B5"><v>1</v></c></row>', tail);
    const out = ['B2', 'D2', 'B1', 'A3', 'Z9'].reduce((x, ref) => setCellStyle(x, ref, 2), xml);
    expect(out).toBe(
      sheet(
        '<row r="1"><c r="B1" s="2"/></row><row r="2" spans="1:4"><c r="A2"><v>1</v></c><c r="B2" s="2"/><c r="C2"><v>3</v></c><c r="D2" s="2"/></row>' +
          '<row r="3"><c r="A3" s="2"/></row><row r="5"><c r="B5"><v>1</v></c></row><row r="9"><c r="Z9" s="2"/></row>',
        tail,
      ),
    );
  });

  it('fills an empty sheetData and an empty row, and keeps a namespace prefix', () => {
    const xml = '<x:worksheet xmlns:x="m"><x:sheetData/></x:worksheet>';
    expect(setCellStyle(xml, 'B3', 1)).toBe('<x:worksheet xmlns:x="m"><x:sheetData><x:row r="3"><x:c r="B3" s="1"/></x:row></x:sheetData></x:worksheet>');
    expect(setCellStyle(sheet('<row r="4" ht="20" customHeight="1"/>'), 'A4', 3)).toBe(sheet('<row r="4" ht="20" customHeight="1"><c r="A4" s="3"/></row>'));
  });

  it('finds cells and rows written without addresses', () => {
    const xml = sheet('<row><c><v>1</v></c><c s="4"><v>2</v></c></row>');
    expect(cellStyleIndex(xml, 'B1')).toBe(4);
    expect(setCellStyle(xml, 'B1', 6)).toBe(sheet('<row><c><v>1</v></c><c s="6"><v>2</v></c></row>'));
  });

  it('takes the style of an absent cell from its row or column', () => {
    const xml = '<worksheet><cols><col min="2" max="4" style="7"/></cols><sheetData><row r="3" s="5" customFormat="1"/></sheetData></worksheet>';
    expect(cellStyleIndex(xml, 'A3')).toBe(5);
    expect(cellStyleIndex(xml, 'C8')).toBe(7);
    expect(cellStyleIndex(xml, 'F8')).toBe(0);
  });

  it('writes values and formulas with their results', () => {
    const xml = sheet('<row r="1"><c r="A1" s="2" t="s"><v>0</v></c></row>');
    expect(setCellContent(xml, 'A1', { formula: '=SUM(B1:B2)', result: 3 })).toBe(sheet('<row r="1"><c r="A1" s="2"><f>SUM(B1:B2)</f><v>3</v></c></row>'));
    expect(setCellContent(xml, 'A1', { value: 'a<b' })).toBe(sheet('<row r="1"><c r="A1" s="2" t="inlineStr"><is><t xml:space="preserve">a&lt;b</t></is></c></row>'));
    expect(setCellContent(xml, 'A1', { value: null })).toBe(sheet('<row r="1"><c r="A1" s="2"/></row>'));
    const array = sheet('<row r="1"><c r="A1"><f t="array" ref="A1:A3">B1:B3</f><v>1</v></c></row>');
    expect(() => setCellContent(array, 'A1', { value: 1 })).toThrow(/array/);
    expect(setCellContent(xml, 'A1', { error: '#N/A' })).toBe(sheet('<row r="1"><c r="A1" s="2" t="e"><v>#N/A</v></c></row>'));
  });
});

describe('derived cell formats', () => {
  const markStyle = (xml: string, base: number, argb: string) => derivedXf(xml, base, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } });
  const styles =
    '<styleSheet><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><sz val="10"/><color rgb="FF333333"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="1" fillId="0" borderId="2" xfId="0" applyNumberFormat="1"><alignment horizontal="right"/></xf></cellXfs><dxfs count="0"/></styleSheet>';

  it('clones the cell format with a new solid fill and reuses both the second time', () => {
    const first = markStyle(styles, 1, 'FFFF0000');
    expect(first.xf).toBe(2);
    expect(first.xml).toContain('<fills count="3">');
    expect(first.xml).toContain('<fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/></patternFill></fill></fills>');
    expect(first.xml).toContain('<cellXfs count="3">');
    expect(first.xml).toContain('<xf numFmtId="4" fontId="1" fillId="2" borderId="2" xfId="0" applyNumberFormat="1" applyFill="1"><alignment horizontal="right"/></xf></cellXfs>');
    expect(first.xml.endsWith('<dxfs count="0"/></styleSheet>')).toBe(true);
    expect(markStyle(first.xml, 1, 'ffff0000')).toEqual(first);
    const amber = markStyle(first.xml, 1, 'FFFFC000');
    expect(amber.xf).toBe(3);
    expect(amber.xml).toContain('<fills count="4">');
  });

  it('adds a number format and a bold font built on the cell\'s own font, and finds them again', () => {
    const bold = derivedXf(styles, 1, { numFmt: '# ##0,0', font: { bold: true } });
    expect(bold.xml).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="# ##0,0"/></numFmts><fonts');
    expect(bold.xml).toContain('<font><b/><sz val="10"/><color rgb="FF333333"/><name val="Arial"/></font></fonts>');
    expect(bold.xml).toContain('<xf numFmtId="164" fontId="2" fillId="0" borderId="2" xfId="0" applyNumberFormat="1" applyFont="1"><alignment horizontal="right"/></xf></cellXfs>');
    expect(derivedXf(bold.xml, 1, { numFmt: '# ##0,0', font: { bold: true } })).toEqual(bold);
    // A built-in format code keeps its id; putting the font back finds the cell's original format.
    expect(derivedXf(bold.xml, bold.xf, { numFmt: '#,##0.00', font: { size: 10, color: { argb: 'FF333333' }, name: 'Arial' } })).toMatchObject({ xf: 1 });
  });
});
