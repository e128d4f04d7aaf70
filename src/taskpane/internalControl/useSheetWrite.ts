import { useCallback, useState } from 'react';
import type { ReportSheet, WorkbookHost } from '../../host/port';
import { messageForError } from '../errorMessage';
import type { PaneFeedback } from '../feedback';

/**
 * Writes a report sheet the user asked for; when a sheet of that name exists, it waits for the
 * user's answer (`pending` holds the sheet) and replaces it only after "Ersätt".
 */
export function useSheetWrite(host: WorkbookHost, exclusive: (task: () => Promise<void>) => Promise<void>, feedback: PaneFeedback, doing: string) {
  const [pending, setPending] = useState<ReportSheet | null>(null);

  const put = useCallback(
    async (sheet: ReportSheet, replace: boolean) => {
      try {
        await host.writeReportSheet(sheet, { replace });
        feedback.show({ intent: 'success', text: `Bladet ${sheet.name} har ${replace ? 'ersatts' : 'skapats'}.` });
      } catch (error) {
        feedback.show(messageForError(error, doing));
      }
    },
    [host, feedback, doing],
  );

  const write = useCallback(
    (build: () => ReportSheet | undefined) =>
      exclusive(async () => {
        const sheet = build();
        if (!sheet) return;
        feedback.show(null);
        try {
          if (await host.sheetExists(sheet.name)) {
            setPending(sheet);
            return;
          }
        } catch (error) {
          feedback.show(messageForError(error, doing));
          return;
        }
        await put(sheet, false);
      }),
    [host, exclusive, feedback, doing, put],
  );

  const confirmReplace = useCallback(async () => {
    const sheet = pending;
    setPending(null);
    if (sheet) await exclusive(() => put(sheet, true));
  }, [pending, exclusive, put]);

  const cancelReplace = useCallback(() => {
    if (pending) feedback.announce(`Inget skrevs; bladet ${pending.name} är oförändrat.`);
    setPending(null);
  }, [pending, feedback]);

  return { pending, write, confirmReplace, cancelReplace };
}
