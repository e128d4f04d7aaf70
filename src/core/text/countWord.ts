/** "1 värde", "3 värden": a count with the right Swedish number of its noun. */
export function countWord(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
