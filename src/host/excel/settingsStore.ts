/**
 * Periodkoll's settings store inside Excel: the workbook's own settings (Workbook.settings,
 * ExcelApi 1.4), saved with the workbook and travelling with it, as the file host's hidden sheet
 * does. Values are JSON text under "periodkoll.<key>". Calls are only queued here.
 */
import { HostError } from '../port';
import { messages } from './messages';
import { officeErrorCode } from './officeErrors';

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

/**
 * Stores a value in its own round trips. Workbook.settings holds about 2 MB for everything in it
 * and refuses more with InvalidArgument (OfficeDev/office-js#621), which the user gets in Swedish.
 */
export async function writeStoreValue(context: Excel.RequestContext, key: string, value: string | undefined): Promise<void> {
  const read = queueReadStore(context, key);
  await context.sync();
  queueWriteStore(context, key, value, read);
  try {
    await context.sync();
  } catch (e) {
    if (officeErrorCode(e) === 'InvalidArgument') throw new HostError('not-supported', messages.settingsFull);
    throw e;
  }
}
