/**
 * Periodkoll's settings store inside Excel: the workbook's own settings (Workbook.settings,
 * ExcelApi 1.4), saved with the workbook and travelling with it, as the file host's hidden sheet
 * does. Values are JSON text under "periodkoll.<key>". Calls are only queued here.
 */
const PREFIX = 'periodkoll.';

export interface StoreRead {
  item: Excel.Setting;
}

export function queueReadStore(context: Excel.RequestContext, key: string): StoreRead {
  const item = context.workbook.settings.getItemOrNullObject(PREFIX + key);
  item.load('value');
  return { item };
}

/** After the sync that read it. */
export function storeValue(read: StoreRead): string | undefined {
  if (read.item.isNullObject) return undefined;
  const v = read.item.value as unknown;
  return typeof v === 'string' ? v : undefined;
}

/** Queues storing (or, with undefined, removing) a value; `read` must have been synced. */
export function queueWriteStore(context: Excel.RequestContext, key: string, value: string | undefined, read?: StoreRead): void {
  if (value !== undefined) {
    context.workbook.settings.add(PREFIX + key, value);
  } else if (read && !read.item.isNullObject) {
    read.item.delete();
  }
}
