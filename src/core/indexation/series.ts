/**
 * Price index series as data (DOMAIN §3.7). Published values are revised several times a year,
 * so no figure lives in logic: a series is a table of years, read from the bundled defaults or
 * from an `Index` sheet in the workbook.
 */

/** 'percent': yearly change in % (LPIK, PKV). 'level': an index level such as KPI (1980 = 100). */
export type IndexKind = 'percent' | 'level';

/** SKR and SCB mark each year as an outcome or a forecast; forecasts are revised. */
export type IndexStatus = 'utfall' | 'prognos';

/** Where a value comes from; later layers win (bundled < the user's own store < the workbook). */
export type IndexLayer = 'bundled' | 'user' | 'workbook';

/** The provenance of one year's value. */
export interface IndexOrigin {
  layer: IndexLayer;
  source: string;
  date?: string;
  status?: IndexStatus;
}

export interface IndexSeries {
  /** Name as controllers write it: "LPIK", "PKV", "KPI". */
  name: string;
  /** Other names that mean the same series ("LPI" for "LPIK"). */
  aliases?: string[];
  kind: IndexKind;
  /** year -> yearly change in % (percent) or level (level). A missing year has no entry, never 0. */
  values: Readonly<Record<number, number>>;
  /** Decimals to show the values with in a chain (KPI 403,70); default: as the value needs. */
  decimals?: number;
  /** Base of a level series, e.g. "1980 = 100". */
  base?: string;
  /** Who publishes the figures and where they were taken from (Swedish). */
  source: string;
  /** When the values were compiled or published (ISO date or Swedish text). */
  date?: string;
  /** The layer the series as a whole comes from; default 'bundled'. */
  layer?: IndexLayer;
  /** Per-year provenance where it differs from the series' own source, date and layer. */
  origins?: Readonly<Record<number, IndexOrigin>>;
}

export interface IndexTable {
  series: IndexSeries[];
}

function key(name: string): string {
  return name.trim().toUpperCase();
}

/** The series of that name or alias, case-insensitively. */
export function findSeries(table: IndexTable, name: string): IndexSeries | undefined {
  const k = key(name);
  return table.series.find((s) => key(s.name) === k || (s.aliases ?? []).some((a) => key(a) === k));
}

/** The value for a year, or undefined when the series has none (never 0 by default). */
export function valueFor(series: IndexSeries, year: number): number | undefined {
  const v = series.values[year];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Every name and alias a table answers to, for messages ("KPI, LPIK, PKV"). */
export function seriesNames(table: IndexTable): string[] {
  return table.series.map((s) => s.name).sort();
}

/** The provenance of a year's value: its own when recorded, else the series'. */
export function originOf(series: IndexSeries, year: number): IndexOrigin {
  return series.origins?.[year] ?? { layer: series.layer ?? 'bundled', source: series.source, ...(series.date ? { date: series.date } : {}) };
}
