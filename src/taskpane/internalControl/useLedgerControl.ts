import { useCallback, useState } from 'react';
import { controlLedger, ledgerSheetNames, type ControlRequest, type ControlResult } from '../../core/ledger';
import type { Workbook } from '../../core/model/workbook';
import { marksFor, type WorkbookHost } from '../../host/port';
import { messageForError } from '../errorMessage';
import type { PaneFeedback } from '../feedback';
import { markResultMessage } from '../useMarks';

export interface LedgerRun {
  /** The workbook the run read (the Stickprov sheet copies its cells). */
  workbook: Workbook;
  result: ControlResult;
}

/**
 * "Kör kontrollerna": read the workbook, find its ledger sheets, run core's controlLedger (the
 * same call as `periodkoll control`). "Markera rader" marks the findings' cells, reversibly.
 */
export function useLedgerControl(
  host: WorkbookHost,
  read: () => Promise<Workbook>,
  readDone: () => void,
  exclusive: (task: () => Promise<void>) => Promise<void>,
  feedback: PaneFeedback,
) {
  const [run, setRun] = useState<LedgerRun | null>(null);
  /** Ledger sheets of the last read; before any read only the active sheet is known. */
  const [sheets, setSheets] = useState<string[]>([]);
  const [active, setActive] = useState<string | undefined>();

  const control = useCallback(
    (request: ControlRequest) =>
      exclusive(async () => {
        feedback.show(null);
        try {
          const activeSheet = await host.activeSheetName();
          const workbook = await read();
          const ledgers = ledgerSheetNames(workbook);
          setSheets(ledgers);
          setActive(activeSheet);
          const sheet = request.sheet ?? (ledgers.includes(activeSheet) ? activeSheet : undefined);
          const outcome = controlLedger(workbook, { ...request, ...(sheet !== undefined ? { sheet } : {}) });
          if (!outcome.ok) {
            setRun(null);
            feedback.show({ intent: 'warning', text: outcome.message });
            return;
          }
          setRun({ workbook, result: outcome.result });
          const { findings, sample } = outcome.result;
          feedback.announce(`Klar: ${findings.length} anmärkningar i ${outcome.result.ledger.sheet}${sample ? `, stickprov ${sample.rows.length} rader` : ''}`);
        } catch (error) {
          feedback.show(messageForError(error, 'kontrollera huvudboken'));
        } finally {
          readDone();
        }
      }),
    [host, read, readDone, exclusive, feedback],
  );

  const mark = useCallback(
    () =>
      exclusive(async () => {
        if (!run) return;
        feedback.show(null);
        try {
          const result = await host.writeMarks(marksFor(run.result.findings));
          const message = markResultMessage(result);
          feedback.show({ ...message, text: `${message.text} Rensa markeringar tar bort dem igen.` });
        } catch (error) {
          feedback.show(messageForError(error, 'markera raderna'));
        }
      }),
    [host, run, exclusive, feedback],
  );

  const markable = run ? marksFor(run.result.findings).length : 0;
  return { run, sheets, active, control, mark, markable };
}
