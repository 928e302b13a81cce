import type {
  CallResult, CallScenario, FlowIssue, FormatProblem, NumberSettings, Flow, PhoneNumber, Project, SavedScenario, Workspace,
} from '../engine';
import type { DatabaseFactory } from './db';

export type FailureReason = 'quota' | 'unavailable' | 'blocked' | 'unknown';

/** Whether edits reach IndexedDB. When `failed`, the app keeps working in memory and export still has everything. */
export type StorageStatus =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'failed'; reason: FailureReason; message: string };

/**
 * This tab and another changed the same part of a number (the same field of one node, say):
 * edits to different parts merge without asking. Nothing is written until it is resolved.
 */
export interface Conflict {
  numberId: string;
  /** What the other tab saved. */
  theirs: PhoneNumber;
  /** This tab's unsaved version. */
  mine: PhoneNumber;
  /**
   * What both changed, as said to the user: a node as this tab shows it, with the other tab's
   * name when that differs (“Sales B” (“Sales C” in the other tab)), or a number's field (the
   * number’s name). Only these take the chosen side; all else keeps both tabs' edits.
   */
  overlaps: string[];
}

/** A message about another tab's save that replaced this tab's saved edit, or refused an unsaved one. */
export interface StoreNotice {
  id: string;
  text: string;
}

/** A stored document that could not be loaded; it is kept in the database, not dropped. */
export interface QuarantinedDoc {
  table: string;
  key: string;
  issues: FormatProblem[];
}

export interface StoreSnapshot {
  /** Null while loading. `project.assets` is always empty here: audio lives in getAsset/exportBundle. */
  project: Project | null;
  status: StorageStatus;
  conflict: Conflict | null;
  notices: StoreNotice[];
  /** A write is in flight. */
  saving: boolean;
  /** Epoch milliseconds of the last successful write, or null. */
  lastSavedAt: number | null;
  /** Documents set aside while loading because they failed to parse. */
  quarantined: QuarantinedDoc[];
  /** Uploaded audio files (no bytes; getAsset has them). */
  assets: AssetMeta[];
}

export interface Revision {
  id: string;
  numberId: string;
  name: string;
  createdAt: string;
  flow: Flow;
  settings: NumberSettings;
}

export type PublishResult =
  | { ok: true; revision: Revision }
  | { ok: false; reason: string; issues: FlowIssue[] };

export type ImportResult = { ok: true } | { ok: false; issues: FormatProblem[] };

/** An uploaded audio file. */
export interface AssetRecord {
  id: string;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  sizeBytes: number;
  channels: number | null;
}

export type AssetMeta = Omit<AssetRecord, 'bytes'>;

export interface CallLogEntry {
  id: string;
  numberId: string;
  at: string;
  scenario: CallScenario;
  result: CallResult;
}

/** What `addNumber` needs; settings and flow default to a new number's (incoming → hang up). */
export type NewNumber = Pick<PhoneNumber, 'kind' | 'number' | 'name'> & Partial<Omit<PhoneNumber, 'kind' | 'number' | 'name'>>;

export interface ProjectStoreOptions {
  /** IndexedDB database name. Default 'callflow-studio'. */
  name?: string;
  /** Loads the demo bundle on first open; its result goes through parseProject. A module with `default` is unwrapped. */
  seed: () => Promise<unknown>;
  /** Makes the Dexie database; tests inject failing ones. */
  database?: DatabaseFactory;
  /** Autosave delay after the last edit (ms); a stream of edits is still written at most `maxDelayMs` after the first. */
  debounceMs?: number;
  maxDelayMs?: number;
  /** Listen to pagehide/visibilitychange on this target. Default: globalThis when it has addEventListener. */
  lifecycleTarget?: EventTarget | null;
  /** Listen to other tabs' writes (Dexie liveQuery). Default true. */
  watchOtherTabs?: boolean;
}

export interface ProjectStore {
  getSnapshot(): StoreSnapshot;
  subscribe(listener: () => void): () => void;
  /** Resolves when the first load (or its in-memory fallback) has finished. */
  ready(): Promise<void>;

  updateWorkspace(fn: (workspace: Workspace) => Workspace): void;
  updateNumber(numberId: string, fn: (number: PhoneNumber) => PhoneNumber): void;
  addNumber(input: NewNumber): PhoneNumber;
  duplicateNumber(numberId: string, as?: { number: string; name: string }): PhoneNumber | null;
  /** Removes a number and its scenarios; returns what restoreNumber needs for Undo. */
  deleteNumber(numberId: string): DeletedNumber | null;
  restoreNumber(deleted: DeletedNumber): void;

  importBundle(text: string): Promise<ImportResult>;
  exportBundle(): Promise<Project>;
  resetDemo(): Promise<void>;

  publishRevision(numberId: string, name: string): Promise<PublishResult>;
  listRevisions(numberId: string): Promise<Revision[]>;
  restoreRevision(revisionId: string): Promise<boolean>;

  /** Adds or replaces a saved scenario; a new one goes at `at` in the list (an undone delete), else last. */
  saveScenario(scenario: SavedScenario, at?: number): void;
  deleteScenario(scenarioId: string): void;
  listScenarios(numberId?: string): SavedScenario[];

  putAsset(data: Blob | ArrayBuffer | Uint8Array, meta: { fileName: string; mimeType?: string; channels?: number | null; id?: string }): Promise<AssetMeta>;
  getAsset(id: string): Promise<AssetRecord | null>;
  deleteAsset(id: string): Promise<void>;
  /**
   * Deletes an uploaded file when nothing plays it any more: no number's hold music or melody,
   * and no published revision's. Resolves with whether it was deleted.
   */
  releaseAsset(id: string): Promise<boolean>;
  listAssets(): AssetMeta[];

  logCall(entry: { numberId: string; scenario: CallScenario; result: CallResult; at?: string }): Promise<CallLogEntry>;
  listCalls(numberId?: string, limit?: number): Promise<CallLogEntry[]>;

  /** "Reload theirs" / "Keep mine": the side that the parts both tabs changed take; every other edit of both is kept. */
  resolveConflict(choice: 'theirs' | 'mine'): void;
  dismissNotice(id: string): void;
  /** Writes pending edits now. */
  flush(): Promise<void>;
  /** Stops listening and closes the database. */
  close(): void;
}

export interface DeletedNumber {
  number: PhoneNumber;
  /** Where it was in the list, and its stored position. */
  index: number;
  position: number;
  scenarios: SavedScenario[];
}
