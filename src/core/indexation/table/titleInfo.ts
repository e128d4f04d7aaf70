/** The title above an index table: which series it is and when it was published. */
import { knownSeriesIn } from './seriesLabel';

export interface TitleInfo {
  /** The title lines as one text, for the source. */
  text: string;
  series?: string;
  /** ISO date (YYYY-MM-DD, or YYYY-MM when only the month is given). */
  date?: string;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

export function titleInfo(lines: string[]): TitleInfo {
  const text = lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' – ');
  const series = knownSeriesIn(text);
  const date = publicationDate(text);
  return { text, ...(series ? { series } : {}), ...(date ? { date } : {}) };
}

/** "2025-10-02", "2 oktober 2025", "oktober 2025" (the last date in the text: "publicerad …"). */
export function publicationDate(text: string): string | undefined {
  const iso = [...text.matchAll(/\b(19|20)(\d\d)-(\d\d)-(\d\d)\b/g)].pop();
  if (iso) return iso[0];
  const months = MONTHS.join('|');
  const day = [...text.matchAll(new RegExp(`\\b(\\d{1,2})\\s+(${months})\\s+((?:19|20)\\d\\d)\\b`, 'gi'))].pop();
  if (day) return `${day[3]}-${pad(MONTHS.indexOf(day[2].toLowerCase()) + 1)}-${pad(Number(day[1]))}`;
  const month = [...text.matchAll(new RegExp(`\\b(${months})\\s+((?:19|20)\\d\\d)\\b`, 'gi'))].pop();
  if (month) return `${month[2]}-${pad(MONTHS.indexOf(month[1].toLowerCase()) + 1)}`;
  return undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
