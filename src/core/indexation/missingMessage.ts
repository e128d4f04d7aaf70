import { swedishList } from '../text/swedishList';

/** "LPIK saknar värde för 2025" / "LPIK saknar värden för 2024 och 2025". */
export function missingMessage(series: string, years: number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length === 1) return `${series} saknar värde för ${sorted[0]}`;
  return `${series} saknar värden för ${swedishList(sorted.map(String))}`;
}
