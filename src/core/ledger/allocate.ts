/**
 * How many rows each stratum gives to a stratified stickprov of n rows: proportional to the
 * stratum's size, at least one from every non-empty stratum when n allows, rounded by largest
 * remainder (ties to the earlier stratum) so the parts add up to exactly n.
 */
export function allocateStrata(sizes: readonly number[], n: number): number[] {
  const total = sizes.reduce((s, x) => s + x, 0);
  const nonEmpty = sizes.filter((x) => x > 0).length;
  const wanted = Math.max(0, Math.min(Math.floor(n), total));
  // One row each first; the rest is shared by the rows each stratum has left, so no stratum is
  // asked for more rows than it holds.
  const base = wanted >= nonEmpty ? sizes.map((x) => (x > 0 ? 1 : 0)) : sizes.map(() => 0);
  const rest = wanted - base.reduce((s, x) => s + x, 0);
  const left = sizes.map((x, i) => x - base[i]);
  return largestRemainder(left, rest).map((x, i) => Math.min(sizes[i], base[i] + x));
}

/** Integers proportional to the weights, summing to `total` (Hamilton's method). */
export function largestRemainder(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((s, x) => s + x, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const quotas = weights.map((w) => (total * w) / sum);
  const out = quotas.map(Math.floor);
  let leftover = total - out.reduce((s, x) => s + x, 0);
  const order = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (leftover <= 0) break;
    out[i]++;
    leftover--;
  }
  return out;
}
