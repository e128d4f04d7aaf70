import { useCallback, useState } from 'react';
import type { Report } from '../core/findings/finding';
import { buildControlReport, REPORT_SHEET_NAME } from '../core/report/controlReport';
import type { WorkbookHost } from '../host/port';
import { messageForError } from './errorMessage';
import type { PaneFeedback } from './feedback';

export interface ControlReportState {
  /** The "replace the existing sheet?" question is showing. */
  confirmingReplace: boolean;
  create(): Promise<void>;
  confirmReplace(): Promise<void>;
  cancelReplace(): void;
}

/** "Skapa kontrollrapport": writes the report sheet, asking first when one already exists. */
export function useControlReport(
  host: WorkbookHost,
  report: Report | null,
  now: () => Date,
  exclusive: (task: () => Promise<void>) => Promise<void>,
  feedback: PaneFeedback,
): ControlReportState {
  const [confirmingReplace, setConfirmingReplace] = useState(false);

  const write = useCallback(
    async (replace: boolean) => {
      if (!report) return;
      try {
        await host.writeReportSheet(buildControlReport(report, { workbook: host.name, date: now() }), { replace });
        feedback.show({ intent: 'success', text: `Bladet ${REPORT_SHEET_NAME} har ${replace ? 'ersatts' : 'skapats'}.` });
      } catch (error) {
        feedback.show(messageForError(error, 'skapa kontrollrapporten'));
      }
    },
    [host, report, now, feedback],
  );

  const create = useCallback(
    () =>
      exclusive(async () => {
        if (!report) return;
        feedback.show(null);
        let exists: boolean;
        try {
          exists = await host.sheetExists(REPORT_SHEET_NAME);
        } catch (error) {
          feedback.show(messageForError(error, 'skapa kontrollrapporten'));
          return;
        }
        if (exists) setConfirmingReplace(true);
        else await write(false);
      }),
    [host, report, exclusive, feedback, write],
  );

  const confirmReplace = useCallback(async () => {
    setConfirmingReplace(false);
    await exclusive(() => write(true));
  }, [exclusive, write]);

  const cancelReplace = useCallback(() => {
    setConfirmingReplace(false);
    feedback.announce(`Ingen kontrollrapport skapades; bladet ${REPORT_SHEET_NAME} är oförändrat.`);
  }, [feedback]);

  return { confirmingReplace, create, confirmReplace, cancelReplace };
}
