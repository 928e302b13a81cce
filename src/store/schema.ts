/** The database name the app uses; tests pass their own so each starts empty. */
export const DEFAULT_DB_NAME = 'callflow-studio';

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
 * Version 3 indexes each number's id with its rev, so that watching for other tabs' writes can
 * read which numbers changed without reading every number's whole document (tens of
 * milliseconds for a 2,000-node flow, after every save this tab made too). No data changes.
 */
export const SCHEMA_V3 = {
  numbers: 'id, position, [id+rev]',
} as const;

/** The newest database version; a tab that finds a higher one was opened by a newer app. */
export const DB_VERSION = 3;
