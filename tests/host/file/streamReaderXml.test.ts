/**
 * The streaming reader on hand-written package XML: the SpreadsheetML features the fixtures
 * seldom hold (prefixed elements, cells without r, shared formulas, inline and rich strings,
 * ISO dates, the 1904 system, merges over values, Periodkoll's store sheet, chartsheets).
 */
import JSZip from 'jszip';
import { readErrors } from '../../../src/host/file/readErrors';
import { readXlsxStream } from '../../../src/host/file/readXlsxStream';

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

async function pack(sheets: Array<{ name: string; xml: string; state?: string }>, extra: Record<string, string> = {}, workbookPr = ''): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    'xl/workbook.xml',
    `<x:workbook ${NS}>${workbookPr}<x:sheets>${sheets
      .map((s, i) => `<x:sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ''}/>`)
      .join('')}<x:sheet name="Diagram" sheetId="99" r:id="rId99"/></x:sheets>` +
      `<x:definedNames><x:definedName name="Avtal">Blad1!$A$1:$A$3</x:definedName><x:definedName name="_xlnm.Print_Area" localSheetId="0">Blad1!$A$1</x:definedName></x:definedNames></x:workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="ws" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}<Relationship Id="rId99" Type="cs" Target="/xl/chartsheets/sheet1.xml"/>` +
      `<Relationship Id="rIdS" Type="st" Target="styles.xml"/><Relationship Id="rIdT" Type="ss" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file(
    'xl/styles.xml',
    `<x:styleSheet ${NS}><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="#,##0\\ &quot;kr&quot;"/></x:numFmts>` +
      `<x:cellStyleXfs count="1"><x:xf numFmtId="14"/></x:cellStyleXfs>` +
      `<x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="14"/><x:xf numFmtId="30"/></x:cellXfs></x:styleSheet>`,
  );
  zip.file(
    'xl/sharedStrings.xml',
    `<x:sst ${NS}><x:si><x:t>Intäkter</x:t></x:si><x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Kost</x:t></x:r><x:r><x:t xml:space="preserve">nader </x:t></x:r><x:rPh><x:t>fonetik</x:t></x:rPh></x:si><x:si><x:t>rad_x000D_brytning</x:t></x:si></x:sst>`,
  );
  zip.file('xl/chartsheets/sheet1.xml', '<chartsheet/>');
  sheets.forEach((s, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<x:worksheet ${NS}>${s.xml}</x:worksheet>`));
  for (const [name, text] of Object.entries(extra)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const row = (r: number, cells: string) => `<x:row r="${r}">${cells}</x:row>`;

describe('readXlsxStream on hand-written XML', () => {
  it('reads values of every type, with prefixes, cells without r, and number formats', async () => {
    const xml =
      '<x:sheetData>' +
      row(1, '<x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c r="D1" t="s"><x:v>2</x:v></x:c>') +
      row(2, '<x:c r="A2" s="1"><x:v>1234.5</x:v></x:c><x:c r="B2" t="b"><x:v>1</x:v></x:c><x:c r="C2" t="e"><x:v>#N/A</x:v></x:c><x:c r="D2" t="inlineStr"><x:is><x:t>inline &amp; text</x:t></x:is></x:c>') +
      row(3, '<x:c r="A3" s="2"><x:v>45292.5</x:v></x:c><x:c r="B3" t="d"><x:v>2024-01-01T12:00:00</x:v></x:c><x:c r="C3" s="3"><x:v>7</x:v></x:c><x:c r="D3" s="1"/><x:c r="E3" t="str"><x:v></x:v></x:c>') +
      '</x:sheetData>';
    const wb = await readXlsxStream(await pack([{ name: 'Blad1', xml }]), 'bok.xlsx');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Blad1']);
    expect(wb.definedNames).toEqual({ Avtal: 'Blad1!$A$1:$A$3' });
    const [r1, r2, r3] = wb.sheets[0].rows;
    expect(r1).toEqual([
      { value: 'Intäkter', type: 'text', numberFormat: 'General' },
      { value: 'Kostnader ', type: 'text', numberFormat: 'General' },
      undefined,
      { value: 'rad\rbrytning', type: 'text', numberFormat: 'General' },
    ]);
    expect(r2).toEqual([
      // The backslash escape stays, as Excel and Office.js show the code.
      { value: 1234.5, type: 'number', numberFormat: '#,##0\\ "kr"' },
      { value: true, type: 'boolean', numberFormat: 'General' },
      { value: '#N/A', type: 'error', numberFormat: 'General' },
      { value: 'inline & text', type: 'text', numberFormat: 'General' },
    ]);
    // Dates stay serials; an id without a code (30) reads as General.
    expect(r3).toEqual([
      { value: 45292.5, type: 'number', numberFormat: 'mm-dd-yy' },
      { value: 45292.5, type: 'number', numberFormat: 'General' },
      { value: 7, type: 'number', numberFormat: 'General' },
    ]);
    expect(wb.sheets[0]).toMatchObject({ rowCount: 3, colCount: 4, merges: [] });
  });

  it('expands shared formulas per cell and keeps array formulas on their anchor', async () => {
    const xml =
      '<x:sheetData>' +
      row(1, '<x:c r="C1"><x:f t="shared" ref="C1:C3" si="0">A1+_xlfn.IFS(B1&gt;0,B$1,TRUE,$B1)</x:f><x:v>2</x:v></x:c>') +
      row(2, '<x:c r="C2"><x:f t="shared" si="0"/><x:v>3</x:v></x:c><x:c r="D2"><x:f t="array" ref="D2:D3">A1:A2*2</x:f><x:v>4</x:v></x:c>') +
      row(3, '<x:c r="C3"><x:f t="shared" si="0"/></x:c><x:c r="D3"><x:v>6</x:v></x:c>') +
      '</x:sheetData>';
    const sheet = (await readXlsxStream(await pack([{ name: 'Blad1', xml }]), 'bok.xlsx')).sheets[0];
    const formula = (r: number, c: number) => sheet.rows[r - 1]?.[c - 1]?.formula;
    expect(formula(1, 3)).toBe('=A1+IFS(B1>0,B$1,TRUE,$B1)');
    expect(formula(2, 3)).toBe('=A2+IFS(B2>0,B$1,TRUE,$B2)');
    expect(sheet.rows[2]?.[2]).toEqual({ value: null, type: 'empty', formula: '=A3+IFS(B3>0,B$1,TRUE,$B3)', numberFormat: 'General' });
    expect(formula(2, 4)).toBe('=A1:A2*2');
    expect(sheet.rows[2]?.[3]).toEqual({ value: 6, type: 'number', numberFormat: 'General' });
  });

  it('drops values hidden under a merge, reads state, protection, 1904 and the store sheet', async () => {
    const merged =
      '<x:sheetProtection sheet="1"/>' +
      '<x:sheetData>' +
      row(1, '<x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c>') +
      row(2, '<x:c r="A2"><x:v>3</x:v></x:c>') +
      '</x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells>';
    // The sheet element comes before sheetData in a real file; order does not matter to the reader.
    const store =
      '<x:sheetData>' +
      row(1, '<x:c r="A1" t="inlineStr"><x:is><x:t>Periodkoll data</x:t></x:is></x:c><x:c r="B1"><x:v>1</x:v></x:c>') +
      row(2, '<x:c r="A2" t="inlineStr"><x:is><x:t>nyckel</x:t></x:is></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>{"a":</x:t></x:is></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>1}</x:t></x:is></x:c>') +
      '</x:sheetData>';
    const bytes = await pack(
      [
        { name: 'Blad1', xml: merged, state: 'hidden' },
        { name: 'Periodkoll_data', xml: store, state: 'veryHidden' },
      ],
      {},
      '<x:workbookPr date1904="true"/>',
    );
    const wb = await readXlsxStream(bytes, 'bok.xlsx');
    expect(wb.dateSystem).toBe(1904);
    expect(wb.store).toEqual({ nyckel: '{"a":1}' });
    expect(wb.sheets.map((s) => s.name)).toEqual(['Blad1']);
    const sheet = wb.sheets[0];
    expect(sheet).toMatchObject({ hidden: true, protected: true, rowCount: 2, colCount: 1, merges: [{ top: 1, left: 1, bottom: 1, right: 2 }] });
    expect(sheet.rows[0]?.[1]).toBeUndefined();
  });

  it('refuses a package without worksheets and damaged XML with the Swedish messages', async () => {
    const none = await pack([]);
    await expect(readXlsxStream(none, 'bok.xlsx')).rejects.toThrow('Arbetsboken innehåller inga kalkylblad att kontrollera.');
    const broken = await pack([{ name: 'Blad1', xml: '<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:c>' }]);
    await expect(readXlsxStream(broken, 'bok.xlsx')).rejects.toThrow(expect.objectContaining({ code: 'unreadable' }));
    const cells = '<x:sheetData>' + row(1, '<x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c><x:c r="C1"/>') + '</x:sheetData>';
    const limits = { fileBytes: 1e9, cells: 2, worksheetXmlBytes: 1e9, unpackedBytes: 1e9 };
    const many = await pack([{ name: 'Blad1', xml: cells }]);
    await expect(readXlsxStream(many, 'bok.xlsx', limits)).rejects.toThrow('Arbetsboken har för många celler (över 2).');
  });

  it('resolves entities, CDATA, _xHHHH_ escapes and line ends in values, formulas and shared strings', async () => {
    const strings =
      `<x:sst ${NS}><x:si><x:t>A &amp; B &lt;C&gt; &#x00C5;&#246;</x:t></x:si>` +
      '<x:si><x:r><x:t><![CDATA[<rå>]]></x:t></x:r><x:r><x:t xml:space="preserve"> rad1\r\nrad2_x0009_slut</x:t></x:r><x:rPh><x:t>fonetik</x:t></x:rPh></x:si></x:sst>';
    const xml =
      '<x:sheetData>' +
      row(1, '<x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="str"><x:v>&quot;citat&quot; &apos;x&apos;</x:v></x:c>') +
      row(2, '<x:c r="A2"><x:v>&#49;&#50;.5</x:v></x:c><x:c r="B2"><x:v><![CDATA[-7]]></x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>ett_x000D_tv\u00e5</x:t></x:is></x:c>') +
      row(3, '<x:c r="A3"><x:f>IF(A2&gt;1,"&lt;&amp;&gt;",B2)</x:f><x:v>&lt;&amp;&gt;</x:v></x:c><x:c r="B3" t="e"><x:v>#DIV/0!</x:v></x:c>') +
      '</x:sheetData>';
    const sheet = (await readXlsxStream(await pack([{ name: 'Blad1', xml }], { 'xl/sharedStrings.xml': strings }), 'bok.xlsx')).sheets[0];
    const cell = (r: number, c: number) => sheet.rows[r - 1]?.[c - 1];
    expect(cell(1, 1)).toMatchObject({ value: 'A & B <C> Åö', type: 'text' });
    expect(cell(1, 2)).toMatchObject({ value: '<rå> rad1\nrad2\tslut', type: 'text' });
    expect(cell(1, 3)).toMatchObject({ value: '"citat" \'x\'', type: 'text' });
    expect(cell(2, 1)).toMatchObject({ value: 12.5, type: 'number' });
    expect(cell(2, 2)).toMatchObject({ value: -7, type: 'number' });
    expect(cell(2, 3)).toMatchObject({ value: 'ett\rtvå', type: 'text' });
    // A formula's cached text result has no t="str" here, so it is read as a number and is not one.
    expect(cell(3, 1)).toEqual({ value: null, type: 'empty', formula: '=IF(A2>1,"<&>",B2)', numberFormat: 'General' });
    expect(cell(3, 2)).toMatchObject({ value: '#DIV/0!', type: 'error' });
  });

  it('reads numbers as parseFloat does, also those the fast path leaves to it', async () => {
    const texts = ['0', '-0', '63.78', '0.1', '007', '123456789012345', '1234567890123456789', '0.30000000000000004', '1e3', '-.5', '5.', ' 12', '12abc', 'abc', '-'];
    const cells = texts.map((t, i) => `<x:c r="A${i + 1}"><x:v>${t}</x:v></x:c>`);
    const xml = `<x:sheetData>${cells.map((c, i) => row(i + 1, c)).join('')}</x:sheetData>`;
    const sheet = (await readXlsxStream(await pack([{ name: 'Blad1', xml }]), 'bok.xlsx')).sheets[0];
    const read = texts.map((_, i) => sheet.rows[i]?.[0]?.value);
    const expected = texts.map((t) => (Number.isFinite(parseFloat(t)) ? parseFloat(t) : undefined));
    expect(read).toEqual(expected);
    expect(Object.is(read[1], -0)).toBe(true);
  });

  it('gives cells that read the same (value, type, format) one shared object, formulas their own', async () => {
    const xml =
      '<x:sheetData>' +
      row(1, '<x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>5</x:v></x:c><x:c r="C1"><x:f>1+1</x:f><x:v>2</x:v></x:c>') +
      row(2, '<x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2" s="1"><x:v>5</x:v></x:c><x:c r="C2"><x:f>1+1</x:f><x:v>2</x:v></x:c>') +
      row(3, '<x:c r="A3" t="s"><x:v>0</x:v></x:c><x:c r="B3"><x:v>5</x:v></x:c>') +
      '</x:sheetData>';
    const rows = (await readXlsxStream(await pack([{ name: 'Blad1', xml }]), 'bok.xlsx')).sheets[0].rows;
    expect(rows[0]?.[0]).toBe(rows[1]?.[0]);
    expect(rows[0]?.[0]).toBe(rows[2]?.[0]);
    expect(rows[0]?.[1]).toBe(rows[2]?.[1]);
    // Another number format is another cell; so is every formula cell.
    expect(rows[1]?.[1]).toEqual({ value: 5, type: 'number', numberFormat: '#,##0\\ "kr"' });
    expect(rows[0]?.[2]).not.toBe(rows[1]?.[2]);
  });

  const limits = (cells: number) => ({ fileBytes: 1e9, cells, worksheetXmlBytes: 1e9, unpackedBytes: 1e9 });
  const valueCells = (from: number, count: number) => Array.from({ length: count }, (_, i) => row(from + i, `<x:c r="A${from + i}"><x:v>${i}</x:v></x:c>`)).join('');

  it('refuses a cell bomb as soon as the count passes the limit, without reading the rest of the sheet', async () => {
    // Damaged XML after the 60th cell: only a reader that stopped counting at 50 never sees it.
    const xml = `<x:sheetData>${valueCells(1, 60)}<x:row r="61"><x:c r="A61"><x:v>1</x:c></x:row></x:sheetData>`;
    const bomb = await pack([{ name: 'Blad1', xml }]);
    await expect(readXlsxStream(bomb, 'bok.xlsx', limits(50))).rejects.toThrow('Arbetsboken har för många celler (över 50).');
    await expect(readXlsxStream(bomb, 'bok.xlsx', limits(100))).rejects.toThrow(expect.objectContaining({ code: 'unreadable' }));
  });

  it('counts every <c> of every sheet together, empty ones and those of its own store sheet too', async () => {
    const blad1 = `<x:sheetData>${row(1, '<x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"/><x:c r="C1" s="1"/>')}</x:sheetData>`;
    const store = `<x:sheetData>${row(1, '<x:c r="A1" t="inlineStr"><x:is><x:t>Periodkoll data</x:t></x:is></x:c><x:c r="B1"><x:v>1</x:v></x:c>')}</x:sheetData>`;
    const bytes = await pack([
      { name: 'Blad1', xml: blad1 },
      { name: 'Periodkoll_data', xml: store, state: 'veryHidden' },
    ]);
    await expect(readXlsxStream(bytes, 'bok.xlsx', limits(4))).rejects.toThrow('Arbetsboken har för många celler (över 4).');
    expect((await readXlsxStream(bytes, 'bok.xlsx', limits(5))).sheets.map((s) => s.name)).toEqual(['Blad1']);
  });

  it('refuses a cell beyond the grid, but as too many cells when the sheets hold more than the limit', async () => {
    const beyond = `<x:sheetData>${row(1, '<x:c r="XFD1"><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c>')}</x:sheetData>`;
    const alone = await pack([{ name: 'Blad1', xml: beyond }]);
    await expect(readXlsxStream(alone, 'bok.xlsx', limits(50))).rejects.toThrow(readErrors.beyondGrid().message);
    // As the ExcelJS path, which counts before it reads: the count decides, also from a later sheet.
    const many = `<x:sheetData>${valueCells(1, 60)}</x:sheetData>`;
    const bytes = await pack([
      { name: 'Blad1', xml: beyond },
      { name: 'Blad2', xml: many },
    ]);
    await expect(readXlsxStream(bytes, 'bok.xlsx', limits(50))).rejects.toThrow('Arbetsboken har för många celler (över 50).');
  });
});

