/**
 * The normalised leverantör of every entry as a small integer, computed once per ledger and shared
 * by the checks that group by supplier (four checks would otherwise normalise a million names
 * each).
 */
import { partyKey } from './partyKey';
import type { Ledger } from './readLedger';

export interface SupplierIndex {
  /** ids[i] is the supplier of ledger.entries[i]; −1 without one (or when nothing is left of the name). */
  ids: Int32Array;
  /** The normalised name (partyKey) of each id. */
  keys: string[];
}

const cache = new WeakMap<Ledger, SupplierIndex>();

export function supplierIndex(ledger: Ledger): SupplierIndex {
  const known = cache.get(ledger);
  if (known) return known;
  const byText = new Map<string, number>();
  const byKey = new Map<string, number>();
  const keys: string[] = [];
  const ids = new Int32Array(ledger.entries.length);
  ledger.entries.forEach((e, i) => {
    if (e.supplier === undefined) {
      ids[i] = -1;
      return;
    }
    let id = byText.get(e.supplier);
    if (id === undefined) {
      const key = partyKey(e.supplier);
      id = key === '' ? -1 : (byKey.get(key) ?? keys.push(key) - 1);
      byKey.set(key, id);
      byText.set(e.supplier, id);
    }
    ids[i] = id;
  });
  const index = { ids, keys };
  cache.set(ledger, index);
  return index;
}
