/**
 * Wording shared by the formula rules: how to say, in Swedish, what a deviating formula most
 * likely got wrong.
 */
import { referencedRanges } from '../../formula/references';

/**
 * Compares a formula with what its neighbours' formula would be in the same cell and names the
 * likely slip: a reference moved to another row, another column, or a reference that was lost.
 */
export function slipHint(found: string, expected: string): string {
  if (/#REF!/i.test(found)) return 'den innehåller #REFERENS!, så en cell den pekade på har tagits bort';
  const a = referencedRanges(found);
  const b = referencedRanges(expected);
  if (a.length !== b.length || a.length === 0) return 'den räknar på ett annat sätt än grannarna';
  let rows = false;
  let cols = false;
  a.forEach((x, i) => {
    const y = b[i];
    if (x.sheet !== y.sheet) rows = cols = true;
    if (x.top !== y.top || x.bottom !== y.bottom) rows = true;
    if (x.left !== y.left || x.right !== y.right) cols = true;
  });
  if (rows && !cols) return 'den kan peka på fel rad';
  if (cols && !rows) return 'den kan peka på fel kolumn';
  return 'den kan peka på fel cell';
}
