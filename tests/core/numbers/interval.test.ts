import fc from 'fast-check';
import {
  Interval,
  UNBOUNDED,
  add,
  around,
  contains,
  div,
  fromRadius,
  isBounded,
  mid,
  mul,
  neg,
  overlaps,
  point,
  radius,
  scale,
  sub,
  sumIntervals,
} from '../../../src/core/numbers/interval';

// Report figures: up to a few billion, both signs. Bounded so corner products stay finite.
const figure = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
const interval = fc.tuple(figure, figure).map(([x, y]): Interval => ({ lo: Math.min(x, y), hi: Math.max(x, y) }));
/** An interval together with a value sampled inside it. */
const withMember = fc
  .tuple(interval, fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([iv, t]) => ({ iv, x: Math.min(iv.hi, Math.max(iv.lo, iv.lo + t * (iv.hi - iv.lo))) }));

/** Strict containment: monotone float rounding keeps the results inside without any slack. */
function inside(iv: Interval, v: number): boolean {
  return iv.lo <= v && v <= iv.hi;
}

describe('interval constructors', () => {
  test('point, around and fromRadius', () => {
    expect(point(3)).toEqual({ lo: 3, hi: 3 });
    const a = around(34.0, 1);
    expect(a.lo).toBeCloseTo(33.95, 12);
    expect(a.hi).toBeCloseTo(34.05, 12);
    expect(around(1200, -2)).toEqual({ lo: 1150, hi: 1250 });
    expect(fromRadius(10, 2)).toEqual({ lo: 8, hi: 12 });
    expect(fromRadius(10, -2)).toEqual({ lo: 8, hi: 12 });
  });

  test('mid, radius, isBounded', () => {
    expect(mid({ lo: 1, hi: 3 })).toBe(2);
    expect(radius({ lo: 1, hi: 3 })).toBe(1);
    expect(isBounded({ lo: 1, hi: 3 })).toBe(true);
    expect(isBounded(UNBOUNDED)).toBe(false);
    expect(mid(UNBOUNDED)).toBeNaN();
    expect(radius(UNBOUNDED)).toBe(Infinity);
  });
});

describe('interval arithmetic', () => {
  test('sub crosses bounds; neg flips', () => {
    expect(sub({ lo: 1, hi: 2 }, { lo: 10, hi: 20 })).toEqual({ lo: -19, hi: -8 });
    expect(neg({ lo: 1, hi: 2 })).toEqual({ lo: -2, hi: -1 });
  });

  test('mul and div take min/max over corners', () => {
    expect(mul({ lo: -2, hi: 3 }, { lo: -5, hi: 4 })).toEqual({ lo: -15, hi: 12 });
    expect(div({ lo: 1, hi: 2 }, { lo: -4, hi: -2 })).toEqual({ lo: -1, hi: -0.25 });
    expect(scale({ lo: 1, hi: 2 }, -100)).toEqual({ lo: -200, hi: -100 });
  });

  test('a denominator containing 0 makes the ratio unbounded', () => {
    expect(div(point(1), { lo: -0.05, hi: 0.05 })).toEqual(UNBOUNDED);
    expect(div(point(1), point(0))).toEqual(UNBOUNDED);
    expect(div(point(1), { lo: 0, hi: 1 })).toEqual(UNBOUNDED);
  });

  test('undefined corners (0·∞) never produce NaN bounds', () => {
    expect(mul(point(0), UNBOUNDED)).toEqual(UNBOUNDED);
    expect(scale(UNBOUNDED, 0)).toEqual(UNBOUNDED);
    expect(div(UNBOUNDED, { lo: 1, hi: Infinity })).toEqual(UNBOUNDED);
  });

  test('sumIntervals', () => {
    expect(sumIntervals([])).toEqual(point(0));
    expect(sumIntervals([point(1), { lo: 2, hi: 3 }, { lo: -1, hi: 0 }])).toEqual({ lo: 2, hi: 4 });
  });

  const ops: Array<[string, (a: Interval, b: Interval) => Interval, (x: number, y: number) => number]> = [
    ['add', add, (x, y) => x + y],
    ['sub', sub, (x, y) => x - y],
    ['mul', mul, (x, y) => x * y],
    ['div', div, (x, y) => x / y],
  ];
  test.each(ops)('property: x∈A, y∈B ⇒ x %s y ∈ A op B', (_name, op, f) => {
    fc.assert(
      fc.property(withMember, withMember, (a, b) => {
        fc.pre(b.x !== 0); // x/0 is undefined, not a member of anything
        expect(inside(op(a.iv, b.iv), f(a.x, b.x))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('property: div with a denominator of one sign stays bounded and contains x / y', () => {
    const positive = fc
      .tuple(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }))
      .map(([p, q]): Interval => ({ lo: Math.min(p, q), hi: Math.max(p, q) }));
    const member = (iv: Interval, t: number): number => Math.min(iv.hi, Math.max(iv.lo, iv.lo + t * (iv.hi - iv.lo)));
    fc.assert(
      fc.property(withMember, positive, fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (a, b, t, flip) => {
        const den = flip ? neg(b) : b;
        const y = member(den, t);
        const q = div(a.iv, den);
        expect(isBounded(q)).toBe(true);
        expect(inside(q, a.x / y)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('property: sumIntervals contains the sum of members', () => {
    fc.assert(
      fc.property(fc.array(withMember, { maxLength: 12 }), (list) => {
        const total = list.reduce((s, m) => s + m.x, 0);
        expect(contains(sumIntervals(list.map((m) => m.iv)), total)).toBe(true);
      }),
    );
  });
});

describe('overlaps and contains', () => {
  test('float slack: 0.1 + 0.2 vs 0.3', () => {
    expect(overlaps(point(0.1 + 0.2), point(0.3))).toBe(true);
    expect(contains(point(0.3), 0.1 + 0.2)).toBe(true);
    expect(overlaps(point(1e12 + 0.0001), point(1e12))).toBe(true);
  });

  test('a real difference is not absorbed by the slack', () => {
    expect(overlaps(point(0.3), point(0.3000001))).toBe(false);
    expect(overlaps({ lo: 0, hi: 1 }, { lo: 1.01, hi: 2 })).toBe(false);
    expect(overlaps({ lo: 0, hi: 1 }, { lo: 1, hi: 2 })).toBe(true);
    expect(contains({ lo: 0, hi: 1 }, NaN)).toBe(false);
  });

  test('the unbounded interval overlaps everything', () => {
    expect(overlaps(UNBOUNDED, point(-1e300))).toBe(true);
    expect(overlaps(point(42), UNBOUNDED)).toBe(true);
  });

  test('DOMAIN §3.1: rounding-only differences pass, a planted 0.5 error is caught', () => {
    const d = 1;
    // Personalkostnader: −8.8 − (−8.8) reported as 0.1
    expect(overlaps(around(0.1, d), sub(around(-8.8, d), around(-8.8, d)))).toBe(true);
    // Budget ack: −8.8 − 84.2 − 9.8 reported as −102.9
    const parts = [-8.8, -84.2, -9.8].map((v) => around(v, d));
    expect(overlaps(around(-102.9, d), sumIntervals(parts))).toBe(true);
    // Prognos 57.6 − 56.2 reported as 1.3
    expect(overlaps(around(1.3, d), sub(around(57.6, d), around(56.2, d)))).toBe(true);
    // Planted error: Summa kostnader off by 0.5
    expect(overlaps(around(-103.4, d), sumIntervals(parts))).toBe(false);
  });

  test('property: around(v, d) contains v and every value that rounds to v', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) => {
          const shown = Math.round(x * 10 ** d) / 10 ** d;
          const iv = around(shown, d);
          expect(contains(iv, shown)).toBe(true);
          expect(contains(iv, x)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('property: values sampled within half a unit of a shown number are inside, strictly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e8, max: 1e8 }),
        fc.integer({ min: 0, max: 4 }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (n, d, t) => {
          const shown = n / 10 ** d;
          const half = 0.5 * 10 ** -d;
          expect(inside(around(shown, d), shown + t * half)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
