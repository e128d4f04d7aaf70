import { useCallback } from 'react';
import type { Report } from '../core/findings/finding';
import { buildControlReport, REPORT_SHEET_NAME } from '../core/report/controlReport';
import type { WorkbookHost } from '../host/port';
import type { PaneFeedback } from './feedback';
import { useSheetWrite } from './useSheetWrite';

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
  const sheet = useSheetWrite(host, exclusive, feedback, { doing: 'skapa kontrollrapporten' });
  const { write, confirmReplace } = sheet;
  const create = useCallback(
    () => write(() => (report ? buildControlReport(report, { workbook: host.name, date: now() }) : undefined)),
    [write, report, host, now],
  );
  const cancelReplace = useCallback(() => {
    sheet.cancelReplace();
    feedback.announce(`Ingen kontrollrapport skapades; bladet ${REPORT_SHEET_NAME} är oförändrat.`);
  }, [sheet, feedback]);
  return { confirmingReplace: sheet.confirming !== null, create, confirmReplace, cancelReplace };
}
