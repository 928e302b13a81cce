import type { PhoneNumber, Project, SavedScenario, Workspace } from '../engine';
import type { StudioDB } from './db';
import { rememberScenarios } from './scenarioSync';
import type { AssetRecord, CallLogEntry, Conflict, QuarantinedDoc, Revision, StorageStatus, StoreNotice } from './types';

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
  /** Numbers whose edits clash with another tab's save; nothing of them is written until the user picks (conflicts.ts). */
  conflicts: Map<string, { conflict: Conflict; theirsRev: number; base: PhoneNumber | undefined }>;
  /** Messages about other tabs' saves that replaced or refused an edit of this tab, until dismissed. */
  notices: StoreNotice[];
  saving: boolean;
  lastSavedAt: number | null;
  quarantined: QuarantinedDoc[];
  /** The stored `rev` of each number as this tab last read or wrote it. */
  revs: Map<string, number>;
  /**
   * Each number as stored at `revs` (and the workspace at `wsRev`): the common base of this tab's
   * unsaved edits and another tab's save, so that the two merge three-way (merge.ts).
   */
  bases: Map<string, PhoneNumber>;
  wsBase: Workspace | null;
  /** The last rev of each number this tab wrote: told when another tab's "Keep mine" replaces it. */
  wrote: Map<string, number>;
  /** What this tab's next write of a number replaces of another tab's save ("Keep mine"), stored with it. */
  replacing: Map<string, { rev: number; names: string[] }>;
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
    notices: [],
    saving: false,
    lastSavedAt: null,
    quarantined: [],
    revs: new Map(),
    bases: new Map(),
    wsBase: null,
    wrote: new Map(),
    replacing: new Map(),
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

/**
 * Takes `project` (loaded, seeded or imported) as stored at `revs` and `wsRev`: it becomes the
 * base of later edits, and this tab's unsaved edits and conflicts are dropped.
 */
export function adopt(s: State, project: Project, assets: AssetRecord[], revs: Map<string, number>, wsRev: number): void {
  s.project = { ...project, assets: [] };
  s.assets = new Map(assets.map((a) => [a.id, a]));
  s.assetsVersion++;
  s.revs = revs;
  s.wsRev = wsRev;
  s.bases = new Map(project.numbers.map((n) => [n.id, n]));
  s.wsBase = project.workspace;
  s.wrote.clear();
  s.replacing.clear();
  s.positions = new Map(project.numbers.map((n, i) => [n.id, i]));
  s.conflicts.clear();
  s.dirty = emptyDirty();
  s.scenarioCache.clear();
  rememberScenarios(s, project.scenarios);
}
