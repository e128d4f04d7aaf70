import { useCallback, useEffect, useState } from 'react';
import type { Report } from '../core/findings/finding';
import { countWord } from '../core/text/countWord';
import { marksFor, type ClearResult, type MarkResult, type WorkbookHost } from '../host/port';
import { messageForError, type PaneMessage } from './errorMessage';
import type { PaneFeedback } from './feedback';
import { cellCount } from './words';

export interface MarksState {
  /** Marks (also from an earlier session) are in the workbook, so "Rensa" has something to do. */
  hasMarks: boolean;
  /** Asks the workbook again, e.g. when another tab may have written or cleared marks. */
  refresh(): Promise<void>;
  /** Error and warning findings of the report that can be marked. */
  markable: number;
  mark(): Promise<void>;
  clear(): Promise<void>;
}

/** "Markera i arbetsboken" and "Rensa markeringar" through the port. */
export function useMarks(
  host: WorkbookHost,
  report: Report | null,
  exclusive: (task: () => Promise<void>) => Promise<void>,
  feedback: PaneFeedback,
): MarksState {
  const [hasMarks, setHasMarks] = useState(false);

  // Only enables a button: a host that cannot tell (no workbook yet) simply leaves it disabled.
  const refresh = useCallback(async () => {
    try {
      setHasMarks(await host.hasMarks());
    } catch {
      setHasMarks(false);
    }
  }, [host]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const mark = useCallback(
    () =>
      exclusive(async () => {
        if (!report) return;
        feedback.show(null);
        try {
          const result = await host.writeMarks(marksFor(report.findings));
          feedback.show(markResultMessage(result));
        } catch (error) {
          feedback.show(messageForError(error, 'markera cellerna'));
        }
        await refresh();
      }),
    [host, report, exclusive, feedback, refresh],
  );

  const clear = useCallback(
    () =>
      exclusive(async () => {
        feedback.show(null);
        try {
          feedback.show(clearResultMessage(await host.clearMarks()));
        } catch (error) {
          feedback.show(messageForError(error, 'rensa markeringarna'));
        }
        await refresh();
      }),
    [host, exclusive, feedback, refresh],
  );

  const markable = report ? report.findings.filter((f) => f.severity !== 'info').length : 0;
  return { hasMarks, markable, mark, clear, refresh };
}

/** "Markeringarna är borttagna; 3 celler återställda." (1 cell återställd), or a warning with the host's notice when some were left. */
export function clearResultMessage(result: ClearResult): PaneMessage {
  const restored = `${countWord(result.restored, 'cell återställd', 'celler återställda')}.`;
  if (!result.notice) return { intent: 'success', text: `Markeringarna är borttagna; ${restored}` };
  return { intent: 'warning', title: restored, text: result.notice };
}

/**
 * "3 celler markerade" (1 cell markerad), and the skipped ones grouped by reason: "Budget!B6, B7: Bladet är skyddat.";
 * the host's notice (e.g. colour only, no notes) makes it a warning.
 */
export function markResultMessage(result: MarkResult): PaneMessage {
  const marked = countWord(result.marked, 'cell markerad', 'celler markerade');
  if (result.skipped.length === 0) return result.notice ? { intent: 'warning', title: `${marked}.`, text: result.notice } : { intent: 'success', text: `${marked}.` };

  const byReason = new Map<string, Map<string, string[]>>();
  for (const s of result.skipped) {
    const sheets = byReason.get(s.reason) ?? new Map<string, string[]>();
    sheets.set(s.sheet, [...(sheets.get(s.sheet) ?? []), s.cell]);
    byReason.set(s.reason, sheets);
  }
  const details = [...byReason].map(([reason, sheets]) => {
    const where = [...sheets].map(([sheet, cells]) => `${sheet} ${cells.join(', ')}`).join('; ');
    return `${where}: ${reason}`;
  });
  return {
    intent: 'warning',
    title: `${marked}, ${cellCount(result.skipped.length)} kunde inte markeras.`,
    text: `${result.notice ? `${result.notice} ` : ''}Följande celler hoppades över:`,
    details,
  };
}
