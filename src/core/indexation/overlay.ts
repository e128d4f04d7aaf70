import { findSeries, type IndexSeries, type IndexTable } from './series';

/**
 * The workbook's own values win over the bundled ones, year by year, for a series of the same
 * name and kind; a series of another kind (KPI given as % instead of level) replaces the bundled
 * one. Series only the workbook has are added.
 */
export function overlayIndexTables(bundled: IndexTable, workbook: IndexTable | undefined): IndexTable {
  if (!workbook) return bundled;
  const merged: IndexSeries[] = bundled.series.map((s) => ({ ...s }));
  for (const own of workbook.series) {
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
    const keptYears = Object.keys(existing.values).filter((y) => !(y in own.values));
    merged[at] = {
      ...existing,
      values: { ...existing.values, ...own.values },
      decimals: Math.max(existing.decimals ?? 0, own.decimals ?? 0) || undefined,
      source: keptYears.length > 0 ? `${own.source}; övriga år: ${existing.source}` : own.source,
      date: keptYears.length > 0 ? existing.date : own.date,
    };
  }
  return { series: merged };
}
