/**
 * The sheets a write or an undo touches, found among the workbook's sheets by Worksheet.id (the
 * same after the user renames the sheet) or by name. Listing the sheets first, instead of asking
 * for each by key, lets a deleted sheet be reported in Swedish rather than fail the request.
 */
import type { Step } from './batches';
import { BYTES_PER_CELL_OPERATION } from './payload';
import { sheetLookup } from './sheetLookup';

export interface SheetRef {
  /** The id or name it was looked up by. */
  readonly key: string;
  /** The sheet; undefined when it does not exist (deleted, or never there). */
  readonly ws: Excel.Worksheet | undefined;
  /** The current name, or the key when the sheet is missing. */
  readonly name: string;
  readonly id: string;
  /** Readable after the protection steps ran. */
  readonly protected: boolean;
}

/** Queues listing the sheets; resolve them after the next sync. */
export function queueSheetList(context: Excel.RequestContext): Excel.WorksheetCollection {
  const list = context.workbook.worksheets;
  list.load('items/name,items/id');
  return list;
}

export function resolveSheets(list: Excel.WorksheetCollection, keys: string[]): Map<string, SheetRef> {
  const byName = sheetLookup(list.items);
  const byId = new Map(list.items.map((ws) => [ws.id, ws]));
  const refs = new Map<string, SheetRef>();
  for (const key of keys) {
    if (refs.has(key)) continue;
    const ws = byId.get(key) ?? byName(key);
    refs.set(key, {
      key,
      ws,
      name: ws?.name ?? key,
      id: ws?.id ?? key,
      get protected() {
        return ws !== undefined && ws.protection.protected;
      },
    });
  }
  return refs;
}

/** Loads of each found sheet's protection, to send with the caller's next reads. */
export function protectionSteps(refs: Iterable<SheetRef>): Step[] {
  return [...refs].filter((r) => r.ws).map((r) => ({ bytes: BYTES_PER_CELL_OPERATION, queue: () => void r.ws!.protection.load('protected') }));
}
