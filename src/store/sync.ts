import Dexie from 'dexie';
import type { PhoneNumber } from '../engine';
import type { NumberRow, StudioDB, WorkspaceRow } from './db';
import { numberRow, readNumber, readWorkspace, scenarioRow, workspaceRow } from './documents';
import { WORKSPACE_KEY } from './schema';
import type { State } from './state';
import { emptyDirty } from './state';
import { rememberScenarios } from './scenarioSync';

/**
 * Writes what changed since the last write in one transaction. A number whose stored `rev`
 * is not the one this tab last saw was saved by another tab: it is not written, and the
 * clash is recorded in `state.conflicts` for the user to resolve. Throws the storage error,
 * after putting every change back as unsaved.
 */
export async function writePending(s: State): Promise<void> {
  const db = s.db;
  const project = s.project;
  if (!db || !project) return;
  const taken = s.dirty;
  s.dirty = emptyDirty();
  const byId = new Map(project.numbers.map((n) => [n.id, n]));
  const scenariosById = new Map(project.scenarios.map((x) => [x.id, x]));
  const written = new Map<string, number>();
  const clashes: { mine: PhoneNumber; theirs: NumberRow }[] = [];
  let wsRev: number | null = null;
  // While this write is in flight, a copy from another tab must not replace the one being written:
  // the transaction below compares revs and records a conflict itself.
  s.writing = { numbers: new Set(taken.numbers), scenarios: new Set([...taken.scenarios, ...taken.deletedScenarios]), workspace: taken.workspace };
  try {
    await db.transaction('rw', [db.workspace, db.numbers, db.scenarios], async () => {
      if (taken.workspace) {
        // The workspace is small and edited rarely: the last write wins.
        const row = await db.workspace.get(WORKSPACE_KEY);
        wsRev = (row?.rev ?? 0) + 1;
        s.pendingWsRev = wsRev;
        await db.workspace.put(workspaceRow(project.workspace, wsRev));
      }
      for (const id of taken.numbers) {
        const mine = byId.get(id);
        if (!mine) continue;
        const stored = await storedRev(db, id);
        if (stored !== undefined && stored !== s.revs.get(id)) {
          const theirs = await db.numbers.get(id);
          if (theirs) clashes.push({ mine, theirs });
          continue;
        }
        const rev = (stored ?? 0) + 1;
        s.pendingRevs.set(id, rev);
        written.set(id, rev);
        await db.numbers.put(numberRow(mine, rev, s.positions.get(id) ?? 0));
      }
      for (const id of taken.deletedNumbers) await db.numbers.delete(id);
      for (const id of taken.scenarios) {
        const sc = scenariosById.get(id);
        if (sc) await db.scenarios.put(scenarioRow(sc));
      }
      for (const id of taken.deletedScenarios) await db.scenarios.delete(id);
    });
  } catch (e) {
    for (const id of written.keys()) s.pendingRevs.delete(id);
    s.pendingWsRev = null;
    mergeBack(s, taken);
    throw e;
  } finally {
    s.writing = { numbers: new Set(), scenarios: new Set(), workspace: false };
  }
  for (const [id, rev] of written) {
    s.revs.set(id, rev);
    s.pendingRevs.delete(id);
  }
  for (const id of taken.deletedNumbers) s.revs.delete(id);
  rememberScenarios(s, [...taken.scenarios].map((id) => scenariosById.get(id)).filter((x) => x !== undefined));
  for (const id of taken.deletedScenarios) s.scenarioCache.delete(id);
  if (wsRev !== null) s.wsRev = wsRev;
  s.pendingWsRev = null;
  for (const { mine, theirs } of clashes) {
    s.dirty.numbers.add(mine.id);
    recordConflict(s, mine, theirs);
  }
}

/**
 * The stored rev of a number, read from the `[id+rev]` index: reading the row would also read
 * its whole document, tens of milliseconds of every save of a 2,000-node flow.
 */
async function storedRev(db: StudioDB, id: string): Promise<number | undefined> {
  const keys = (await db.numbers.where('[id+rev]').between([id, Dexie.minKey], [id, Dexie.maxKey]).keys()) as unknown as NumberHead[];
  return keys[0]?.[1];
}

function mergeBack(s: State, taken: State['dirty']): void {
  s.dirty.workspace ||= taken.workspace;
  for (const k of ['numbers', 'deletedNumbers', 'scenarios', 'deletedScenarios'] as const) {
    for (const id of taken[k]) s.dirty[k].add(id);
  }
}

function recordConflict(s: State, mine: PhoneNumber, theirsRow: NumberRow): void {
  const theirs = readNumber(theirsRow);
  // Another tab wrote something this version cannot read: keep mine rather than stall on it.
  if (!theirs.ok) {
    s.revs.set(mine.id, theirsRow.rev);
    return;
  }
  s.conflicts.set(mine.id, { conflict: { numberId: mine.id, theirs: theirs.value, mine }, theirsRev: theirsRow.rev });
}

/** A number as the `[id+rev]` index lists it. */
export type NumberHead = [id: string, rev: number];

/** This tab has that rev of the number, or is writing it. */
const known = (s: State, id: string, rev: number) => rev === s.revs.get(id) || rev === s.pendingRevs.get(id);

/** The numbers whose stored rev this tab neither has nor is writing: another tab wrote them. */
export function unknownRevs(s: State, heads: NumberHead[]): string[] {
  return heads.filter(([id, rev]) => !known(s, id, rev)).map(([id]) => id);
}

/**
 * Takes in what another tab saved: new and changed numbers replace this tab's copies unless
 * this tab has unsaved edits to them (then it is a conflict), and numbers deleted there go.
 * `heads` lists every stored number (id and rev, from the `[id+rev]` index); `rows` holds the
 * documents of those `unknownRevs` named. Returns true when anything changed.
 */
export function applyRemote(s: State, heads: NumberHead[], rows: Map<string, NumberRow>, wsRow: WorkspaceRow | undefined): boolean {
  const project = s.project;
  if (!project) return false;
  let changed = false;
  let numbers = project.numbers;
  let workspace = project.workspace;
  const seen = new Set<string>();
  for (const [id, rev] of heads) {
    seen.add(id);
    if (known(s, id, rev) || s.dirty.deletedNumbers.has(id) || s.writing.numbers.has(id)) continue;
    // Written again since the heads were read (then its newer rev is applied), or deleted (then the next heads say so).
    const row = rows.get(id);
    if (!row || known(s, id, row.rev)) continue;
    const local = numbers.find((n) => n.id === row.id);
    if (local && s.dirty.numbers.has(row.id)) {
      // A conflict already shown is refreshed, so that "Reload theirs" loads their latest.
      if (s.conflicts.get(row.id)?.theirsRev !== row.rev) {
        recordConflict(s, local, row);
        changed = true;
      }
      continue;
    }
    const r = readNumber(row);
    if (!r.ok) continue;
    s.revs.set(row.id, row.rev);
    s.positions.set(row.id, row.position);
    numbers = local ? numbers.map((n) => (n.id === row.id ? r.value : n)) : insertByPosition(s, numbers, r.value);
    changed = true;
  }
  const kept = (id: string) => s.dirty.numbers.has(id) || s.writing.numbers.has(id) || s.pendingRevs.has(id);
  const gone = numbers.filter((n) => s.revs.has(n.id) && !seen.has(n.id) && !kept(n.id));
  if (gone.length > 0) {
    for (const n of gone) s.revs.delete(n.id);
    numbers = numbers.filter((n) => !gone.includes(n));
    changed = true;
  }
  if (wsRow && wsRow.rev !== s.wsRev && wsRow.rev !== s.pendingWsRev && !s.dirty.workspace && !s.writing.workspace) {
    const r = readWorkspace(wsRow);
    if (r.ok) {
      workspace = r.value;
      s.wsRev = wsRow.rev;
      changed = true;
    }
  }
  if (changed) s.project = { ...project, workspace, numbers };
  return changed;
}

function insertByPosition(s: State, numbers: PhoneNumber[], added: PhoneNumber): PhoneNumber[] {
  const pos = s.positions.get(added.id) ?? Infinity;
  const at = numbers.findIndex((n) => (s.positions.get(n.id) ?? 0) > pos);
  return at < 0 ? [...numbers, added] : [...numbers.slice(0, at), added, ...numbers.slice(at)];
}
