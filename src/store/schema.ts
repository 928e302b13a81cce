/** The database name the app uses; tests pass their own so each starts empty. */
export const DEFAULT_DB_NAME = 'callflow-studio';

/** Where a closing tab leaves the edits IndexedDB may not have stored yet (rescue.ts). */
export const RESCUE_KEY = 'callflow-studio:unsaved-edits';

/** The single workspace row's key. */
export const WORKSPACE_KEY = 'current';

/** Version 1 kept the whole bundle in one `meta` row (key `bundle`) next to the uploaded audio. */
export const SCHEMA_V1 = {
  meta: 'key',
  assets: 'id',
} as const;

/** Version 2 splits the bundle into one row per document and adds revisions, the call log and quarantine. */
export const SCHEMA_V2 = {
  meta: null,
  workspace: 'id',
  numbers: 'id, position',
  revisions: 'id, numberId, createdAt',
  scenarios: 'id, numberId',
  assets: 'id',
  callLog: 'id, numberId, at',
  quarantine: '++seq, table',
} as const;

/**
 * Version 3 keeps each number's document as JSON text, and indexes each number's id with its
 * rev. IndexedDB reads and writes a string many times faster than the same document as objects
 * (a 2,000-node flow: 1–2 ms against 13–30 to read, plus 4–8 ms of JSON.parse), and the index
 * lets a save, or watching for other tabs' writes, learn a number's rev without reading its
 * document.
 */
export const SCHEMA_V3 = {
  numbers: 'id, position, [id+rev]',
} as const;

/** The newest database version; a tab that finds a higher one was opened by a newer app. */
export const DB_VERSION = 3;
