import { CURRENT_VERSION, FORMAT } from '../engine';
import type { Project } from '../engine';
import type { StudioDB } from './db';
import { defaultDatabaseFactory } from './db';
import { BLOCKED_AT_OPEN, failureOf, UNREADABLE, UPGRADED_ELSEWHERE } from './failures';
import type { Failure } from './failures';
import type { Loaded } from './persist';
import { loadAll, replaceAll } from './persist';
import { applyRescued, takeStash } from './rescue';
import { readSeedOrEmpty } from './seed';
import type { State } from './state';
import { adopt } from './state';
import type { ProjectStoreOptions } from './types';

/*
 * The store's first load: opening the database, reading the project (or seeding an empty one),
 * falling back to the seed in memory when storage fails, then following other tabs and putting
 * back what a closed tab stashed. Kept apart from projectStore.ts, which only wires it up.
 */

interface Deps {
  state: State;
  options: ProjectStoreOptions;
  dbName: string;
  fail: (status: Failure, dropDb: boolean) => void;
  emit: () => void;
  /** Applies `mutate` to the in-memory project (null: no change), notifies and schedules the autosave. */
  edit: (mutate: (project: Project) => Project | null) => void;
  /** Starts following other tabs' writes to `db` (the store keeps the subscription). */
  watch: (db: StudioDB) => void;
}

/** Loads the project into `state`; a storage failure leaves the seed in memory and a failed status. */
export async function loadProject({ state: s, options, dbName, fail, emit, edit, watch }: Deps): Promise<void> {
  /** Puts back edits that a closing tab could only stash (see rescue.ts); autosave then stores them. */
  function restoreStash(): void {
    const stash = takeStash(dbName);
    if (!stash) return;
    edit((p) => applyRescued(s, p, stash));
  }

  async function loadFrom(db: StudioDB): Promise<void> {
    let loaded: Loaded = await loadAll(db);
    if (loaded.empty) {
      const seeded = await readSeedOrEmpty(options.seed);
      const written = await replaceAll(db, seeded.project, seeded.assets, true);
      if (written) return adopt(s, seeded.project, seeded.assets, written.revs, written.wsRev);
      // Another tab seeded meanwhile: load what it stored.
      loaded = await loadAll(db);
    }
    s.quarantined = loaded.quarantined;
    const project: Project = {
      format: FORMAT, version: CURRENT_VERSION,
      workspace: loaded.workspace,
      numbers: loaded.numbers.map((n) => n.number),
      scenarios: loaded.scenarios,
      assets: [],
    };
    adopt(s, project, loaded.assets, new Map(loaded.numbers.map((n) => [n.number.id, n.rev])), loaded.wsRev);
    loaded.numbers.forEach((n) => s.positions.set(n.number.id, n.position));
  }

  async function seedInMemory(): Promise<void> {
    const seeded = await readSeedOrEmpty(options.seed);
    adopt(s, seeded.project, seeded.assets, new Map(), 0);
    emit();
  }

  let db: StudioDB;
  try {
    db = (options.database ?? defaultDatabaseFactory)(dbName);
    db.on('blocked', () => {
      if (s.status.kind === 'loading') fail(BLOCKED_AT_OPEN, false);
    });
    // A newer version of the app opened in another tab; Dexie closes this connection so that it can upgrade.
    db.on('versionchange', () => fail(UPGRADED_ELSEWHERE, true));
    await db.open();
  } catch (e) {
    fail(failureOf(e, true), true);
    await seedInMemory();
    return;
  }
  s.db = db;
  try {
    const t0 = performance.now();
    await loadFrom(db);
    performance.measure('callflow:load', { start: t0 });
  } catch (e) {
    // Nothing is written after this, so whatever is stored stays as it was for a later visit.
    console.error(e);
    fail(UNREADABLE, true);
    await seedInMemory();
    return;
  }
  if (s.status.kind !== 'failed' || s.status.reason === 'blocked') s.status = { kind: 'ready' };
  emit();
  if (options.watchOtherTabs !== false) watch(db);
  restoreStash();
}
