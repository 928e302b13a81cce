import { CURRENT_VERSION, FORMAT, parseProject, ProjectFormatError } from '../engine';
import type { FormatProblem, PhoneNumber, SavedScenario, Workspace } from '../engine';
import type { NumberRow, ScenarioRow, VersionedDoc, WorkspaceRow } from './db';
import { WORKSPACE_KEY } from './schema';
import { ENGINE_STAMP, writtenByThisEngine } from './stamp';

export type Read<T> = { ok: true; value: T } | { ok: false; issues: FormatProblem[] };

/**
 * Documents are stored one per row but migrated and parsed as the bundle they belong to, so
 * the engine's migrations and schema stay the single source of truth. The stand-in workspace
 * only completes the bundle's shape.
 */
function bundleOf(v: number, parts: { workspace?: unknown; numbers?: unknown[]; scenarios?: unknown[] }) {
  return {
    format: FORMAT,
    version: v,
    workspace: parts.workspace ?? { name: '' },
    numbers: parts.numbers ?? [],
    scenarios: parts.scenarios ?? [],
  };
}

function attempt<T>(fn: () => T): Read<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof ProjectFormatError) return { ok: false, issues: e.issues };
    return { ok: false, issues: [{ path: '(root)', message: e instanceof Error ? e.message : String(e) }] };
  }
}

/** Migrates and parses a stored workspace. */
export function readWorkspace(row: VersionedDoc): Read<Workspace> {
  return attempt(() => parseProject(bundleOf(row.v, { workspace: row.doc })).workspace);
}

/** Migrates and parses a stored number; one this engine wrote is read back as written. */
export function readNumber(row: NumberRow): Read<PhoneNumber> {
  return attempt(() => {
    const doc: unknown = JSON.parse(row.doc);
    if (writtenByThisEngine(row)) return doc as PhoneNumber;
    const n = parseProject(bundleOf(row.v, { numbers: [doc] })).numbers[0];
    if (!n) throw new ProjectFormatError([{ path: 'numbers[0]', message: 'missing' }]);
    return n;
  });
}

/** Migrates and parses a stored saved scenario. */
export function readScenario(row: VersionedDoc): Read<SavedScenario> {
  return attempt(() => {
    const s = parseProject(bundleOf(row.v, { scenarios: [row.doc] })).scenarios[0];
    if (!s) throw new ProjectFormatError([{ path: 'scenarios[0]', message: 'missing' }]);
    return s;
  });
}

export function workspaceRow(workspace: Workspace, rev: number): WorkspaceRow {
  return { id: WORKSPACE_KEY, v: CURRENT_VERSION, rev, doc: workspace, ...(ENGINE_STAMP ? { stamp: ENGINE_STAMP } : {}) };
}

export function numberRow(number: PhoneNumber, rev: number, position: number): NumberRow {
  return { id: number.id, v: CURRENT_VERSION, rev, position, doc: JSON.stringify(number), ...(ENGINE_STAMP ? { stamp: ENGINE_STAMP } : {}) };
}

/** A stored number's document as quarantine keeps it: decoded when its text is JSON, else the text itself. */
export function storedNumberDoc(row: NumberRow): unknown {
  try {
    return JSON.parse(row.doc);
  } catch {
    return row.doc;
  }
}

export function scenarioRow(scenario: SavedScenario): ScenarioRow {
  return { id: scenario.id, numberId: scenario.scenario.numberId, v: CURRENT_VERSION, doc: scenario };
}

/** A workspace for when the stored one could not be read (it is in quarantine): the app still opens. */
export function fallbackWorkspace(): Workspace {
  return parseProject(bundleOf(CURRENT_VERSION, { workspace: { name: 'Recovered workspace' } })).workspace;
}
