import { createContext, useCallback, useContext, useState } from 'react';
import { flushSync } from 'react-dom';
import { validateWorkbook } from '../core';
import type { ValidationSettings } from '../core/engine/settings';
import type { Report } from '../core/findings/finding';
import type { Workbook } from '../core/model/workbook';
import { rememberWorkbookIndex } from '../functions/indexSource';
import type { WorkbookHost } from '../host/port';
import { messageForError } from './errorMessage';
import type { PaneFeedback } from './feedback';
import { countBySeverity } from '../core/findings/severityWords';
import { doneAnnouncement } from './words';

export type ValidationScope = 'workbook' | 'sheet';

export type ProgressState =
  | { phase: 'reading'; done: number; total: number }
  | { phase: 'checking' };

export interface ValidationState {
  report: Report | null;
  /** What the report covers: the whole workbook or the named sheet. */
  checked: { scope: 'workbook' } | { scope: 'sheet'; sheet: string } | null;
  progress: ProgressState | null;
  validate(scope: ValidationScope): Promise<void>;
}

/** Yields to the browser so it can paint "Kontrollerar …" before the synchronous engine run. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs the engine on a workbook read through the port, with the user's settings (their index values). */
export type ValidateWorkbook = (workbook: Workbook, settings?: ValidationSettings) => Promise<Report>;

/** The engine in the UI thread, after one yield to paint the progress (Excel, tests). */
export const validateInThread: ValidateWorkbook = async (workbook, settings) => {
  await nextTask();
  return validateWorkbook(workbook, settings);
};

/**
 * How the pane runs the engine. The stand-alone page provides one that runs it in a Web Worker,
 * so a large workbook does not freeze the page; the pane itself stays host-agnostic.
 */
export const ValidateWorkbookContext = createContext<ValidateWorkbook>(validateInThread);

/** "Validera": read through the port (with progress), run the engine, keep the report. */
export function useValidation(
  host: WorkbookHost,
  exclusive: (task: () => Promise<void>) => Promise<void>,
  feedback: PaneFeedback,
  onReport?: (report: Report) => void,
  /** After a run, with what was read: the pane keeps the figures for next month's comparison. */
  onValidated?: (workbook: Workbook, report: Report, scope: ValidationScope) => Promise<void>,
): ValidationState {
  const [report, setReport] = useState<Report | null>(null);
  const [checked, setChecked] = useState<ValidationState['checked']>(null);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const runEngine = useContext(ValidateWorkbookContext);

  const validate = useCallback(
    (scope: ValidationScope) =>
      exclusive(async () => {
        feedback.show(null);
        setProgress({ phase: 'reading', done: 0, total: 0 });
        let doing = 'läsa arbetsboken';
        try {
          const sheet = scope === 'sheet' ? await host.activeSheetName() : undefined;
          const workbook = await host.readWorkbook({
            ...(sheet !== undefined ? { sheets: [sheet] } : {}),
            onProgress: (p) => setProgress({ phase: 'reading', done: p.done, total: p.total }),
          });
          // The worksheet functions see the workbook's Index sheet from the last whole-workbook read.
          if (sheet === undefined) rememberWorkbookIndex(workbook);
          doing = 'kontrollera arbetsboken';
          flushSync(() => setProgress({ phase: 'checking' }));
          const result = await runEngine(workbook);
          setReport(result);
          setChecked(sheet !== undefined ? { scope: 'sheet', sheet } : { scope: 'workbook' });
          feedback.announce(doneAnnouncement(countBySeverity(result.findings)));
          onReport?.(result);
          await onValidated?.(workbook, result, scope);
        } catch (error) {
          feedback.show(messageForError(error, doing));
        } finally {
          setProgress(null);
        }
      }),
    [host, exclusive, feedback, onReport, onValidated, runEngine],
  );

  return { report, checked, progress, validate };
}
