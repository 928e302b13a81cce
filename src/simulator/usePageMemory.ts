import { useEffect, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import { useStore } from '../store/react';

const memories = new Map<string, WeakMap<object, Map<string, unknown>>>();

/**
 * `useState` that outlives the screen for as long as the page and its store do: kept per store
 * and number under `name`. The simulator's call setup and its scenario results survive a visit
 * to the settings or the workspace page, where the changes worth re-running them after are made.
 */
export function usePageMemory<T>(name: string, numberId: string, initial: () => T): [T, Dispatch<SetStateAction<T>>] {
  const store = useStore();
  let byStore = memories.get(name);
  if (!byStore) memories.set(name, (byStore = new WeakMap()));
  let byNumber = byStore.get(store);
  if (!byNumber) byStore.set(store, (byNumber = new Map()));
  const kept = byNumber;
  const [value, setValue] = useState<T>(() => (kept.has(numberId) ? (kept.get(numberId) as T) : initial()));
  useEffect(() => {
    kept.set(numberId, value);
  }, [kept, numberId, value]);
  return [value, setValue];
}
