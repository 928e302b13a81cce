import { PhoneNumber, SavedScenario, Workspace } from '../engine';
import type { PhoneNumber as PhoneNumberT, SavedScenario as SavedScenarioT, Workspace as WorkspaceT } from '../engine';
import type { Project } from '../engine';
import type { Dirty, State } from './state';

/**
 * A closing tab gives IndexedDB no guarantee that a write started in `pagehide` commits, so
 * edits made in the last half second would be lost on a reload. Here they are also written
 * synchronously to localStorage, and put back (through the same autosave) on the next load.
 */
const KEY = 'callflow-studio:unsaved-edits';

interface Stash {
  dbName: string;
  savedAt: number;
  workspace: WorkspaceT | null;
  numbers: PhoneNumberT[];
  scenarios: SavedScenarioT[];
  deletedScenarios: string[];
}

/** What a stash puts back. */
export type Rescued = Omit<Stash, 'dbName' | 'savedAt'>;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // some private windows throw on access
  }
}

/** Keeps this tab's unsaved workspace, numbers and scenarios, if any, until the next load. */
export function stashUnsaved(s: State, dbName: string): void {
  const ls = storage();
  if (!ls || !s.project) return;
  const { dirty, project } = s;
  const numbers = project.numbers.filter((n) => dirty.numbers.has(n.id));
  const scenarios = project.scenarios.filter((x) => dirty.scenarios.has(x.id));
  const deletedScenarios = [...dirty.deletedScenarios];
  if (!dirty.workspace && numbers.length + scenarios.length + deletedScenarios.length === 0) return;
  try {
    const stash: Stash = { dbName, savedAt: Date.now(), workspace: dirty.workspace ? project.workspace : null, numbers, scenarios, deletedScenarios };
    ls.setItem(KEY, JSON.stringify(stash));
  } catch {
    /* quota: the IndexedDB write may still make it */
  }
}

export function clearStash(): void {
  storage()?.removeItem(KEY);
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
    const numbers = (stash.numbers ?? []).map((n) => PhoneNumber.parse(n));
    const scenarios = (stash.scenarios ?? []).map((x) => SavedScenario.parse(x));
    const deletedScenarios = (stash.deletedScenarios ?? []).filter((id): id is string => typeof id === 'string');
    return { workspace, numbers, scenarios, deletedScenarios };
  } catch {
    return null;
  }
}

/** The project with rescued edits applied, each marked dirty so that autosave stores it. */
export function applyRescued(p: Project, r: Rescued, dirty: Dirty): Project {
  let next = p;
  if (r.workspace) {
    dirty.workspace = true;
    next = { ...next, workspace: r.workspace };
  }
  for (const n of r.numbers) {
    if (!next.numbers.some((x) => x.id === n.id)) continue;
    dirty.numbers.add(n.id);
    next = { ...next, numbers: next.numbers.map((x) => (x.id === n.id ? n : x)) };
  }
  if (r.scenarios.length + r.deletedScenarios.length > 0) {
    const gone = new Set([...r.deletedScenarios, ...r.scenarios.map((x) => x.id)]);
    r.scenarios.forEach((x) => dirty.scenarios.add(x.id));
    r.deletedScenarios.forEach((id) => dirty.deletedScenarios.add(id));
    next = { ...next, scenarios: [...next.scenarios.filter((x) => !gone.has(x.id)), ...r.scenarios] };
  }
  return next;
}
