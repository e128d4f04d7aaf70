import { formatSwedishNumber } from '../numbers/swedishNumber';

/** "1 värde", "3 värden", "1 795 rader": a count with the right Swedish number of its noun. */
export function countWord(n: number, singular: string, plural: string): string {
  return `${formatSwedishNumber(n, 0)} ${n === 1 ? singular : plural}`;
}
