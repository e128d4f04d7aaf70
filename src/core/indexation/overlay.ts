import { DEFAULT_INDEX_TABLE } from './defaults';
import { findSeries, originOf, type IndexOrigin, type IndexSeries, type IndexTable } from './series';

/**
 * The upper table's values win over the lower one's, year by year, for a series of the same name
 * and kind; a series of another kind (KPI given as % instead of level) replaces the lower one.
 * Series only the upper table has are added. Every year keeps its own provenance (originOf).
 */
export function overlayIndexTables(lower: IndexTable, upper: IndexTable | undefined): IndexTable {
  if (!upper || upper.series.length === 0) return lower;
  const merged: IndexSeries[] = lower.series.map((s) => ({ ...s }));
  for (const own of upper.series) {
    const existing = findSeries({ series: merged }, own.name);
    if (!existing) {
      merged.push(own);
      continue;
    }
    const at = merged.indexOf(existing);
    if (existing.kind !== own.kind) {
      merged[at] = { ...own, aliases: existing.aliases };
      continue;
    }
    const keptYears = Object.keys(existing.values).map(Number).filter((y) => !(y in own.values));
    const origins: Record<number, IndexOrigin> = {};
    for (const y of keptYears) origins[y] = originOf(existing, y);
    for (const y of Object.keys(own.values).map(Number)) origins[y] = originOf(own, y);
    merged[at] = {
      ...existing,
      values: { ...existing.values, ...own.values },
      decimals: Math.max(existing.decimals ?? 0, own.decimals ?? 0) || undefined,
      source: keptYears.length > 0 ? `${own.source}; övriga år: ${existing.source}` : own.source,
      date: keptYears.length > 0 ? existing.date : own.date,
      layer: own.layer,
      origins,
    };
  }
  return { series: merged };
}

/** The three layers, later wins: the bundled defaults, the user's own store, the workbook's Index sheet. */
export function layeredIndexTable(layers: { user?: IndexTable; workbook?: IndexTable }, bundled: IndexTable = DEFAULT_INDEX_TABLE): IndexTable {
  return overlayIndexTables(overlayIndexTables(bundled, layers.user), layers.workbook);
}
