import { useEffect, useRef } from 'react';
import { useIndexStore } from './IndexStoreProvider';

/**
 * Runs `recompute` when the user's index values change (an import saved, a value given at a row,
 * one removed) and there is something shown to recompute; never on mount.
 */
export function useRecomputeOnIndexChange(shown: boolean, recompute: () => Promise<void>): void {
  const { store } = useIndexStore();
  const seen = useRef(store);
  useEffect(() => {
    if (seen.current === store) return;
    seen.current = store;
    if (shown) void recompute();
  }, [store, shown, recompute]);
}
