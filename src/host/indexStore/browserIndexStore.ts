/**
 * The user's own index values in the browser (the stand-alone page and the pane, whose custom
 * functions share its runtime): one entry in localStorage, on this machine only.
 */
import { EMPTY_INDEX_STORE, parseIndexStore, serializeIndexStore, type IndexStore } from '../../core/indexation';

export const BROWSER_INDEX_STORE_KEY = 'periodkoll.indexvarden.v1';

export interface LoadedIndexStore {
  store: IndexStore;
  /** Set when stored values could not be read; the store is then empty and the message says why. */
  problem?: string;
}

/** This browser's localStorage, or undefined where it is switched off. */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Some embedded browsers throw on access when storage is disabled.
    return undefined;
  }
}

export function loadBrowserIndexStore(from: Storage | undefined = browserStorage()): LoadedIndexStore {
  const text = from?.getItem(BROWSER_INDEX_STORE_KEY);
  if (!text) return { store: EMPTY_INDEX_STORE };
  const parsed = parseIndexStore(text);
  return parsed.ok ? { store: parsed.store } : { store: EMPTY_INDEX_STORE, problem: parsed.message };
}

/** Throws a Swedish message when the browser does not keep data (private mode, storage off). */
export function saveBrowserIndexStore(store: IndexStore, to: Storage | undefined = browserStorage()): void {
  if (!to) throw new Error('Webbläsaren sparar inga uppgifter här (lagring avstängd), så indexvärdena kan inte sparas.');
  try {
    to.setItem(BROWSER_INDEX_STORE_KEY, serializeIndexStore(store));
  } catch {
    throw new Error('Indexvärdena kunde inte sparas: webbläsarens lagring är full eller avstängd.');
  }
}
