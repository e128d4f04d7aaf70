import fc from 'fast-check';
import { tokenize } from '../../../src/core/formula/tokenize';
import { toR1C1, translateFormula } from '../../../src/core/formula/translate';
import { a1 } from '../../../src/core/model/address';

describe('formula properties', () => {
  it('tokenizing never loses or reorders text', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(tokenize(s).map((t) => t.text).join('')).toBe(s);
    }));
  });

  it('a copied formula has the same R1C1 form at its new place', () => {
    const cell = fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 30 }));
    fc.assert(fc.property(cell, cell, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 10 }),
      ([r1, c1], [r2, c2], dr, dc) => {
        const f = `=SUM(${a1(r1, c1)}:${a1(r2, c2)})*$B$2+${a1(r2, c1)}`;
        expect(toR1C1(translateFormula(f, dr, dc), 40 + dr, 5 + dc)).toBe(toR1C1(f, 40, 5));
      }));
  });
});
