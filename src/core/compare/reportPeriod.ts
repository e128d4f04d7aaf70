/**
 * The period a month's report covers, read from its tables' titles ("januari–juli 2025"): it names
 * last month in messages ("sedan juli") and tells a new year's first report from a month within the year.
 */
import { periodText } from '../text/periodText';

export interface ReportPeriod {
  /** As the title writes it, e.g. "januari–juli 2025". */
  text: string;
  year: number;
  /** The period's last month as a word ("juli"), for "sedan juli". */
  lastMonth: string;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** The first title that names a period; undefined when none does. */
export function reportPeriod(titles: ReadonlyArray<string | undefined>): ReportPeriod | undefined {
  for (const title of titles) {
    const text = periodText(title);
    if (!text) continue;
    const year = Number(/\d{4}/.exec(text)![0]);
    const words = text.toLowerCase().match(/[a-zåäö]+/g) ?? [];
    const last = words[words.length - 1];
    const lastMonth = MONTHS.find((m) => m === last || m.slice(0, 3) === last);
    if (lastMonth) return { text, year, lastMonth };
  }
  return undefined;
}

/** "sedan juli" when last month's report names its period, else "sedan förra rapporten". */
export function sincePhrase(previous: ReportPeriod | undefined): string {
  return previous ? `sedan ${previous.lastMonth}` : 'sedan förra rapporten';
}
