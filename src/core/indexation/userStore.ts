/**
 * The user's own index values (the middle layer): what they imported or typed, each value with
 * its source, date and status. Pure data and rules here; the CLI keeps it in a JSON file, the page
 * and the pane in browser storage.
 */
import type { IndexKind, IndexOrigin, IndexSeries, IndexStatus, IndexTable } from './series';

export interface StoredIndexValue {
  series: string;
  year: number;
  kind: IndexKind;
  /** Change in % (percent) or the level (level). */
  value: number;
  status?: IndexStatus;
  source: string;
  /** Publication date of the source (ISO). */
  date?: string;
  /** Base of a level series, e.g. "1980 = 100". */
  base?: string;
  /** When it was stored (ISO date). */
  stored?: string;
}

export interface IndexStore {
  format: 'periodkoll-index';
  version: 1;
  values: StoredIndexValue[];
}

export const EMPTY_INDEX_STORE: IndexStore = { format: 'periodkoll-index', version: 1, values: [] };

const sameSeries = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/** Reads a stored store; a damaged one gets a Swedish message and is never half-used. */
export function parseIndexStore(text: string): { ok: true; store: IndexStore } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'Filen med dina indexvärden är skadad (inte giltig JSON).' };
  }
  const d = data as Partial<IndexStore>;
  if (d?.format !== 'periodkoll-index' || d.version !== 1 || !Array.isArray(d.values)) {
    return { ok: false, message: 'Filen med dina indexvärden har ett okänt format.' };
  }
  const bad = d.values.findIndex((v) => !isStoredValue(v));
  if (bad >= 0) return { ok: false, message: `Värde nr ${bad + 1} i filen med dina indexvärden är ofullständigt (serie, år, slag, värde och källa krävs).` };
  return { ok: true, store: { format: 'periodkoll-index', version: 1, values: d.values } };
}

function isStoredValue(v: unknown): v is StoredIndexValue {
  const s = v as StoredIndexValue;
  return (
    typeof s?.series === 'string' && s.series.trim() !== '' &&
    Number.isInteger(s.year) && s.year >= 1950 && s.year <= 2100 &&
    (s.kind === 'percent' || s.kind === 'level') &&
    typeof s.value === 'number' && Number.isFinite(s.value) &&
    typeof s.source === 'string' && s.source.trim() !== '' &&
    (s.status === undefined || s.status === 'utfall' || s.status === 'prognos')
  );
}

export function serializeIndexStore(store: IndexStore): string {
  const values = [...store.values].sort((a, b) => a.series.localeCompare(b.series, 'sv') || a.year - b.year);
  return `${JSON.stringify({ ...store, values }, null, 2)}\n`;
}

/** The store as the user layer of the index table, or undefined when it holds nothing. */
export function indexStoreTable(store: IndexStore): IndexTable | undefined {
  const bySeries = new Map<string, StoredIndexValue[]>();
  for (const v of store.values) {
    const key = v.series.trim().toUpperCase();
    bySeries.set(key, [...(bySeries.get(key) ?? []), v]);
  }
  const series: IndexSeries[] = [...bySeries.values()].map((values) => {
    const latest = [...values].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
    const origins: Record<number, IndexOrigin> = {};
    const byYear: Record<number, number> = {};
    for (const v of values) {
      byYear[v.year] = v.value;
      origins[v.year] = { layer: 'user', source: v.source, ...(v.date ? { date: v.date } : {}), ...(v.status ? { status: v.status } : {}) };
    }
    const decimals = Math.max(0, ...values.map((v) => (String(v.value).split('.')[1] ?? '').length));
    return {
      name: latest.series,
      kind: latest.kind,
      values: byYear,
      source: latest.source,
      ...(latest.date ? { date: latest.date } : {}),
      layer: 'user',
      origins,
      ...(latest.kind === 'level' ? { decimals } : {}),
      ...(latest.base ? { base: latest.base } : {}),
    };
  });
  return series.length > 0 ? { series } : undefined;
}

/** The values of read series, ready to store. */
export function storedValuesOf(series: IndexSeries[], stored?: string): StoredIndexValue[] {
  return series.flatMap((s) =>
    Object.entries(s.values).map(([year, value]): StoredIndexValue => {
      const o = s.origins?.[Number(year)];
      const date = o?.date ?? s.date;
      return {
        series: s.name,
        year: Number(year),
        kind: s.kind,
        value,
        ...(o?.status ? { status: o.status } : {}),
        source: o?.source ?? s.source,
        ...(date ? { date } : {}),
        ...(s.base ? { base: s.base } : {}),
        ...(stored ? { stored } : {}),
      };
    }),
  );
}

export type IndexChangeKind = 'new' | 'changed' | 'same' | 'removed';

export interface IndexChange {
  change: IndexChangeKind;
  /** The value after the import (for 'removed': the value that goes). */
  value: StoredIndexValue;
  previous?: StoredIndexValue;
}

/**
 * What storing `incoming` would do, value by value, for the preview. A series given as another
 * kind (KPI as % instead of level) replaces the stored values of the other kind.
 */
export function planIndexImport(store: IndexStore, incoming: StoredIndexValue[]): IndexChange[] {
  const changes: IndexChange[] = [];
  for (const v of incoming) {
    const previous = store.values.find((p) => sameSeries(p.series, v.series) && p.year === v.year);
    if (!previous) changes.push({ change: 'new', value: v });
    else if (previous.value === v.value && previous.kind === v.kind && previous.status === v.status && previous.source === v.source) changes.push({ change: 'same', value: v, previous });
    else changes.push({ change: 'changed', value: v, previous });
  }
  for (const p of store.values) {
    const replacedKind = incoming.some((v) => sameSeries(v.series, p.series) && v.kind !== p.kind);
    const covered = incoming.some((v) => sameSeries(v.series, p.series) && v.year === p.year);
    if (replacedKind && !covered) changes.push({ change: 'removed', value: p });
  }
  return changes;
}

export function applyIndexImport(store: IndexStore, changes: IndexChange[]): IndexStore {
  const goes = (p: StoredIndexValue) => changes.some((c) => c.change !== 'same' && sameSeries(c.value.series, p.series) && c.value.year === p.year);
  const kept = store.values.filter((p) => !goes(p));
  const added = changes.filter((c) => c.change === 'new' || c.change === 'changed').map((c) => c.value);
  return { ...store, values: [...kept, ...added] };
}

/** The store without a series (every year) or one year of it. */
export function removeIndexValues(store: IndexStore, series: string, year?: number): IndexStore {
  return { ...store, values: store.values.filter((v) => !(sameSeries(v.series, series) && (year === undefined || v.year === year))) };
}
