import type { PhoneNumber, Workspace } from '../engine';
import type { NumberRow, WorkspaceRow } from './db';
import { DB_VERSION, DEFAULT_DB_NAME, RESCUE_KEY, WORKSPACE_KEY } from './schema';
import { writtenByThisEngine } from './stamp';

/** One number and the workspace its flow refers to, as this build stored them. */
export interface Peeked {
  number: PhoneNumber;
  workspace: Workspace;
}

/**
 * Whether a closing tab left edits that IndexedDB may not have stored (rescue.ts): the store
 * puts them back as it loads, so what is stored is not what the designer will show.
 */
function editsLeftBehind(): boolean {
  try {
    return globalThis.localStorage?.getItem(RESCUE_KEY) != null;
  } catch {
    return false;
  }
}

/** Dexie keeps its version times ten as IndexedDB's own. */
const NATIVE_VERSION = DB_VERSION * 10;

const done = <T>(request: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
});

/** The database as it is, or null: never created, never upgraded (that is the store's to do). */
function openAsIs(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const request = indexedDB.open(name);
    // Only a database that does not exist yet gets an upgrade when opened without a version:
    // abort it, so that nothing is created and the store starts as on a first visit.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = (e) => {
      e.preventDefault();
      resolve(null);
    };
  });
}

/**
 * Reads one number and the workspace straight from IndexedDB, without Dexie, zod or the engine,
 * for the designer's first paint (src/app/early.ts): the canvas can show while the store's code
 * is still on its way. Only rows this very build wrote are returned, which the store itself
 * reads back without parsing (stamp.ts); anything else — no database, another version, a row
 * from another build, edits a closed tab left to put back, a failure — gives null, and the
 * designer opens through the store alone.
 * Read-only: what it returns is shown, never edited or written back.
 */
export async function peekNumber(id: string, name = DEFAULT_DB_NAME): Promise<Peeked | null> {
  if (typeof indexedDB === 'undefined') return null;
  // Opening first: the first read of localStorage in a page waits on the disk (3 ms in a
  // profile of an open), which the database's opening can cover.
  const opening = openAsIs(name);
  if (editsLeftBehind()) {
    void opening.then((db) => db?.close());
    return null;
  }
  const db = await opening;
  if (!db) return null;
  // The store may be opening an upgrade meanwhile: never stand in its way.
  db.onversionchange = () => db.close();
  try {
    if (db.version !== NATIVE_VERSION || !db.objectStoreNames.contains('numbers') || !db.objectStoreNames.contains('workspace')) return null;
    const tx = db.transaction(['numbers', 'workspace'], 'readonly');
    const [numberRow, wsRow] = await Promise.all([
      done(tx.objectStore('numbers').get(id) as IDBRequest<NumberRow | undefined>),
      done(tx.objectStore('workspace').get(WORKSPACE_KEY) as IDBRequest<WorkspaceRow | undefined>),
    ]);
    if (!numberRow || !wsRow || !writtenByThisEngine(numberRow) || !writtenByThisEngine(wsRow)) return null;
    return { number: JSON.parse(numberRow.doc) as PhoneNumber, workspace: wsRow.doc as Workspace };
  } catch {
    return null;
  } finally {
    db.close();
  }
}
