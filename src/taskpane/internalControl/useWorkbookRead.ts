import { useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Workbook } from '../../core/model/workbook';
import type { WorkbookHost } from '../../host/port';
import type { ProgressState } from '../useValidation';

/**
 * Reads the whole workbook through the port with "Läser blad …" progress (ledgers can be large),
 * then shows "Kontrollerar …" and yields once so the browser paints it before the synchronous
 * engine run. The caller clears the progress with `done()` when its run is over.
 */
export function useWorkbookRead(host: WorkbookHost) {
  const [progress, setProgress] = useState<ProgressState | null>(null);

  const read = useCallback(async (): Promise<Workbook> => {
    setProgress({ phase: 'reading', done: 0, total: 0 });
    const workbook = await host.readWorkbook({ onProgress: (p) => setProgress({ phase: 'reading', done: p.done, total: p.total }) });
    flushSync(() => setProgress({ phase: 'checking' }));
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    return workbook;
  }, [host]);

  const done = useCallback(() => setProgress(null), []);
  return { progress, read, done };
}
