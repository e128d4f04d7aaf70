import fc from 'fast-check';
import { compactLabel, normalizeLabel } from '../../../src/core/text/normalize';

/** The definitions, as regular expressions: the fast paths and the memo must give exactly these. */
function normalizeReference(text: string): string {
  return text
    .replace(/[\u00A0\u202F\u2007]/g, ' ')
    .replace(/(\p{L})[-\u2010\u00AD]\s*[\r\n]+\s*(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function compactReference(text: string): string {
  return normalizeReference(text).replace(/[^\p{L}\p{N}%]/gu, '');
}

const pieces = [
  'Budget', 'avvikelse', 'Öknings', 'takt', '(%)', 'Kvinno', 'r', 'ack', '2025', 'Utfall', 'Målvärde', 'É', 'ß', 'İ', '𝔸', '😀',
  ' ', '  ', '\n', '\r\n', '\t', '-', '\u2010', '\u00AD', '\u00A0', '\u202F', '\u2007', '\u2028', '\u3000', '\uFEFF', '\u0085', '%', '.', ',', '/',
];
const label = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((xs) => xs.join(''));

describe('normalizeLabel and compactLabel', () => {
  it('agree with the regular-expression definitions on labels built from awkward pieces', () => {
    fc.assert(
      fc.property(label, (text) => {
        expect(normalizeLabel(text)).toBe(normalizeReference(text));
        expect(compactLabel(text)).toBe(compactReference(text));
        // Asked again, the remembered answer is the same.
        expect(normalizeLabel(text)).toBe(normalizeReference(text));
        expect(compactLabel(text)).toBe(compactReference(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('agree with the definitions on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        expect(normalizeLabel(text)).toBe(normalizeReference(text));
        expect(compactLabel(text)).toBe(compactReference(text));
      }),
      { numRuns: 300 },
    );
  });

  it('joins hyphenation over a line break and keeps å/ä/ö', () => {
    expect(normalizeLabel('Budget-\navvikelse  ack')).toBe('budgetavvikelse ack');
    expect(compactLabel('Öknings takt (%)')).toBe('ökningstakt%');
    expect(compactLabel('Ökningstakt(%)')).toBe('ökningstakt%');
  });

  it('gives the same answers when the memo has been filled and started afresh', () => {
    const wrong: string[] = [];
    for (let i = 0; i < 25_000; i++) {
      if (compactLabel(`Område ${i}`) !== `område${i}`) wrong.push(`Område ${i}`);
      // Untidy labels are the ones remembered.
      if (normalizeLabel(` Område\n${i} `) !== `område ${i}`) wrong.push(`Område\n${i}`);
    }
    expect(wrong).toEqual([]);
    expect(normalizeLabel('Kvinno\nr')).toBe('kvinno r');
  });
});
