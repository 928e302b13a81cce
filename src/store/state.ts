import type { Project, SavedScenario } from '../engine';
import type { StudioDB } from './db';
import type { AssetRecord, CallLogEntry, Conflict, QuarantinedDoc, Revision, StorageStatus } from './types';

/** What has changed in memory since the last write. */
export interface Dirty {
  workspace: boolean;
  numbers: Set<string>;
  deletedNumbers: Set<string>;
  scenarios: Set<string>;
  deletedScenarios: Set<string>;
}

/** The store's mutable inside. Only projectStore.ts and the modules it calls change it. */
export interface State {
  /** Null when storage failed for good (unavailable, blocked): the app goes on in memory. */
  db: StudioDB | null;
  project: Project | null;
  status: StorageStatus;
  conflicts: Map<string, { conflict: Conflict; theirsRev: number }>;
  saving: boolean;
  lastSavedAt: number | null;
  quarantined: QuarantinedDoc[];
  /** The stored `rev` of each number as this tab last read or wrote it. */
  revs: Map<string, number>;
  /** Revs this tab is writing right now, so that its own write seen through liveQuery is not taken for another tab's. */
  pendingRevs: Map<string, number>;
  /** Numbers (and the workspace) inside the write transaction now: another tab's copy is not taken in meanwhile. */
  writing: { numbers: Set<string>; scenarios: Set<string>; workspace: boolean };
  /** Saved scenarios by id with the JSON they were last seen as (see scenarioSync.ts). */
  scenarioCache: Map<string, { json: string; value: SavedScenario }>;
  positions: Map<string, number>;
  wsRev: number;
  pendingWsRev: number | null;
  dirty: Dirty;
  /** Every uploaded file, bytes included, so that export works without the database. */
  assets: Map<string, AssetRecord>;
  /** Bumped whenever `assets` changes, so that the snapshot's list is rebuilt only then. */
  assetsVersion: number;
  /** Revisions and calls this tab made that are not (yet) in the database. */
  revisions: Revision[];
  calls: CallLogEntry[];
}

export function emptyDirty(): Dirty {
  return { workspace: false, numbers: new Set(), deletedNumbers: new Set(), scenarios: new Set(), deletedScenarios: new Set() };
}

export function isDirty(d: Dirty): boolean {
  return d.workspace || d.numbers.size + d.deletedNumbers.size + d.scenarios.size + d.deletedScenarios.size > 0;
}

export function initialState(): State {
  return {
    db: null,
    project: null,
    status: { kind: 'loading' },
    conflicts: new Map(),
    saving: false,
    lastSavedAt: null,
    quarantined: [],
    revs: new Map(),
    pendingRevs: new Map(),
    writing: { numbers: new Set(), scenarios: new Set(), workspace: false },
    scenarioCache: new Map(),
    positions: new Map(),
    wsRev: 0,
    pendingWsRev: null,
    dirty: emptyDirty(),
    assets: new Map(),
    assetsVersion: 0,
    revisions: [],
    calls: [],
  };
}

/** The next free list position. */
export function nextPosition(s: State): number {
  let max = -1;
  for (const p of s.positions.values()) max = Math.max(max, p);
  return max + 1;
}
