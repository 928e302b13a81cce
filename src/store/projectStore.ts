import type { Subscription } from 'dexie';
import type { Project } from '../engine';
import { createAutosave } from './autosave';
import { resolveFirst } from './conflicts';
import { onLeaving } from './rescue';
import { bundleOf, importProject } from './bundle';
import { DEFAULT_DB_NAME } from './db';
import { createEdits } from './edits';
import { failureOf } from './failures';
import type { Failure } from './failures';
import { loadProject } from './load';
import { replaceAll } from './persist';
import { createRecords } from './records';
import { watchOtherTabs } from './watch';
import { readSeed } from './seed';
import { adopt, initialState, isDirty } from './state';
import { writePending } from './sync';
import type { AssetMeta, AssetRecord, ProjectStore, ProjectStoreOptions, StoreSnapshot } from './types';

export type { ProjectStore, ProjectStoreOptions, StoreSnapshot } from './types';

/**
 * The app's single source of truth: the project in memory, kept in IndexedDB. Every mutation
 * changes memory synchronously and is written within `maxDelayMs`; when storage fails the
 * app keeps working in memory and `exportBundle` still returns everything. Framework-free:
 * React reads it through `useSyncExternalStore` (see react.tsx).
 */
export function createProjectStore(options: ProjectStoreOptions): ProjectStore {
  const s = initialState();
  const listeners = new Set<() => void>();
  let liveSub: Subscription | null = null;
  let closed = false;
  let assetList: { map: Map<string, AssetRecord>; size: number; list: AssetMeta[] } | null = null;
  let snapshot = makeSnapshot();

  /** The uploaded files' metadata, the same array until the files change. */
  function assetMetas(): AssetMeta[] {
    if (assetList?.map === s.assets && assetList.size === s.assetsVersion) return assetList.list;
    const list = [...s.assets.values()].map(({ bytes: _b, ...meta }) => meta);
    assetList = { map: s.assets, size: s.assetsVersion, list };
    return list;
  }

  function makeSnapshot(): StoreSnapshot {
    const first = s.conflicts.values().next();
    return {
      project: s.project,
      status: s.status,
      conflict: first.done ? null : first.value.conflict,
      notices: s.notices,
      saving: s.saving,
      lastSavedAt: s.lastSavedAt,
      quarantined: s.quarantined,
      assets: assetMetas(),
    };
  }
  function emit(): void {
    snapshot = makeSnapshot();
    for (const l of [...listeners]) l();
  }
  function fail(status: Failure, dropDb: boolean): void {
    s.status = status;
    if (dropDb) {
      liveSub?.unsubscribe();
      liveSub = null;
      s.db = null;
    }
    emit();
  }

  const dbName = options.name ?? DEFAULT_DB_NAME;
  const lifecycle = options.lifecycleTarget === undefined ? (typeof window === 'undefined' ? null : window) : options.lifecycleTarget;
  const leaving = onLeaving(lifecycle, s, dbName);

  const autosave = createAutosave({
    debounceMs: options.debounceMs ?? 200,
    maxDelayMs: options.maxDelayMs ?? 500,
    lifecycleTarget: lifecycle,
    write: async () => {
      if (!s.db || !s.project || !isDirty(s.dirty)) return;
      s.saving = true;
      emit();
      try {
        const t0 = performance.now();
        await writePending(s);
        // Recorded for `npm run bench` (and the browser's performance panel): how long a save takes.
        performance.measure('callflow:save', { start: t0 });
        if (!isDirty(s.dirty)) leaving.saved();
        s.lastSavedAt = Date.now();
        if (s.status.kind === 'failed' && s.status.reason !== 'blocked') s.status = { kind: 'ready' };
      } catch (e) {
        // Quota and unknown errors may pass (space freed, a hiccup): keep the database and retry on the next edit.
        fail(failureOf(e), false);
      } finally {
        s.saving = false;
        emit();
      }
    },
  });

  function edit(mutate: (project: Project) => Project | null): void {
    if (!s.project || closed) return;
    const next = mutate(s.project);
    if (!next || next === s.project) return;
    s.project = next;
    emit();
    autosave.schedule();
  }

  const ready = loadProject({
    state: s, options, dbName, fail, emit, edit,
    watch: (db) => {
      liveSub = watchOtherTabs(db, s, emit);
    },
  }).catch((e: unknown) => fail(failureOf(e), true));

  const store: ProjectStore = {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready: () => ready,

    ...createEdits({ state: s, edit }),

    async importBundle(text) {
      const imported = await importProject(text);
      if (!imported.ok) return { ok: false, issues: imported.issues };
      await replaceWith(imported.project, imported.assets);
      return { ok: true };
    },
    async exportBundle() {
      if (!s.project) throw new Error('The project is still loading.');
      return bundleOf(s.project, [...s.assets.values()]);
    },
    async resetDemo() {
      const seeded = await readSeed(options.seed);
      await replaceWith(seeded.project, seeded.assets);
    },

    ...createRecords({ state: s, fail, emit, updateNumber: (id, fn) => store.updateNumber(id, fn) }),

    resolveConflict(choice) {
      const toWrite = resolveFirst(s, choice);
      emit();
      if (toWrite) void autosave.flush();
    },
    dismissNotice(id) {
      s.notices = s.notices.filter((n) => n.id !== id);
      emit();
    },
    flush: () => autosave.flush(),
    close() {
      closed = true;
      autosave.dispose();
      liveSub?.unsubscribe();
      s.db?.close();
      listeners.clear();
    },
  };

  async function replaceWith(project: Project, assets: AssetRecord[]): Promise<void> {
    await ready;
    autosave.cancel();
    await autosave.idle();
    const before = { revs: new Map(s.revs), bases: s.bases, wsBase: s.wsBase, wsRev: s.wsRev, scenarios: s.project?.scenarios ?? [] };
    let written: { revs: Map<string, number>; wsRev: number } | null = null;
    if (s.db) {
      try {
        written = await replaceAll(s.db, project, assets);
      } catch (e) {
        fail(failureOf(e), false);
      }
    }
    // Not stored: the stored revs stay the base, and everything is marked unsaved so that a later write stores it.
    adopt(s, project, assets, written?.revs ?? before.revs, written?.wsRev ?? before.wsRev);
    s.revisions = [];
    s.calls = [];
    if (!written) {
      s.bases = before.bases;
      s.wsBase = before.wsBase;
      s.dirty.workspace = true;
      for (const n of project.numbers) s.dirty.numbers.add(n.id);
      for (const x of project.scenarios) s.dirty.scenarios.add(x.id);
      for (const id of before.revs.keys()) if (!project.numbers.some((n) => n.id === id)) s.dirty.deletedNumbers.add(id);
      for (const x of before.scenarios) if (!project.scenarios.some((y) => y.id === x.id)) s.dirty.deletedScenarios.add(x.id);
    }
    emit();
  }

  return store;
}
