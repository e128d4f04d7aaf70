import { isPayloadTooLarge } from './officeErrors';
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

/** Queues the steps in order, one context.sync() per batch that fits the payload limit. */
export async function runSteps(context: Excel.RequestContext, steps: Step[], beforeEachBatch?: () => void): Promise<void> {
  if (steps.length === 0) return;
  for (const batch of batchesBySize(steps, (s) => s.bytes)) {
    beforeEachBatch?.();
    for (const step of batch) step.queue();
    await context.sync();
  }
}

/**
 * Loads in as few round trips as the estimates allow. Loads cannot be sized exactly beforehand
 * (a note's text, a stored backup), so a batch Excel refuses as too large is halved and sent
 * again; each step's `queue` is called again then, and must create its proxies afresh.
 */
export async function loadSteps(context: Excel.RequestContext, steps: Step[]): Promise<void> {
  if (steps.length === 0) return;
  const pending = batchesBySize(steps, (s) => s.bytes);
  while (pending.length > 0) {
    const batch = pending[0];
    for (const step of batch) step.queue();
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e) || batch.length < 2) throw e;
      const mid = Math.ceil(batch.length / 2);
      pending.splice(0, 1, batch.slice(0, mid), batch.slice(mid));
      continue;
    }
    pending.shift();
  }
}
