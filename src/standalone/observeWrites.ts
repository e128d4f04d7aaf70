/**
 * The port as the pane sees it in the stand-alone page: the file host itself, but every write
 * (a report sheet added, marks written or cleared, cells written or undone, settings stored) is
 * reported afterwards, so the page can re-read the workbook for its grid and knows that the copy
 * to download differs from the file.
 */
import type { WorkbookHost } from '../host/port';

const WRITES: ReadonlySet<PropertyKey> = new Set<keyof WorkbookHost>(['writeMarks', 'clearMarks', 'writeReportSheet', 'writeCells', 'undoWrite', 'writeStore']);

export function observeWrites<H extends WorkbookHost>(host: H, afterWrite: (method: string) => void): WorkbookHost {
  return new Proxy(host, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (!WRITES.has(property)) return value.bind(target);
      return async (...args: unknown[]) => {
        try {
          return await value.apply(target, args);
        } finally {
          afterWrite(String(property));
        }
      };
    },
  });
}
