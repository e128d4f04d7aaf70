import { isPayloadTooLarge, officeErrorCode } from './officeErrors';
import { PAYLOAD_LIMIT_BYTES } from './payload';

/**
 * Splits queued work into batches whose estimated payload stays under the limit, keeping order.
 * An item larger than the limit on its own gets a batch of its own (Excel decides then).
 */
export function batchesBySize<T>(items: readonly T[], bytesOf: (item: T) => number, limit = PAYLOAD_LIMIT_BYTES): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const bytes = bytesOf(item);
    if (current.length > 0 && size + bytes > limit) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += bytes;
  }
  if (current.length > 0 || batches.length === 0) batches.push(current);
  return batches;
}

/** One piece of queued Office work and the request bytes it adds. */
export interface Step {
  bytes: number;
  queue: () => void;
}

/**
 * Sends the steps in order, one context.sync() per batch that fits the payload limit. Sizes are
 * estimates (a note's text, a stored backup, a cell's formula), and Excel on the web refuses an
 * oversized request with RequestPayloadSizeLimitExceeded or, for large writes, with a bare
 * GeneralException (OfficeDev/office-js#1012, #1314); such a batch is halved and sent again.
 * Every step must therefore be safe to queue twice: loads are, and so are writes that set a value
 * (setting it again changes nothing). `beforeEachBatch` queues what must open every request.
 */
export async function runSteps(context: Excel.RequestContext, steps: Step[], beforeEachBatch?: () => void): Promise<void> {
  if (steps.length === 0) return;
  const pending = batchesBySize(steps, (s) => s.bytes);
  while (pending.length > 0) {
    const batch = pending[0];
    beforeEachBatch?.();
    for (const step of batch) step.queue();
    try {
      await context.sync();
    } catch (e) {
      if (!mayBeTooLarge(e) || batch.length < 2) throw e;
      const mid = Math.ceil(batch.length / 2);
      pending.splice(0, 1, batch.slice(0, mid), batch.slice(mid));
      continue;
    }
    pending.shift();
  }
}

function mayBeTooLarge(error: unknown): boolean {
  return isPayloadTooLarge(error) || officeErrorCode(error) === 'GeneralException';
}
