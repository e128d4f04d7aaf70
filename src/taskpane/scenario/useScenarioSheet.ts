import { useCallback, useState } from 'react';
import type { ReportSheet } from '../../core/report/reportSheet';
import { HostError, type WorkbookHost } from '../../host/port';
import { messageForError } from '../errorMessage';
import type { PaneFeedback } from '../feedback';

export interface ScenarioSheetState {
  /** The sheet waiting for the user's "replace?" answer. */
  confirming: string | null;
  write(sheet: ReportSheet): Promise<void>;
  confirmReplace(): Promise<void>;
  cancelReplace(): void;
}

/**
 * "Skriv scenario till blad": a new sheet; when the name is taken, the user is asked first and
 * only "Ersätt" replaces it. The workbook's own figures are never written.
 */
export function useScenarioSheet(host: WorkbookHost, exclusive: (task: () => Promise<void>) => Promise<void>, feedback: PaneFeedback, onWritten: (name: string) => void): ScenarioSheetState {
  const [pending, setPending] = useState<ReportSheet | null>(null);

  const put = useCallback(
    async (sheet: ReportSheet, replace: boolean) => {
      try {
        await host.writeReportSheet(sheet, { replace });
        onWritten(sheet.name);
        feedback.show({ intent: 'success', title: `Bladet ${sheet.name} har ${replace ? 'ersatts' : 'skapats'}.`, text: 'Ändra parametrarna i kolumn B; raderna räknas om i Excel.' });
      } catch (error) {
        // Created meanwhile (another window, another add-in): ask, as for a name taken from the start.
        if (!replace && error instanceof HostError && error.code === 'sheet-exists') setPending(sheet);
        else feedback.show(messageForError(error, 'skriva scenariot till blad'));
      }
    },
    [host, feedback, onWritten],
  );

  const write = useCallback(
    (sheet: ReportSheet) =>
      exclusive(async () => {
        feedback.show(null);
        try {
          if (await host.sheetExists(sheet.name)) {
            setPending(sheet);
            return;
          }
        } catch (error) {
          feedback.show(messageForError(error, 'skriva scenariot till blad'));
          return;
        }
        await put(sheet, false);
      }),
    [exclusive, host, feedback, put],
  );

  const confirmReplace = useCallback(async () => {
    const sheet = pending;
    setPending(null);
    if (sheet) await exclusive(() => put(sheet, true));
  }, [pending, exclusive, put]);

  const cancelReplace = useCallback(() => {
    const name = pending?.name;
    setPending(null);
    feedback.announce(`Inget skrevs; bladet ${name ?? ''} är oförändrat.`);
  }, [pending, feedback]);

  return { confirming: pending?.name ?? null, write, confirmReplace, cancelReplace };
}
