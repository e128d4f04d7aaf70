import type { ValidateWorkbook } from '../taskpane/useValidation';
import { validateInThread } from '../taskpane/useValidation';

/**
 * The stand-alone page's engine runner: in a Web Worker where the browser has them, in the UI
 * thread otherwise (jsdom in tests, or a worker that cannot start).
 */
export function backgroundValidation(): ValidateWorkbook {
  if (typeof Worker !== 'function') return validateInThread;
  return async (workbook, settings) => {
    let inWorker: typeof import('./validateInWorker').validateInWorker;
    try {
      ({ validateInWorker: inWorker } = await import('./validateInWorker'));
    } catch {
      return validateInThread(workbook, settings);
    }
    return inWorker(workbook, settings);
  };
}
