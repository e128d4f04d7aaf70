/**
 * The mark ledger's home in the workbook: custom XML parts in MARKS_NAMESPACE (ExcelApi 1.5).
 * Reading takes two round trips (list the parts, then their XML); the calls are only queued here,
 * so callers put them in the batches they send anyway.
 */
import { HostError } from '../port';
import type { Step } from './batches';
import { MARKS_NAMESPACE, ledgerFromXml, ledgerToXmlParts, mergeLedgers, type MarkLedger } from './markLedger';
import { messages } from './messages';
import { BYTES_PER_CELL_OPERATION, textBytes } from './payload';

/**
 * Characters of backed-up marks per part (the ledger is ASCII, so also bytes): Excel on the web
 * refuses a custom XML part above 1 MB (OfficeDev/office-js#2408), and the part's envelope and
 * the last mark must still fit; it also keeps a part well under the request limit.
 */
export const LEDGER_PART_CHARS = 900_000;

/** Queues listing the parts; their ids are known after the next sync. */
export function queueListMarkParts(context: Excel.RequestContext): Excel.CustomXmlPartScopedCollection {
  const parts = context.workbook.customXmlParts.getByNamespace(MARKS_NAMESPACE);
  parts.load('items/id');
  return parts;
}

/** The listed parts' XML, read by the steps (see runSteps); parse after they ran. */
export interface PartReads {
  steps: Step[];
  results: OfficeExtension.ClientResult<string>[];
}

export function readMarkPartSteps(parts: Excel.CustomXmlPartScopedCollection): PartReads {
  const results: OfficeExtension.ClientResult<string>[] = [];
  const steps = parts.items.map((part, i) => ({
    // A part this adapter wrote holds at most LEDGER_PART_CHARS characters, sent as a JSON string.
    bytes: BYTES_PER_CELL_OPERATION + Math.ceil(LEDGER_PART_CHARS * 1.2),
    queue: () => void (results[i] = part.getXml()),
  }));
  return { steps, results };
}

/**
 * The ledger of all parts, after they were read. A part this version cannot read (damaged, or
 * written by a newer Periodkoll) stops the operation: it is never overwritten or deleted.
 */
export function parseMarkParts(reads: PartReads): MarkLedger {
  try {
    return mergeLedgers(reads.results.map((r) => ledgerFromXml(r.value)));
  } catch {
    throw new HostError('not-supported', messages.backupUnreadable);
  }
}

/**
 * The steps that store the ledger in the existing parts (adding parts when it needs more, deleting
 * those it no longer needs), or delete every part when the ledger is empty.
 */
export function saveLedgerSteps(context: Excel.RequestContext, parts: Excel.CustomXmlPart[], ledger: MarkLedger): Step[] {
  const docs = ledgerToXmlParts(ledger, LEDGER_PART_CHARS);
  const steps: Step[] = docs.map((xml, i) => ({
    bytes: BYTES_PER_CELL_OPERATION + textBytes(xml),
    queue: () => (i < parts.length ? parts[i].setXml(xml) : void context.workbook.customXmlParts.add(xml)),
  }));
  for (const part of parts.slice(docs.length)) steps.push({ bytes: BYTES_PER_CELL_OPERATION, queue: () => part.delete() });
  return steps;
}
