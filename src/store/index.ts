/** The store's public API: everything above src/store imports from here or from ./react. */
export { createProjectStore } from './projectStore';
export type * from './types';
export { downloadBundle, bundleFileName } from './download';
export { StudioDB, DEFAULT_DB_NAME } from './db';
export type { DatabaseFactory } from './db';
