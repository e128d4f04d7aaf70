/**
 * The snapshots kept in the workbook's settings: this month's (replaced at each validation) and the
 * newest of an earlier period, which is the one "Jämför med förra månaden" uses. Only two, so the
 * store stays small however many months a workbook lives through.
 */
import type { FigureSnapshot } from './snapshot';

/** Key in Periodkoll's store in the workbook. */
export const SNAPSHOT_STORE_KEY = 'figureSnapshots';

const KEPT = 2;

/** The stored snapshots, newest first; a damaged or unknown store counts as none (the next validation replaces it). */
export function parseSnapshots(text: string | undefined): FigureSnapshot[] {
  if (!text) return [];
  try {
    const data = JSON.parse(text) as unknown;
    if (!Array.isArray(data)) return [];
    return data.filter(isSnapshot).sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  } catch {
    return [];
  }
}

/** The store after a validation: the new snapshot replaces any of the same period. */
export function keepSnapshot(stored: readonly FigureSnapshot[], taken: FigureSnapshot): FigureSnapshot[] {
  const others = stored.filter((s) => s.period !== taken.period).sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  return [taken, ...others].slice(0, KEPT);
}

/**
 * Last month's snapshot for a workbook whose tables name `currentPeriod`: the newest of another
 * period. When neither names a period, the newest there is (the pane shows when it was taken).
 */
export function previousSnapshot(stored: readonly FigureSnapshot[], currentPeriod: string | undefined): FigureSnapshot | undefined {
  const newestFirst = [...stored].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  if (currentPeriod === undefined) return newestFirst[0];
  return newestFirst.find((s) => s.period !== currentPeriod);
}

function isSnapshot(x: unknown): x is FigureSnapshot {
  const s = x as FigureSnapshot;
  return !!s && s.version === 1 && typeof s.takenAt === 'string' && Array.isArray(s.sheets) && Array.isArray(s.findings)
    && s.sheets.every((sh) => typeof sh?.name === 'string' && Array.isArray(sh.cells) && Array.isArray(sh.formats));
}
