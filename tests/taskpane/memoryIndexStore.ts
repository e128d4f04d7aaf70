/** The user's index store in memory, recording every save, so tests can say when something was stored. */
import { EMPTY_INDEX_STORE, type IndexStore, type StoredIndexValue } from '../../src/core/indexation';
import type { LoadedIndexStore } from '../../src/host/indexStore/browserIndexStore';
import type { IndexStoreAccess } from '../../src/taskpane/indexStore/IndexStoreProvider';

export class MemoryIndexStore implements IndexStoreAccess {
  readonly saved: IndexStore[] = [];
  private current: IndexStore;

  constructor(values: StoredIndexValue[] = []) {
    this.current = { ...EMPTY_INDEX_STORE, values };
  }

  load(): LoadedIndexStore {
    return { store: this.current };
  }

  save(store: IndexStore): void {
    this.saved.push(store);
    this.current = store;
  }

  get values(): StoredIndexValue[] {
    return this.current.values;
  }
}
