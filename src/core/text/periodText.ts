/** The period a report's title names ("Kulturnämnden, januari–juli 2025" → "januari–juli 2025"). */
const MONTH = '(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|dec)';
const PERIOD = new RegExp(`${MONTH}(?:\\s*[–-]\\s*${MONTH})?\\s+\\d{4}`, 'i');

export function periodText(title: string | undefined): string | undefined {
  if (!title) return undefined;
  return PERIOD.exec(title)?.[0].replace(/\s*[-–]\s*/, '–');
}
