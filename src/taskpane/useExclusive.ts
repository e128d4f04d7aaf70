import { useCallback, useRef, useState } from 'react';

/**
 * One workbook operation at a time: while a task runs, `busy` is true (buttons disable) and
 * further tasks are ignored, so a double click never reads or writes twice.
 */
export function useExclusive(): { busy: boolean; exclusive: (task: () => Promise<void>) => Promise<void> } {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const exclusive = useCallback(async (task: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await task();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, exclusive };
}
