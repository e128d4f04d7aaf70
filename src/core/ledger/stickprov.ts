/**
 * Stickprov on a ledger: the rows of the chosen accounts form the population; n rows (or a share)
 * are drawn from a seed, optionally per account (stratified) and optionally by monetary unit.
 * The same ledger, options and seed give the same rows on every host: one seeded generator,
 * strata in account order, rows in sheet order.
 */
import { accountMatcher, type AccountSet } from './accountSet';
import { allocateStrata } from './allocate';
import { drawMonetary, drawUniform } from './draw';
import { mulberry32 } from './prng';
import type { Ledger, LedgerEntry } from './readLedger';

export type SampleSize = { n: number } | { share: number };

export interface SampleRequest {
  /** Accounts of the population; all rows when absent. */
  accounts?: AccountSet;
  size: SampleSize;
  /** One stratum per account. */
  stratify: boolean;
  /** Monetary-unit sampling on |belopp|. */
  weighted: boolean;
  seed: number;
}

export interface StratumResult {
  account: string;
  population: number;
  sample: number;
}

export interface Sample {
  seed: number;
  request: SampleRequest;
  /** Rows of the population, and the sum of their amounts (kr, to the öre). */
  population: number;
  sum: number;
  /** Sample size asked for (n, or the share of the population rounded up). */
  requested: number;
  /** Sheet row numbers of the sampled ledger rows, ascending. */
  rows: number[];
  strata?: StratumResult[];
}

export function drawSample(ledger: Ledger, request: SampleRequest): Sample {
  const inAccounts = request.accounts ? accountMatcher(request.accounts) : () => true;
  const population = ledger.entries.filter((e) => inAccounts(e.account));
  let sum = 0;
  for (const e of population) sum += e.amount;
  const requested = sampleSize(request.size, population.length);
  // Rows without monetary units cannot be drawn by MUS, so they do not count towards its strata.
  const eligible = request.weighted ? population.filter((e) => e.amount !== 0) : population;
  const next = mulberry32(request.seed);

  const strata = request.stratify ? byAccount(eligible) : [{ account: '', entries: eligible }];
  const sizes = request.stratify ? allocateStrata(strata.map((s) => s.entries.length), requested) : [Math.min(requested, eligible.length)];
  const rows: number[] = [];
  strata.forEach((s, i) => {
    const picked = request.weighted
      ? drawMonetary(next, s.entries.map((e) => Math.abs(e.amount)), sizes[i])
      : drawUniform(next, s.entries.length, sizes[i]);
    for (const k of picked) rows.push(s.entries[k].row);
  });
  rows.sort((a, b) => a - b);

  const sample: Sample = { seed: request.seed, request, population: population.length, sum: Math.round(sum * 100) / 100, requested, rows };
  if (request.stratify) sample.strata = strata.map((s, i) => ({ account: s.account, population: s.entries.length, sample: sizes[i] }));
  return sample;
}

/** n as asked, or the share of the population rounded up (5 % of 41 rows is 3 rows). */
export function sampleSize(size: SampleSize, population: number): number {
  const n = 'n' in size ? Math.floor(size.n) : Math.ceil(size.share * population - 1e-9);
  return Math.max(0, Math.min(n, population));
}

function byAccount(entries: LedgerEntry[]): Array<{ account: string; entries: LedgerEntry[] }> {
  const groups = new Map<string, LedgerEntry[]>();
  for (const e of entries) {
    const g = groups.get(e.account);
    if (g) g.push(e);
    else groups.set(e.account, [e]);
  }
  return [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([account, es]) => ({ account, entries: es }));
}
