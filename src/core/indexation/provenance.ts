/** Where each factor of an indexuppräkning comes from, said so a controller can trace it. */
import { formatSwedishNumber } from '../numbers/swedishNumber';
import { originOf, valueFor, type IndexKind, type IndexLayer, type IndexSeries, type IndexStatus } from './series';

export interface IndexFactor {
  series: string;
  year: number;
  value: number;
  kind: IndexKind;
  layer: IndexLayer;
  source: string;
  date?: string;
  status?: IndexStatus;
}

/** The layers in Swedish, as the pane, the page and the CLI name them. */
export const INDEX_LAYER_NAMES: Readonly<Record<IndexLayer, string>> = {
  bundled: 'Periodkolls standardvärden',
  user: 'dina indexvärden',
  workbook: 'arbetsbokens blad Index',
};

export function indexFactors(series: IndexSeries, years: number[]): IndexFactor[] {
  return years.flatMap((year) => {
    const value = valueFor(series, year);
    if (value === undefined) return [];
    const o = originOf(series, year);
    return [{ series: series.name, year, value, kind: series.kind, layer: o.layer, source: o.source, ...(o.date ? { date: o.date } : {}), ...(o.status ? { status: o.status } : {}) }];
  });
}

/**
 * "LPIK 2024 3,5 %: Periodkolls standardvärden – Region Örebro läns budget 2024;
 *  LPIK 2025 2,9 % prognos: dina indexvärden – SKR cirkulär 25:41 (2025-10-02)".
 * Years with the same layer, source and date are said once.
 */
export function indexSourcesText(factors: IndexFactor[]): string {
  const groups: Array<{ key: string; factors: IndexFactor[] }> = [];
  for (const f of factors) {
    const key = `${f.layer}\u0000${f.source}\u0000${f.date ?? ''}`;
    const group = groups.find((g) => g.key === key);
    if (group) group.factors.push(f);
    else groups.push({ key, factors: [f] });
  }
  return groups
    .map(({ factors: fs }) => {
      const first = fs[0];
      const values = fs.map((f) => `${f.year} ${factorValueText(f)}${f.status === 'prognos' ? ' prognos' : ''}`).join(', ');
      return `${first.series} ${values}: ${INDEX_LAYER_NAMES[first.layer]} – ${sourceWithDate(first.source, first.date)}`;
    })
    .join('; ');
}

/** 3.5 (percent) -> "3,5 %"; 403.7 (level) -> "403,7". */
export function factorValueText(f: Pick<IndexFactor, 'value' | 'kind'>): string {
  const decimals = (String(f.value).split('.')[1] ?? '').length;
  return formatSwedishNumber(f.value, decimals, f.kind === 'percent' ? '%' : undefined);
}

/** "SKR cirkulär 25:41 (2025-10-02)"; the date is not repeated when the source's title already has it. */
export function sourceWithDate(source: string, date: string | undefined): string {
  return date && !source.includes(date) ? `${source} (${date})` : source;
}
