/**
 * Runs the engine in a Web Worker (validate.worker.ts). Loaded only by a dynamic import from
 * backgroundValidation.ts, because `import.meta` exists only in the browser bundle.
 */
import type { ValidationSettings } from '../core/engine/settings';
import type { Report } from '../core/findings/finding';
import type { Workbook } from '../core/model/workbook';
import type { ValidationRequest, ValidationResponse } from './validationMessages';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve(report: Report): void; reject(error: Error): void }>();

function start(): Worker {
  // webpack 5 bundles the worker from this exact form; the CSP allows it (worker-src 'self').
  // @ts-expect-error -- import.meta is ES module syntax; tsconfig's module is commonjs for Node and jest.
  const created = new Worker(new URL('./validate.worker.ts', import.meta.url));
  created.onmessage = (event: MessageEvent<ValidationResponse>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if ('report' in event.data) waiting.resolve(event.data.report);
    else waiting.reject(new Error(event.data.error));
  };
  created.onerror = (event) => {
    // A worker that failed is of no further use: the next run starts a new one.
    event.preventDefault();
    created.terminate();
    if (worker === created) worker = undefined;
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'Kontrollen i bakgrunden avbröts.'));
    pending.clear();
  };
  return created;
}

export function validateInWorker(workbook: Workbook, settings?: ValidationSettings): Promise<Report> {
  worker ??= start();
  const id = ++nextId;
  const request: ValidationRequest = { id, workbook, ...(settings ? { settings } : {}) };
  return new Promise<Report>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage(request);
  });
}
