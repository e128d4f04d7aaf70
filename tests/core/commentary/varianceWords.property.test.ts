/**
 * The words of the variance commentary never contradict the sign of the avvikelse: for random
 * cost and revenue rows, a cost under budget is "lägre kostnader än budget" and better, a revenue
 * under budget is "lägre intäkter än budget" and worse — whichever sign convention the table uses.
 * (The rule itself, for every role, is tested in tests/core/derive/varianceWords.property.test.ts.)
 * Seed and runs: PROPERTY_SEED, PROPERTY_RUNS.
 */
import fc from 'fast-check';
import { draftCommentary } from '../../../src/core/commentary';
import { readWorkbook } from '../../../src/core/reading/readWorkbook';
import { buildSheet, buildWorkbook, type TestCell } from '../../helpers/buildSheet';

const SEED = process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : 20261203;
const RUNS = process.env.PROPERTY_RUNS ? Number(process.env.PROPERTY_RUNS) : 100;

const REVENUES = ['Erhållna bidrag', 'Övriga intäkter', 'Försäljning av verksamhet', 'Taxor och avgifter'];
const COSTS = ['Personalkostnader', 'Lämnade bidrag', 'Övriga kostnader', 'Lokalkostnader'];

/** Amounts in tenths of a mnkr, as integers, so sums and differences are exact. */
const tenths = fc.integer({ min: 0, max: 2000 });
const rowPair = fc.record({ utfall: tenths, budget: tenths });

interface Generated {
  revenues: Array<{ label: string; utfall: number; budget: number }>;
  costs: Array<{ label: string; utfall: number; budget: number }>;
  costsPositive: boolean;
}

const generated: fc.Arbitrary<Generated> = fc.record({
  revenues: fc.array(rowPair, { minLength: 1, maxLength: REVENUES.length }).map((rs) => rs.map((r, i) => ({ label: REVENUES[i], ...r }))),
  costs: fc.array(rowPair, { minLength: 1, maxLength: COSTS.length }).map((rs) => rs.map((r, i) => ({ label: COSTS[i], ...r }))),
  costsPositive: fc.boolean(),
});

/** A resultatrapport as a ledger report writes it: costs as the convention says, avvikelse oriented so that positive is better. */
function resultatrapport(g: Generated): TestCell[][] {
  const costSign = g.costsPositive ? 1 : -1;
  const line = (label: string, utfall: number, budget: number, variance: number): TestCell[] => [label, utfall / 10, budget / 10, variance / 10];
  const sum = (rs: Array<{ utfall: number; budget: number }>, k: 'utfall' | 'budget') => rs.reduce((s, r) => s + r[k], 0);
  const rows: TestCell[][] = [['Resultatrapport jan–jul 2025, mnkr'], [null, 'Utfall ack', 'Budget ack', 'Budgetavvikelse ack']];
  for (const r of g.revenues) rows.push(line(r.label, r.utfall, r.budget, r.utfall - r.budget));
  const ri = sum(g.revenues, 'utfall');
  const rb = sum(g.revenues, 'budget');
  rows.push(line('Summa intäkter', ri, rb, ri - rb));
  // Less cost than budget is the positive avvikelse in either convention (DOMAIN §4).
  for (const r of g.costs) rows.push(line(r.label, costSign * r.utfall, costSign * r.budget, r.budget - r.utfall));
  const ci = sum(g.costs, 'utfall');
  const cb = sum(g.costs, 'budget');
  rows.push(line('Summa kostnader', costSign * ci, costSign * cb, cb - ci));
  rows.push(line('Verksamhetens nettokostnad', ri - ci, rb - cb, ri - ci - (rb - cb)));
  rows.push(line('Resultat', ri - ci, rb - cb, ri - ci - (rb - cb)));
  return rows;
}

describe('the better/worse words never contradict the avvikelse', () => {
  it('in a drafted commentary on a random resultatrapport, in either sign convention', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const outcome = draftCommentary(readWorkbook(buildWorkbook(buildSheet('Resultatrapport', resultatrapport(g)))));
        if (!outcome.ok) throw new Error(outcome.message);
        const lines = outcome.draft.text.replace(/\u00A0/g, ' ').split('\n');
        const all = [...g.revenues.map((r) => ({ ...r, cost: false })), ...g.costs.map((r) => ({ ...r, cost: true }))];
        const named = all.filter((r) => lines.some((l) => l.startsWith(`– ${r.label} `)));
        // The largest avvikelse is always among the rows the draft names.
        const largest = Math.max(...all.map((r) => Math.abs(r.utfall - r.budget)));
        if (largest > 0 && !named.some((r) => Math.abs(r.utfall - r.budget) === largest)) throw new Error(`largest avvikelse not named:\n${outcome.draft.text}`);
        for (const r of named) {
          const line = lines.find((l) => l.startsWith(`– ${r.label} `))!;
          const more = r.utfall > r.budget;
          const better = r.cost ? !more : more;
          const words = `${more ? 'högre' : 'lägre'} ${r.cost ? 'kostnader' : 'intäkter'} än budget`;
          const sign = better ? '+' : '−';
          const effect = better ? 'förbättrar' : 'försämrar';
          if (!line.startsWith(`– ${r.label} ${sign}`) || !line.includes(words) || !line.includes(effect)) {
            throw new Error(`${r.label} utfall ${r.utfall / 10} budget ${r.budget / 10} (${r.cost ? 'kostnad' : 'intäkt'}): ${line}`);
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
