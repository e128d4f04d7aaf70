import { HostError } from '../../../src/host/port';
import { batchesBySize } from '../../../src/host/excel/batches';
import { toCell } from '../../../src/host/excel/convertCells';
import { englishErrorLiteral, errorLiteralFromJson } from '../../../src/host/excel/errorValues';
import { canRestore, carriesMark, isNoFill } from '../../../src/host/excel/fill';
import { MARKS_NAMESPACE, ledgerFromXml, ledgerToXml, ledgerToXmlParts, mergeLedgers, noteFingerprint, type MarkLedger } from '../../../src/host/excel/markLedger';
import { LEDGER_PART_CHARS } from '../../../src/host/excel/markStore';
import { normalizeMarks } from '../../../src/host/excel/normalizeMarks';
import { toHostError } from '../../../src/host/excel/officeErrors';
import { applyTint, removeTint } from '../../../src/host/excel/tint';
import { PAYLOAD_LIMIT_BYTES } from '../../../src/host/excel/payload';
import { chunkBytes, planChunks, splitChunk } from '../../../src/host/excel/readPlan';
import { parseAreaList, sheetCellReference, splitSheetReference } from '../../../src/host/excel/sheetReference';

describe('read plan', () => {
  it('puts small sheets in one chunk', () => {
    const areas = Array.from({ length: 20 }, (_, i) => ({ sheet: i, name: `Enhet ${i}`, top: 1, left: 1, rows: 30, cols: 8 }));
    const chunks = planChunks(areas, true);
    expect(chunks).toHaveLength(1);
    expect(chunks[0].slices).toHaveLength(20);
    expect(chunks[0].slices.every((s) => s.merges)).toBe(true);
  });

  it('cuts a huge sheet into row slices, each chunk estimated under the limit, covering every row once', () => {
    const area = { sheet: 0, name: 'Huvudbok', top: 3, left: 2, rows: 1_000_000, cols: 30 };
    const chunks = planChunks([area, { sheet: 1, name: 'Liten', top: 1, left: 1, rows: 5, cols: 5 }], true);
    console.log(`Excel adapter: a 1 000 000 × 30 used range plans as ${chunks.length} chunks, largest estimate ${Math.max(...chunks.map((c) => c.estimatedBytes))} bytes`);
    expect(chunks.length).toBeGreaterThan(100);
    for (const c of chunks) {
      expect(c.estimatedBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      expect(c.estimatedBytes).toBe(chunkBytes(c.slices));
    }
    const slices = chunks.flatMap((c) => c.slices).filter((s) => s.sheet === 0);
    let next = 3;
    for (const s of slices) {
      expect(s.top).toBe(next);
      expect(s.left).toBe(2);
      next += s.rows;
    }
    expect(next).toBe(3 + 1_000_000);
    expect(slices.filter((s) => s.merges)).toHaveLength(1);
  });

  it('gives a row wider than the limit a chunk of its own', () => {
    const chunks = planChunks([{ sheet: 0, name: 'Bred', top: 1, left: 1, rows: 3, cols: 16_384 }], false, 1_000_000);
    expect(chunks.map((c) => c.slices[0].rows)).toEqual([1, 1, 1]);
  });

  it('halves a refused chunk by slices, then by rows, and stops at one row', () => {
    const chunk = planChunks([{ sheet: 0, name: 'A', top: 1, left: 1, rows: 10, cols: 2 }, { sheet: 1, name: 'B', top: 1, left: 1, rows: 4, cols: 2 }], true)[0];
    const [a, b] = splitChunk(chunk)!;
    expect([a.slices.length, b.slices.length]).toEqual([1, 1]);
    const [a1, a2] = splitChunk(a)!;
    expect([a1.slices[0].top, a1.slices[0].rows, a1.slices[0].merges]).toEqual([1, 5, true]);
    expect([a2.slices[0].top, a2.slices[0].rows, a2.slices[0].merges]).toEqual([6, 5, false]);
    expect(splitChunk({ slices: [{ ...a1.slices[0], rows: 1 }], estimatedBytes: 0 })).toBeUndefined();
  });
});

describe('cells and error values', () => {
  it('maps errors in English and Swedish, and from valuesAsJson', () => {
    expect(englishErrorLiteral('#DIVISION/0!')).toBe('#DIV/0!');
    expect(englishErrorLiteral('#värdefel!')).toBe('#VALUE!');
    expect(englishErrorLiteral('#SAKNAS!')).toBe('#N/A');
    expect(englishErrorLiteral('#N/A')).toBe('#N/A');
    expect(englishErrorLiteral('#BEZUG!')).toBeUndefined();
    expect(errorLiteralFromJson({ type: 'Error', basicValue: '#REF!', errorType: 'Ref' })).toBe('#REF!');
    expect(errorLiteralFromJson({ type: 'Error', basicValue: '#BUSY!' })).toBe('#BUSY!');
    expect(errorLiteralFromJson({ type: 'Double', basicValue: 1 })).toBeUndefined();
  });

  it('converts one cell like the file adapter', () => {
    expect(toCell('', 'Empty', '', '', 'General')).toBeUndefined();
    expect(toCell('#NAMN?', 'Error', '=SUMMA(A1)', '=SUMMA(R1C1)', '0.0')).toEqual({ value: '#NAME?', type: 'error', formula: '=SUMMA(A1)', formulaR1C1: '=SUMMA(R1C1)', numberFormat: '0.0' });
    expect(toCell(3, 'Double', 3, 3, '')).toEqual({ value: 3, type: 'number', numberFormat: 'General' });
    expect(toCell('Bild', 'RichValue', 'Bild', 'Bild', 'General')).toEqual({ value: 'Bild', type: 'text', numberFormat: 'General' });
  });
});

describe('references', () => {
  it('quotes sheet names and parses area lists', () => {
    expect(sheetCellReference("Q1 'prognos'", 'B2')).toBe("'Q1 ''prognos'''!B2");
    expect(splitSheetReference("'Q1, Q2'!C3")).toEqual({ sheet: 'Q1, Q2', ref: 'C3' });
    expect(splitSheetReference('Blad1!$A$1')).toEqual({ sheet: 'Blad1', ref: '$A$1' });
    expect(parseAreaList("Blad1!A1:B2, 'Q1, Q2'!$C$3:$D$4,Blad1!E5, Blad1!A:A")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 3, bottom: 4, right: 4 },
      { top: 5, left: 5, bottom: 5, right: 5 },
    ]);
  });
});

describe('mark ledger', () => {
  test('a full backup part, envelope included, stays within the 1 MB Excel on the web accepts for a custom XML part', () => {
    // A part holds at most LEDGER_PART_CHARS of marks (ASCII, so bytes) inside the ledger envelope.
    const envelope = Buffer.byteLength(ledgerToXml({ version: 1, marks: [] }));
    expect(envelope + LEDGER_PART_CHARS).toBeLessThanOrEqual(1_000_000);
    const swedish = { sheet: 'Huvudbok', cell: 'C2', fill: { color: '#FFFFFF' }, note: 'Följs upp – åtgärd', applied: { color: '#FF0000' } };
    const [xml] = ledgerToXmlParts({ version: 1, marks: [swedish] }, LEDGER_PART_CHARS);
    expect(Buffer.byteLength(xml)).toBe(xml.length);
  });

  const ledger: MarkLedger = {
    version: 1,
    marks: [
      { sheet: 'Resultaträkning', cell: 'C5', fill: { color: '#FFFFFF', pattern: 'None', patternColor: null, tintAndShade: 0, patternTintAndShade: 0 }, note: null, applied: { color: '#FF0000', noteHash: noteFingerprint('x') } },
      { sheet: "Q1 'prognos' <&>", cell: 'B2', fill: { color: '#C6EFCE' }, note: 'Rad 1\r\nRad 2 "citat" ]]> \u0001 \ud83d\ude00 å', applied: { color: '#FFC000' } },
    ],
  };

  it('round-trips every character through XML, also after Excel re-serialises the part', () => {
    const xml = ledgerToXml(ledger);
    expect(xml).toMatch(new RegExp(`^<periodkollMarks xmlns="${MARKS_NAMESPACE}">`));
    expect(/^[\x20-\x7e]*$/.test(xml)).toBe(true);
    expect(ledgerFromXml(xml)).toEqual(ledger);
    // As another XML writer might store it: a declaration, a prefixed root, a CDATA section, numeric entities.
    const inner = xml.slice(xml.indexOf('>') + 1, xml.lastIndexOf('</'));
    const reserialised =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
      `<pk:periodkollMarks xmlns:pk="${MARKS_NAMESPACE}"><![CDATA[${inner.slice(0, 20)}]]>${inner.slice(20).replace(/&lt;/g, '&#60;').replace(/&gt;/g, '&#x3E;')}</pk:periodkollMarks>`;
    expect(ledgerFromXml(reserialised)).toEqual(ledger);
  });

  it('spreads a large ledger over parts and merges them back, first backup winning', () => {
    const marks = Array.from({ length: 50 }, (_, i) => ({ ...ledger.marks[1], cell: `B${i + 1}` }));
    const docs = ledgerToXmlParts({ version: 1, marks }, 2_000);
    expect(docs.length).toBeGreaterThan(1);
    expect(docs.every((d) => d.length < 2_500)).toBe(true);
    expect(mergeLedgers(docs.map(ledgerFromXml)).marks).toEqual(marks);
    const older = { ...marks[0], note: 'först' };
    expect(mergeLedgers([{ version: 1, marks: [older] }, { version: 1, marks: [marks[0]] }]).marks).toEqual([older]);
  });

  it('refuses what it cannot read', () => {
    expect(() => ledgerFromXml('<periodkollMarks xmlns="urn:periodkoll:marks:1">{"version":2,"marks":[]}</periodkollMarks>')).toThrow();
    expect(() => ledgerFromXml('inte xml')).toThrow();
  });

  it('fingerprints notes regardless of line endings', () => {
    expect(noteFingerprint('a\r\nb')).toBe(noteFingerprint('a\nb'));
    expect(noteFingerprint('a\nb')).not.toBe(noteFingerprint('a\nc'));
    expect(noteFingerprint('abc').startsWith('3:')).toBe(true);
  });
});

describe('fills', () => {
  it('tells no fill, marks and unrestorable fills apart', () => {
    expect(isNoFill({ color: '#FFFFFF', pattern: 'None' })).toBe(true);
    expect(isNoFill({ color: '#FFFFFF', pattern: 'Solid' })).toBe(false);
    expect(isNoFill({ color: '#ffffff' })).toBe(true);
    expect(carriesMark({ color: '#ff0000', pattern: 'Solid' }, '#FF0000')).toBe(true);
    expect(carriesMark({ color: '#FF0000', pattern: 'Gray50' }, '#FF0000')).toBe(false);
    expect(carriesMark({ color: '#FF0000', pattern: null, tintAndShade: 0 }, '#FF0000')).toBe(true);
    expect(canRestore({ color: '#FFFFFF', pattern: 'LinearGradient' })).toBe(false);
    expect(canRestore({ color: '#FFFFFF' })).toBe(true);
  });

  it('reads no fill as Excel reports it: white, no pattern and no tint (OfficeDev/office-js#4900)', () => {
    const none = { color: '#FFFFFF', pattern: null, patternColor: '#000000', tintAndShade: null, patternTintAndShade: 0 };
    expect(isNoFill(none)).toBe(true);
    expect(canRestore(none)).toBe(true);
    // A fill gives a tint number; without a pattern it is a fill Excel did not describe.
    const undescribed = { ...none, tintAndShade: 0 };
    expect(isNoFill(undescribed)).toBe(false);
    expect(canRestore(undescribed)).toBe(false);
  });
});

describe('tints', () => {
  /** Excel's "Lighter 80% … Darker 50%" tints, as stored in workbooks. */
  const TINTS = [0.79998168889431442, 0.59999389629810485, 0.39997558519241921, -0.249977111117893, -0.499984740745262];

  it('tints as ECMA-376 §18.3.1.15 and Office\'s swatches show', () => {
    // The standard's examples: luminance 100 lightened 75% is 216.25, luminance 200 darkened 50% is 100.
    expect(applyTint('#646464', 0.75)).toBe('#D8D8D8');
    expect(applyTint('#C8C8C8', -0.5)).toBe('#646464');
    // "Accent 1, Lighter 60%" of the Office theme (openooxml/betteroffice#387 uses it as its oracle).
    expect(applyTint('#4472C4', TINTS[1])).toBe('#B4C7E7');
    expect(applyTint('#4472C4', 0)).toBe('#4472C4');
  });

  it('finds a colour whose tint gives back exactly the colour shown', () => {
    for (let r = 0; r < 256; r += 51) {
      for (let g = 0; g < 256; g += 51) {
        for (let b = 0; b < 256; b += 51) {
          const color = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
          for (const tint of TINTS) {
            const shown = applyTint(color, tint);
            expect({ color, tint, back: applyTint(removeTint(shown, tint), tint) }).toEqual({ color, tint, back: shown });
          }
        }
      }
    }
  });
});

describe('marks and batches', () => {
  it('gives each cell one mark: the worst severity and every message', () => {
    const skipped: Array<{ sheet: string; cell: string; reason: string }> = [];
    const marks = normalizeMarks(
      [
        { sheet: 'A', cell: 'b2', severity: 'warning', note: 'ett' },
        { sheet: 'A', cell: 'B2', severity: 'error', note: 'två' },
        { sheet: 'A', cell: 'B2', severity: 'warning', note: 'ett' },
      ],
      skipped,
    );
    expect(marks).toEqual([{ sheet: 'A', cell: 'B2', severity: 'error', note: 'ett\ntvå' }]);
    expect(skipped).toEqual([]);
  });

  it('batches by size, keeping order', () => {
    expect(batchesBySize([1, 2, 3, 4, 5], (n) => n, 5)).toEqual([[1, 2], [3], [4], [5]]);
    expect(batchesBySize([], () => 1)).toEqual([[]]);
  });
});

describe('Office errors', () => {
  const err = (code: string) => Object.assign(new Error(code), { code });

  it('maps to HostError with Swedish messages', () => {
    expect(toHostError(err('InvalidOperationInCellEditMode'), 'read')).toEqual(new HostError('busy', 'Excel är upptaget – avsluta redigeringen av cellen och försök igen.'));
    // InvalidOperation is not always protection (an array formula's cell, a table header).
    expect(toHostError(err('InvalidOperation'), 'write')).toMatchObject({ code: 'refused', message: expect.stringMatching(/kan vara skyddat/) });
    expect(toHostError(err('AccessDenied'), 'write')).toMatchObject({ code: 'protected' });
    expect(toHostError(err('ResponsePayloadSizeLimitExceeded'), 'read')).toMatchObject({ code: 'not-supported' });
    expect(toHostError(err('ApiNotFound'), 'read')).toMatchObject({ code: 'not-supported' });
    expect(toHostError(err('InactiveWorkbook'), 'read')).toMatchObject({ code: 'no-workbook' });
    const other = err('GeneralException');
    expect(toHostError(other, 'read')).toBe(other);
    expect(toHostError(err('InvalidOperation'), 'read')).toMatchObject({ code: 'InvalidOperation' });
  });
});
