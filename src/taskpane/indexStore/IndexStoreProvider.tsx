import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  applyIndexImport,
  EMPTY_INDEX_STORE,
  indexStoreTable,
  removeIndexValues,
  type IndexChange,
  type IndexStore,
  type IndexTable,
} from '../../core/indexation';
import { isoDateOf } from '../../core/model/excelDate';
import { loadBrowserIndexStore, saveBrowserIndexStore, type LoadedIndexStore } from '../../host/indexStore/browserIndexStore';

/** Where the store is kept; the pane and the page use the browser's, tests an in-memory one. */
export interface IndexStoreAccess {
  load(): LoadedIndexStore;
  /** Throws an Error with a Swedish message when nothing could be kept. */
  save(store: IndexStore): void;
}

export const BROWSER_INDEX_STORE: IndexStoreAccess = {
  load: () => loadBrowserIndexStore(),
  save: (store) => saveBrowserIndexStore(store),
};

export interface IndexStoreState {
  store: IndexStore;
  /** Why the stored values could not be read; none of them is then used. */
  problem?: string;
  /** The store as the engine's user layer, undefined when it holds nothing. */
  userIndex?: IndexTable;
  /** Stores what the user confirmed; throws an Error with a Swedish message and changes nothing when it cannot. */
  apply(changes: IndexChange[]): void;
  /** Removes a series (every year) or one year of it, after the user confirmed. */
  remove(series: string, year?: number): void;
  /** The pane's clock: today's year decides utfall or prognos where a table does not say. */
  now(): Date;
}

const NOT_AVAILABLE = 'Indexvärden kan inte sparas här.';

const IndexStoreContext = createContext<IndexStoreState>({
  store: EMPTY_INDEX_STORE,
  apply: () => {
    throw new Error(NOT_AVAILABLE);
  },
  remove: () => {
    throw new Error(NOT_AVAILABLE);
  },
  now: () => new Date(),
});

export function useIndexStore(): IndexStoreState {
  return useContext(IndexStoreContext);
}

export interface IndexStoreProviderProps {
  access?: IndexStoreAccess;
  now: () => Date;
  children: ReactNode;
}

/** Loads the user's index values once; every change goes through a save the user asked for. */
export function IndexStoreProvider({ access = BROWSER_INDEX_STORE, now, children }: IndexStoreProviderProps) {
  const [loaded, setLoaded] = useState<LoadedIndexStore>(() => access.load());

  const keep = useCallback(
    (next: IndexStore) => {
      // Saved first: when the browser keeps nothing, the pane must not show values that are gone on reload.
      access.save(next);
      setLoaded({ store: next });
    },
    [access],
  );

  const apply = useCallback(
    (changes: IndexChange[]) => {
      const stored = isoDateOf(now());
      const stamped = changes.map((c) => (c.change === 'new' || c.change === 'changed' ? { ...c, value: { ...c.value, stored: c.value.stored ?? stored } } : c));
      keep(applyIndexImport(loaded.store, stamped));
    },
    [keep, loaded.store, now],
  );

  const remove = useCallback((series: string, year?: number) => keep(removeIndexValues(loaded.store, series, year)), [keep, loaded.store]);

  const value = useMemo<IndexStoreState>(
    () => ({
      store: loaded.store,
      ...(loaded.problem ? { problem: loaded.problem } : {}),
      userIndex: indexStoreTable(loaded.store),
      apply,
      remove,
      now,
    }),
    [loaded, apply, remove, now],
  );
  return <IndexStoreContext.Provider value={value}>{children}</IndexStoreContext.Provider>;
}
