/**
 * The index table the worksheet functions read: Periodkoll's bundled values, the user's own store
 * in this browser (localStorage, shared with the pane) and, once the pane has read the workbook,
 * its Index sheet on top. The workbook layer is a plain module variable: the functions and the
 * pane run in one shared runtime, so the pane sets it and the functions see it. Until the pane has
 * validated the workbook in this session, an Index sheet is not seen by the functions.
 */
import { indexStoreTable, layeredIndexTable, readWorkbookIndex, type IndexTable } from '../core/indexation';
import type { Workbook } from '../core/model/workbook';
import { BROWSER_INDEX_STORE_KEY, browserStorage, loadBrowserIndexStore } from '../host/indexStore/browserIndexStore';

let workbookLayer: IndexTable | undefined;

/** Last read store text and the user layer made from it: a recalculation of many cells parses once. */
let userCache: { text: string | null; table: IndexTable | undefined } | undefined;

/** The pane calls this after reading the whole workbook; undefined when it has no readable Index sheet. */
export function setWorkbookIndexLayer(table: IndexTable | undefined): void {
  workbookLayer = table;
}

/** The workbook layer from a workbook the pane has read in full. */
export function rememberWorkbookIndex(workbook: Workbook): void {
  setWorkbookIndexLayer(readWorkbookIndex(workbook));
}

export function functionIndexTable(storage: Storage | undefined = browserStorage()): IndexTable {
  return layeredIndexTable({ user: userLayer(storage), workbook: workbookLayer });
}

function userLayer(storage: Storage | undefined): IndexTable | undefined {
  const text = storage?.getItem(BROWSER_INDEX_STORE_KEY) ?? null;
  if (userCache?.text !== text) {
    userCache = { text, table: text === null ? undefined : indexStoreTable(loadBrowserIndexStore(storage).store) };
  }
  return userCache.table;
}
