/**
 * The port as the pane sees it in the stand-alone page: the file host itself, but every write
 * that changes what the preview shows (a report sheet added, marks written or cleared, cells written or undone) is
 * reported afterwards, so the page can re-read the workbook for its grid.
 */
import type { WorkbookHost } from '../host/port';

const WRITES: ReadonlySet<PropertyKey> = new Set<keyof WorkbookHost>(['writeMarks', 'clearMarks', 'writeReportSheet', 'writeCells', 'undoWrite']);

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
