import Dexie from 'dexie';
import type { DexieOptions, Table } from 'dexie';
import type { FormatProblem, NumberSettings, Flow } from '../engine';
import { upgradeV1toV2, upgradeV2toV3 } from './upgrade';
import type { AssetRecord, CallLogEntry } from './types';

import { DB_VERSION, DEFAULT_DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './schema';
import type { WORKSPACE_KEY } from './schema';

export { DEFAULT_DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, WORKSPACE_KEY } from './schema';

/**
 * Every stored document carries `v`, the bundle format version it was written in, so that
 * loading can run the engine's migrations before parsing it (migrate → parse).
 */
export interface VersionedDoc {
  v: number;
  doc: unknown;
}

/** The workspace (employees, queues, CRM…). `rev` counts writes so another tab's can be noticed. */
export interface WorkspaceRow extends VersionedDoc {
  id: typeof WORKSPACE_KEY;
  rev: number;
  /** The engine build that wrote it (see stamp.ts): the designer's first paint shows only rows this build wrote. */
  stamp?: string;
}

/**
 * One phone number with its settings and flow, as JSON text (since database version 3: see
 * SCHEMA_V3). `rev` goes up by one on every write.
 */
export interface NumberRow extends VersionedDoc {
  doc: string;
  id: string;
  rev: number;
  /** Where it is listed on the Numbers screen. */
  position: number;
  /** The engine build that wrote it (see stamp.ts); a row with this build's stamp is not parsed again. */
  stamp?: string;
  /**
   * Written by a "Keep mine": the rev of another tab's save this row replaced in part, and what
   * (as the notice words it: “Sales team” (now “Sales B”)), so that the tab which wrote that rev
   * says so rather than change silently.
   */
  replaced?: { rev: number; names: string[] };
}

export interface ScenarioRow extends VersionedDoc {
  id: string;
  numberId: string;
}

/** A named, published snapshot of a number's flow and settings. */
export interface RevisionRow {
  id: string;
  numberId: string;
  name: string;
  createdAt: string;
  v: number;
  flow: Flow;
  settings: NumberSettings;
}

/**
 * An uploaded audio file, stored as it is kept in memory. Kept as bytes rather than a Blob: a
 * Blob does not survive the structured clone of every IndexedDB implementation (fake-indexeddb
 * under jsdom loses it).
 */
export type AssetRow = AssetRecord;

/** One simulated call. */
export type CallLogRow = CallLogEntry;

/** A stored document that failed to load, kept as it was so that nothing is lost. */
export interface QuarantineRow {
  seq?: number;
  table: string;
  key: string;
  at: string;
  doc: unknown;
  issues: FormatProblem[];
}

/** The IndexedDB database behind the store. Only src/store touches it. */
export class StudioDB extends Dexie {
  workspace!: Table<WorkspaceRow, string>;
  numbers!: Table<NumberRow, string>;
  revisions!: Table<RevisionRow, string>;
  scenarios!: Table<ScenarioRow, string>;
  assets!: Table<AssetRow, string>;
  callLog!: Table<CallLogRow, string>;
  quarantine!: Table<QuarantineRow, number>;

  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeV1toV2);
    this.version(DB_VERSION).stores(SCHEMA_V3).upgrade(upgradeV2toV3);
  }
}

/** Makes the database; injectable so that tests can hand the store a failing one. */
export type DatabaseFactory = (name: string) => StudioDB;

export const defaultDatabaseFactory: DatabaseFactory = (name) => new StudioDB(name);
