import { createContext, useCallback, useContext, useRef, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { Conflict, ProjectStore, StorageStatus, StoreSnapshot } from './types';

const StoreContext = createContext<ProjectStore | null>(null);

/** Makes `store` available to every hook below. */
export function StoreProvider({ store, children }: { store: ProjectStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store, for its mutations (`store.updateNumber(…)`). Throws outside a StoreProvider. */
export function useStore(): ProjectStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore must be used inside <StoreProvider>.');
  return store;
}

/**
 * A slice of the store's snapshot. The component re-renders only when the slice changes
 * (by `isEqual`, default Object.is), not on every edit elsewhere in the project.
 *
 * @example const number = useProjectSelector((s) => s.project?.numbers.find((n) => n.id === id));
 */
export function useProjectSelector<T>(selector: (snapshot: StoreSnapshot) => T, isEqual: (a: T, b: T) => boolean = Object.is): T {
  const store = useStore();
  const cache = useRef<{ snapshot: StoreSnapshot; selector: (s: StoreSnapshot) => T; value: T } | null>(null);
  const getSelection = useCallback(() => {
    const snapshot = store.getSnapshot();
    const prev = cache.current;
    if (prev && prev.snapshot === snapshot && prev.selector === selector) return prev.value;
    const next = selector(snapshot);
    // Keeping the previous value when equal is what spares the re-render.
    const value = prev && isEqual(prev.value, next) ? prev.value : next;
    cache.current = { snapshot, selector, value };
    return value;
  }, [store, selector, isEqual]);
  return useSyncExternalStore(store.subscribe, getSelection, getSelection);
}

/** Whether edits are being saved, and why not when they are not. */
export function useStorageStatus(): StorageStatus {
  return useProjectSelector(selectStatus);
}

/** The edit clash with another tab waiting to be resolved, if any. */
export function useConflict(): Conflict | null {
  return useProjectSelector(selectConflict);
}

const selectStatus = (s: StoreSnapshot) => s.status;
const selectConflict = (s: StoreSnapshot) => s.conflict;

/** Shallow equality of arrays and plain objects: for selectors that build a new list each time. */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
