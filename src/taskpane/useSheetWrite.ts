import { useCallback, useState } from 'react';
import type { ReportSheet } from '../core/report/reportSheet';
import { HostError, type WorkbookHost } from '../host/port';
import { messageForError, type PaneMessage } from './errorMessage';
import type { PaneFeedback } from './feedback';

export interface SheetWriteOptions {
  /** "skapa kontrollrapporten": what the user tried, for error messages. */
  doing: string;
  /** The success message; default "Bladet X har skapats/ersatts." */
  success?: (name: string, replaced: boolean) => PaneMessage;
  onWritten?: (name: string) => void;
}

export interface SheetWriteState {
  /** The sheet name waiting for the user's "replace?" answer. */
  confirming: string | null;
  /** Writes the sheet `build` returns (nothing when it returns undefined), asking first when its name is taken. */
  write(build: () => ReportSheet | undefined): Promise<void>;
  confirmReplace(): Promise<void>;
  cancelReplace(): void;
}

/**
 * Every new sheet the pane writes (Kontrollrapport, Stickprov, scenario): a sheet of the same name
 * is replaced only after the user said "Ersätt" — also when it was created meanwhile in another
 * window, which the host reports as 'sheet-exists'.
 */
export function useSheetWrite(host: WorkbookHost, exclusive: (task: () => Promise<void>) => Promise<void>, feedback: PaneFeedback, options: SheetWriteOptions): SheetWriteState {
  const [pending, setPending] = useState<ReportSheet | null>(null);
  const { doing, success, onWritten } = options;

  const put = useCallback(
    async (sheet: ReportSheet, replace: boolean) => {
      try {
        await host.writeReportSheet(sheet, { replace });
        onWritten?.(sheet.name);
        feedback.show(success ? success(sheet.name, replace) : { intent: 'success', text: `Bladet ${sheet.name} har ${replace ? 'ersatts' : 'skapats'}.` });
      } catch (error) {
        if (!replace && error instanceof HostError && error.code === 'sheet-exists') setPending(sheet);
        else feedback.show(messageForError(error, doing));
      }
    },
    [host, feedback, doing, success, onWritten],
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

  return { confirming: pending?.name ?? null, write, confirmReplace, cancelReplace };
}
