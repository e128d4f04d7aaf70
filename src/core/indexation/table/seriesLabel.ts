/**
 * What the labels of an index table say: which series (LPIK, PKV, KPI, KPIF), whether its values
 * are changes in % or levels, and which headers say nothing about the series ("Utfall", "Värde").
 */
import type { IndexKind } from '../series';

const KNOWN_SERIES: ReadonlyArray<{ name: string; patterns: RegExp[] }> = [
  { name: 'LPIK', patterns: [/\bLPIK\b/i, /\bLPI\b/i, /landstingsprisindex/i] },
  { name: 'PKV', patterns: [/\bPKV\b/i, /prisindex\s+för\s+kommunal\s+verksamhet/i] },
  // KPIF before KPI: "konsumentprisindex med fast ränta" names both.
  { name: 'KPIF', patterns: [/\bKPIF\b/i, /fast\s+ränta/i] },
  { name: 'KPI', patterns: [/\bKPI\b/i, /konsumentprisindex/i] },
];

/** The one series a text names ("LPIK inkl. läkemedel" -> "LPIK"), or undefined for none or several. */
export function knownSeriesIn(text: string): string | undefined {
  const found = KNOWN_SERIES.filter((k) => k.patterns.some((p) => p.test(text))).map((k) => k.name);
  const distinct = found.includes('KPIF') ? found.filter((n) => n !== 'KPI') : found;
  return distinct.length === 1 ? distinct[0] : undefined;
}

/** Headers that carry values without naming a series: the title or the user names it. */
const GENERIC_HEADER =
  /^(utfall|prognos|värde|värden|förändring|årlig förändring|förändring i procent|procent|%|index|indextal|nivå|årsmedel|årsmedeltal|medel|helår|helåret|total|totalt)$/;

export function isGenericHeader(label: string): boolean {
  const t = label.toLowerCase().replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  return t === '' || GENERIC_HEADER.test(t) || GENERIC_HEADER.test(t.replace(/\s*%$/, '').trim()) || /^(utfall|prognos)\b/.test(t);
}

const MONTHS = /^(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåä]*\.?$/i;

/** SCB's KPI tables have a column per month beside the annual average. */
export function isMonthHeader(label: string): boolean {
  return MONTHS.test(label.trim());
}

export function isAnnualAverageHeader(label: string): boolean {
  return /årsmedel|medeltal|årsgenomsnitt/i.test(label);
}

/** Columns that are never values: comments, sources, units. */
export function isRemarkHeader(label: string): boolean {
  return /^(kommentar|anm|anmärkning|not|noter|källa|enhet)/i.test(label.trim());
}

/** What the text says about the kind; undefined when it says nothing. */
export function kindIn(text: string): IndexKind | undefined {
  if (/=\s*100|nivå|indextal|fastställda tal|årsmedel/i.test(text)) return 'level';
  if (/%|procent|förändring|ändring|ökning/i.test(text)) return 'percent';
  return undefined;
}

/** Changes are small numbers, levels (KPI ~ 400) are not; anything between says nothing. */
export function kindByMagnitude(values: number[]): IndexKind | undefined {
  if (values.length === 0) return undefined;
  if (values.every((v) => Math.abs(v) <= 30)) return 'percent';
  if (values.every((v) => v >= 40)) return 'level';
  return undefined;
}

/** "KPI (1980 = 100)" -> "1980 = 100". */
export function levelBaseIn(text: string): string | undefined {
  const m = /(\d{4})\s*=\s*100/.exec(text);
  return m ? `${m[1]} = 100` : undefined;
}

/** A label as a series name: "PKV, förändring (%)" -> "PKV"; "LPIK inkl. läkemedel" as written. */
export function labelAsName(label: string): string {
  return label.split(/[(,]/)[0].replace(/%/g, '').replace(/\s+/g, ' ').trim();
}
