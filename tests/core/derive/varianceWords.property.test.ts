/**
 * The one rule for the words of a difference never contradicts the figures. For random amounts,
 * every role (cost, revenue, net cost, result) and both sign conventions: "högre/lägre <noun>"
 * follows the row's own quantity (more cost, less revenue, more net cost), better/worse follows
 * what that does to the result, and the stored and the oriented form of the same difference get
 * the same words. The expectations are computed from the quantities, not from stored signs.
 * Seed and runs: PROPERTY_SEED, PROPERTY_RUNS.
 */
import fc from 'fast-check';
import { differenceMeaning, differenceWords, storedConvention, type RowRole } from '../../../src/core/derive/varianceWords';
import type { SignConvention } from '../../../src/core/tables/table';

const SEED = process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : 20261204;
const RUNS = process.env.PROPERTY_RUNS ? Number(process.env.PROPERTY_RUNS) : 100;

const NOUN: Record<Exclude<RowRole, 'neutral'>, string> = { cost: 'kostnader', revenue: 'intäkter', netCost: 'nettokostnad', result: 'resultat' };
const COST_LIKE = new Set<RowRole>(['cost', 'netCost']);

/** How the table writes an amount of the row: costs and net cost negative unless costs are written positive. */
const stored = (role: RowRole, convention: SignConvention, amount: number) => (COST_LIKE.has(role) && convention === 'costs-negative' ? -amount : amount);

/** Tenths of a mnkr as integers, so differences are exact; a result may be negative, a net cost a surplus. */
const tenths = fc.integer({ min: -3000, max: 3000 });
const role = fc.constantFrom<Exclude<RowRole, 'neutral'>>('cost', 'revenue', 'netCost', 'result');
const convention = fc.constantFrom<SignConvention>('costs-negative', 'costs-positive');

describe('the words of a difference follow the row’s role and sign convention', () => {
  it('high/low follows the quantity, better/worse its effect on the result, for every role and convention', () => {
    fc.assert(
      fc.property(tenths, tenths, role, convention, fc.constantFrom('fg år', 'budget'), (now, then, r, conv, against) => {
        const change = stored(r, conv, now / 10) - stored(r, conv, then / 10);
        const words = differenceWords({ stored: change, convention: conv }, r, 1, against);
        const meaning = differenceMeaning({ stored: change, convention: conv }, r, 1);
        if (now === then) return words === `i nivå med ${against}` && meaning.verdict === 'level';
        const more = now > then;
        // More cost or net cost lowers the result; more revenue or result raises it.
        const better = COST_LIKE.has(r) ? !more : more;
        return (
          words === `${more ? 'högre' : 'lägre'} ${NOUN[r]} än ${against}` &&
          meaning.size === (more ? 'higher' : 'lower') &&
          meaning.verdict === (better ? 'better' : 'worse')
        );
      }),
      { seed: SEED, numRuns: RUNS * 10 },
    );
  });

  it('an avvikelse oriented so that positive is better gets the words of the same stored difference', () => {
    fc.assert(
      fc.property(tenths, tenths, role, convention, (now, then, r, conv) => {
        const change = stored(r, conv, now / 10) - stored(r, conv, then / 10);
        const effectOnResult = (COST_LIKE.has(r) ? then - now : now - then) / 10;
        const fromStored = differenceWords({ stored: change, convention: conv }, r, 1, 'budget');
        const fromOriented = differenceWords({ oriented: effectOnResult }, r, 1, 'budget');
        return fromStored === fromOriented && differenceMeaning({ oriented: effectOnResult }, r, 1).verdict === differenceMeaning({ stored: change, convention: conv }, r, 1).verdict;
      }),
      { seed: SEED, numRuns: RUNS * 10 },
    );
  });

  it('a difference that rounds to zero as shown is level, never higher or lower', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.0499, max: 0.0499, noNaN: true }), role, convention, (change, r, conv) => differenceMeaning({ stored: change, convention: conv }, r, 1).size === 'level'),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('the kulturnämnd resultatrapport against fg år (DOMAIN §3.1)', () => {
  it('Verksamhetens nettokostnad −67,3 against −59,2 is 8,1 more net cost: higher, and worse', () => {
    const change = { stored: -67.3 - -59.2, convention: 'costs-negative' as const };
    expect(differenceWords(change, 'netCost', 1, 'fg år')).toBe('högre nettokostnad än fg år');
    expect(differenceMeaning(change, 'netCost', 1).verdict).toBe('worse');
  });

  it('Summa Kostnader −101,3 against −93,4 is higher costs, like its rows Lämnade bidrag −86,6 against −79,3', () => {
    expect(differenceWords({ stored: -101.3 - -93.4, convention: 'costs-negative' }, 'cost', 1, 'fg år')).toBe('högre kostnader än fg år');
    expect(differenceWords({ stored: -86.6 - -79.3, convention: 'costs-negative' }, 'cost', 1, 'fg år')).toBe('högre kostnader än fg år');
  });

  it('the same net cost written positive (costs-positive table) is still higher net cost', () => {
    expect(differenceWords({ stored: 67.3 - 59.2, convention: 'costs-positive' }, 'netCost', 1, 'fg år')).toBe('högre nettokostnad än fg år');
  });
});

describe('how one row stores its costs', () => {
  it('a net cost in a costs-positive table: 67,3 is a cost written positive, −67,3 a net written as a result', () => {
    expect(differenceWords({ stored: 75.4 - 67.3, convention: storedConvention('costs-positive', 'netCost', 75.4) }, 'netCost', 1, 'fg år')).toBe('högre nettokostnad än fg år');
    expect(differenceWords({ stored: -75.4 - -67.3, convention: storedConvention('costs-positive', 'netCost', -75.4) }, 'netCost', 1, 'fg år')).toBe('högre nettokostnad än fg år');
  });

  it('without a detected convention a positive cost is a cost written positive', () => {
    expect(storedConvention(undefined, 'cost', 17.5)).toBe('costs-positive');
    expect(storedConvention(undefined, 'cost', -17.5)).toBe('costs-negative');
    expect(storedConvention('costs-negative', 'cost', 17.5)).toBe('costs-negative');
  });
});
