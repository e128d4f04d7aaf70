/** The code page decoders and the CSV text decoding (UTF-8 with or without BOM, else Windows-1252). */
import { decodeCp437 } from '../../../../src/core/ledger/imports/cp437';
import { decodeExportText } from '../../../../src/core/ledger/imports/exportText';
import { decodeWindows1252 } from '../../../../src/core/ledger/imports/windows1252';

const all = Uint8Array.from({ length: 256 }, (_, i) => i);

describe('decodeWindows1252', () => {
  // Node's TextDecoder here (small ICU) treats windows-1252 as Latin-1, so the row is spelt out (WHATWG index).
  it('0x80–0x9F as the WHATWG index has them, Latin-1 elsewhere', () => {
    const text = decodeWindows1252(all);
    expect(text.slice(0x80, 0xa0)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    expect(text.slice(0, 0x80) + text.slice(0xa0)).toBe(String.fromCharCode(...all.slice(0, 0x80), ...all.slice(0xa0)));
  });

  it('reads Swedish letters and the typographic row', () => {
    expect(decodeWindows1252(Uint8Array.from([0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6, 0x80, 0x96, 0x93, 0x94]))).toBe('åäöÅÄÖ€–“”');
  });
});

describe('decodeCp437', () => {
  it('reads åäö ÅÄÖ é where SIE files have them', () => {
    expect(decodeCp437(Uint8Array.from([0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99, 0x82]))).toBe('åäöÅÄÖé');
  });

  it('is ASCII below 0x80 and one character per byte above', () => {
    const text = decodeCp437(all);
    expect(text.slice(0, 128)).toBe(String.fromCharCode(...all.slice(0, 128)));
    expect(text).toHaveLength(256);
    expect(new Set(text).size).toBe(256);
    expect(text.slice(0xb0, 0xb3)).toBe('░▒▓');
    expect(text[0xe1]).toBe('ß');
    expect(text[0xff]).toBe('\u00A0');
  });

  it('decodes long input in chunks', () => {
    const long = new Uint8Array(100_000).fill(0x84);
    expect(decodeCp437(long)).toBe('ä'.repeat(100_000));
  });
});

describe('decodeExportText', () => {
  const utf8 = new TextEncoder().encode('Leverantör;Belopp');

  it('UTF-8 with a BOM: the BOM is dropped', () => {
    expect(decodeExportText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: 'Leverantör;Belopp', encoding: 'utf-8' });
  });

  it('UTF-8 without a BOM', () => {
    expect(decodeExportText(utf8)).toEqual({ text: 'Leverantör;Belopp', encoding: 'utf-8' });
  });

  it('bytes that are not valid UTF-8 are Windows-1252', () => {
    const bytes = Uint8Array.from([0x4c, 0x65, 0x76, 0x65, 0x72, 0x61, 0x6e, 0x74, 0xf6, 0x72, 0x3b, 0x80]);
    expect(decodeExportText(bytes)).toEqual({ text: 'Leverantör;€', encoding: 'windows-1252' });
  });
});
