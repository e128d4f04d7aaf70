/** Which preview cells to colour: one severity per cell (an error outranks a warning). */
import type { Finding } from '../core/findings/finding';

export type HighlightSeverity = 'error' | 'warning';

/** sheet name -> A1 address -> severity. */
export type Highlights = ReadonlyMap<string, ReadonlyMap<string, HighlightSeverity>>;

export const NO_HIGHLIGHTS: Highlights = new Map();

export function highlightsFor(findings: readonly Finding[]): Highlights {
  const bySheet = new Map<string, Map<string, HighlightSeverity>>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    let cells = bySheet.get(f.sheet);
    if (!cells) bySheet.set(f.sheet, (cells = new Map()));
    const cell = f.cell.replace(/\$/g, '').toUpperCase();
    if (cells.get(cell) !== 'error') cells.set(cell, f.severity);
  }
  return bySheet;
}

/** Findings per sheet for the tab badges: errors and warnings counted apart. */
export function highlightCounts(highlights: Highlights, sheet: string): { error: number; warning: number } {
  const counts = { error: 0, warning: 0 };
  for (const severity of highlights.get(sheet)?.values() ?? []) counts[severity]++;
  return counts;
}
