import { PhoneNumber, SavedScenario, Workspace } from '../engine';
import type { PhoneNumber as PhoneNumberT, SavedScenario as SavedScenarioT, Workspace as WorkspaceT } from '../engine';
import type { Project } from '../engine';
import { addNotice, baseOf, mergeWorkspace, setConflict } from './conflicts';
import { equal, merge3 } from './merge';
import type { State } from './state';
import { isDirty } from './state';
import { RESCUE_KEY } from './schema';

/**
 * A closing tab gives IndexedDB no guarantee that a write started in `pagehide` commits, so
 * edits made in the last half second would be lost on a reload. Here they are also written
 * synchronously to localStorage, and put back (through the same autosave) on the next load.
 * Each goes with the base it was made on, because another tab may have saved since (or the tab
 * was left with a conflict unresolved): it is merged with what is stored then, as any unsaved
 * edit is, and never written over a newer save.
 */
const KEY = RESCUE_KEY;

interface Stash {
  dbName: string;
  savedAt: number;
  workspace: WorkspaceT | null;
  /** The workspace and numbers as stored when the edits began (absent when they did not fit). */
  wsBase?: WorkspaceT | null;
  bases?: Record<string, PhoneNumberT>;
  numbers: PhoneNumberT[];
  scenarios: SavedScenarioT[];
  deletedScenarios: string[];
}

/** What a stash puts back. */
export type Rescued = Omit<Stash, 'dbName' | 'savedAt' | 'bases'> & { bases: Map<string, PhoneNumberT> };

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // some private windows throw on access
  }
}

/** Keeps this tab's unsaved workspace, numbers and scenarios, if any, until the next load. */
function stashUnsaved(s: State, dbName: string): void {
  const ls = storage();
  if (!ls || !s.project) return;
  const { dirty, project } = s;
  const numbers = project.numbers.filter((n) => dirty.numbers.has(n.id));
  const scenarios = project.scenarios.filter((x) => dirty.scenarios.has(x.id));
  const deletedScenarios = [...dirty.deletedScenarios];
  if (!dirty.workspace && numbers.length + scenarios.length + deletedScenarios.length === 0) return;
  const stash: Stash = { dbName, savedAt: Date.now(), workspace: dirty.workspace ? project.workspace : null, numbers, scenarios, deletedScenarios };
  const bases = Object.fromEntries(numbers.map((n) => [n.id, baseOf(s, n.id)]).filter(([, b]) => b));
  try {
    ls.setItem(KEY, JSON.stringify({ ...stash, bases, wsBase: dirty.workspace ? s.wsBase : null }));
  } catch {
    try {
      // Too big with the bases: without them, every difference from what is stored then is asked about.
      ls.setItem(KEY, JSON.stringify(stash));
    } catch {
      /* quota: the IndexedDB write may still make it */
    }
  }
}

/**
 * Listens for the tab being left (on `target`, the window): `pagehide` stashes unsaved edits; a
 * `beforeunload` while edits are in conflict asks first, as they cannot be written. Should the
 * user leave anyway, the stash keeps them and the next load offers them again, not writes them.
 * `saved()` drops a stash once everything is written after all.
 */
export function onLeaving(target: EventTarget | null, s: State, dbName: string): { saved(): void } {
  let stashed = false;
  target?.addEventListener('pagehide', () => {
    if (!s.db || !isDirty(s.dirty)) return;
    stashUnsaved(s, dbName);
    stashed = true;
  });
  target?.addEventListener('beforeunload', (e) => {
    if (s.conflicts.size === 0) return;
    e.preventDefault();
    // Older browsers ask only when returnValue is set.
    (e as BeforeUnloadEvent).returnValue = '';
  });
  return {
    saved() {
      if (stashed) storage()?.removeItem(KEY);
      stashed = false;
    },
  };
}

/** The edits a closed tab left for database `dbName`, checked like any stored document; null when none (or unreadable). */
export function takeStash(dbName: string): Rescued | null {
  const ls = storage();
  const raw = ls?.getItem(KEY);
  if (!ls || !raw) return null;
  ls.removeItem(KEY);
  try {
    const stash = JSON.parse(raw) as Partial<Stash>;
    if (stash.dbName !== dbName) return null;
    const workspace = stash.workspace ? Workspace.parse(stash.workspace) : null;
    const wsBase = stash.wsBase ? Workspace.parse(stash.wsBase) : null;
    const bases = new Map(Object.entries(stash.bases ?? {}).map(([id, n]) => [id, PhoneNumber.parse(n)]));
    const numbers = (stash.numbers ?? []).map((n) => PhoneNumber.parse(n));
    const scenarios = (stash.scenarios ?? []).map((x) => SavedScenario.parse(x));
    const deletedScenarios = (stash.deletedScenarios ?? []).filter((id): id is string => typeof id === 'string');
    return { workspace, wsBase, bases, numbers, scenarios, deletedScenarios };
  } catch {
    return null;
  }
}

/**
 * The project (as just loaded) with rescued edits merged in, each marked dirty so that autosave
 * stores it. A number another tab changed in the same places since is held as a conflict (the
 * rescued copy shown, nothing written) for the user to resolve; a workspace change that clashes
 * gives way to the stored one, and a notice says so.
 */
export function applyRescued(s: State, p: Project, r: Rescued): Project {
  let next = p;
  if (r.workspace) {
    const m = mergeWorkspace(r.wsBase ?? undefined, r.workspace, p.workspace, 'since this tab was left');
    if (!equal(m.value, p.workspace)) {
      s.dirty.workspace = true;
      next = { ...next, workspace: m.value };
    }
    if (m.notice) addNotice(s, m.notice);
  }
  for (const n of r.numbers) {
    const stored = next.numbers.find((x) => x.id === n.id);
    if (!stored) continue;
    const base = r.bases.get(n.id);
    const m = merge3(base, n, stored, 'mine');
    if (equal(m.value, stored)) continue; // saved after all (the pagehide write committed)
    s.dirty.numbers.add(n.id);
    if (m.overlaps.length > 0) setConflict(s, n, stored, s.revs.get(n.id) ?? 0, base, m.overlaps);
    const shown = m.overlaps.length > 0 ? n : m.value;
    next = { ...next, numbers: next.numbers.map((x) => (x.id === n.id ? shown : x)) };
  }
  if (r.scenarios.length + r.deletedScenarios.length > 0) {
    const gone = new Set([...r.deletedScenarios, ...r.scenarios.map((x) => x.id)]);
    r.scenarios.forEach((x) => s.dirty.scenarios.add(x.id));
    r.deletedScenarios.forEach((id) => s.dirty.deletedScenarios.add(id));
    next = { ...next, scenarios: [...next.scenarios.filter((x) => !gone.has(x.id)), ...r.scenarios] };
  }
  return next;
}
