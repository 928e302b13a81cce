import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import { StudioDB } from '../../src/store/db';

/** A database whose writes fail with QuotaExceededError once `full` is set, as a full disk makes them. */
export function quotaDatabase() {
  const state = { full: false };
  const factory = (name: string) => {
    const db = new StudioDB(name);
    db.use({
      stack: 'dbcore',
      name: 'quota-fault',
      create: (down: DBCore): DBCore => ({
        ...down,
        table(tableName: string): DBCoreTable {
          const table = down.table(tableName);
          return {
            ...table,
            mutate: (req: DBCoreMutateRequest) => (state.full
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : table.mutate(req)),
          };
        },
      }),
    });
    return db;
  };
  return { state, factory };
}

/** A database whose IndexedDB refuses to open, as in some private windows. */
export function unavailableDatabase(name: string): StudioDB {
  return new StudioDB(name, {
    indexedDB: {
      open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    },
    IDBKeyRange: globalThis.IDBKeyRange,
  });
}

/** Opens `name` at Dexie version `dexieVersion` with a raw connection that ignores versionchange, like a stale tab. */
export function openStaleConnection(name: string, dexieVersion: number, stores: string[] = []): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, dexieVersion * 10);
    req.onupgradeneeded = () => {
      for (const s of stores) if (!req.result.objectStoreNames.contains(s)) req.result.createObjectStore(s, { keyPath: s === 'meta' ? 'key' : 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
