import { PhoneNumber, SavedScenario, Workspace } from '../engine';
import type { PhoneNumber as PhoneNumberT, SavedScenario as SavedScenarioT, Workspace as WorkspaceT } from '../engine';
import type { State } from './state';

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
