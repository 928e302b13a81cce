import Dexie from 'dexie';
import type { PhoneNumber, Workspace } from '../engine';
import { addNotice, mergeWorkspace, noticeReplaced, rebaseOnto, setConflict, takeTheirs } from './conflicts';
import type { NumberRow, StudioDB, WorkspaceRow } from './db';
import { numberRow, readNumber, readWorkspace, scenarioRow, workspaceRow } from './documents';
import { merge3 } from './merge';
import type { Overlap } from './merge';
import { WORKSPACE_KEY } from './schema';
import type { Dirty, State } from './state';
import { emptyDirty } from './state';
import { rememberScenarios } from './scenarioSync';

/**
 * Writes what changed since the last write in one transaction. A number or the workspace that
 * another tab saved since this tab's base is merged with it three-way (conflicts.ts) and the
 * merge is written; a number where both changed the same thing is not written, and the clash is
 * recorded in `state.conflicts` for the user to resolve. Nothing in conflict is ever written.
 * Throws the storage error, after putting every change back as unsaved.
 */
export async function writePending(s: State): Promise<void> {
  const db = s.db;
  const project = s.project;
  if (!db || !project) return;
  const taken = s.dirty;
  s.dirty = emptyDirty();
  const byId = new Map(project.numbers.map((n) => [n.id, n]));
  const scenariosById = new Map(project.scenarios.map((x) => [x.id, x]));
  const written = new Map<string, { rev: number; was: PhoneNumber; doc: PhoneNumber }>();
  const clashes: { mine: PhoneNumber; theirs: PhoneNumber; rev: number; overlaps: Overlap[] }[] = [];
  const held: string[] = [];
  let ws: WrittenWorkspace | null = null;
  // While this write is in flight, a copy from another tab must not replace the one being written:
  // the transaction below compares revs and merges itself.
  s.writing = { numbers: new Set(taken.numbers), scenarios: new Set([...taken.scenarios, ...taken.deletedScenarios]), workspace: taken.workspace };
  try {
    await db.transaction('rw', [db.workspace, db.numbers, db.scenarios], async () => {
      if (taken.workspace) {
        const row = await db.workspace.get(WORKSPACE_KEY);
        const theirs = row && row.rev !== s.wsRev ? readWorkspace(row) : null;
        const merged = theirs?.ok ? mergeWorkspace(s.wsBase ?? undefined, project.workspace, theirs.value) : { value: project.workspace, notice: null };
        ws = { rev: (row?.rev ?? 0) + 1, was: project.workspace, doc: merged.value, notice: merged.notice };
        s.pendingWsRev = ws.rev;
        await db.workspace.put(workspaceRow(ws.doc, ws.rev));
      }
      for (const id of taken.numbers) {
        const mine = byId.get(id);
        if (!mine) continue;
        if (s.conflicts.has(id)) {
          held.push(id);
          continue;
        }
        const stored = await storedRev(db, id);
        let doc = mine;
        if (stored !== undefined && stored !== s.revs.get(id)) {
          const row = await db.numbers.get(id);
          const theirs = row ? readNumber(row) : null;
          // Another tab wrote something this version cannot read: keep mine rather than stall on it.
          if (row && theirs?.ok) {
            const m = merge3(s.bases.get(id), mine, theirs.value, 'mine');
            if (m.overlaps.length > 0) {
              clashes.push({ mine, theirs: theirs.value, rev: row.rev, overlaps: m.overlaps });
              continue;
            }
            doc = m.value;
          }
        }
        const rev = (stored ?? 0) + 1;
        s.pendingRevs.set(id, rev);
        written.set(id, { rev, was: mine, doc });
        const replaced = s.replacing.get(id);
        await db.numbers.put({ ...numberRow(doc, rev, s.positions.get(id) ?? 0), ...(replaced ? { replaced } : {}) });
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
  afterWrite(s, taken, written, ws);
  rememberScenarios(s, [...taken.scenarios].map((id) => scenariosById.get(id)).filter((x) => x !== undefined));
  for (const id of taken.deletedScenarios) s.scenarioCache.delete(id);
  for (const id of held) s.dirty.numbers.add(id);
  for (const { mine, theirs, rev, overlaps } of clashes) {
    s.dirty.numbers.add(mine.id);
    setConflict(s, mine, theirs, rev, s.bases.get(mine.id), overlaps);
  }
}

/** The workspace as a write took it (`was`) and wrote it, merged with another tab's (`doc`). */
interface WrittenWorkspace {
  rev: number;
  was: Workspace;
  doc: Workspace;
  notice: string | null;
}

/** Takes in what was written: the new revs and bases, and a merge with another tab's save, kept under edits made meanwhile. */
function afterWrite(s: State, taken: Dirty, written: Map<string, { rev: number; was: PhoneNumber; doc: PhoneNumber }>, ws: WrittenWorkspace | null): void {
  for (const [id, w] of written) {
    s.revs.set(id, w.rev);
    s.bases.set(id, w.doc);
    s.wrote.set(id, w.rev);
    s.pendingRevs.delete(id);
    s.replacing.delete(id);
  }
  for (const id of taken.deletedNumbers) {
    s.revs.delete(id);
    s.bases.delete(id);
  }
  if (ws) {
    s.wsRev = ws.rev;
    s.wsBase = ws.doc;
    if (ws.notice) addNotice(s, ws.notice);
  }
  s.pendingWsRev = null;
  const merged = [...written.values()].filter((w) => w.doc !== w.was);
  if (!s.project || (merged.length === 0 && (!ws || ws.doc === ws.was))) return;
  const p = s.project;
  s.project = {
    ...p,
    workspace: ws && ws.doc !== ws.was ? rebaseOnto(ws.was, p.workspace, ws.doc) : p.workspace,
    numbers: p.numbers.map((n) => {
      const w = written.get(n.id);
      return w && w.doc !== w.was ? rebaseOnto(w.was, n, w.doc) : n;
    }),
  };
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

/** A number as the `[id+rev]` index lists it. */
export type NumberHead = [id: string, rev: number];

/** This tab has that rev of the number, or is writing it. */
const known = (s: State, id: string, rev: number) => rev === s.revs.get(id) || rev === s.pendingRevs.get(id);

/** The numbers whose stored rev this tab neither has nor is writing: another tab wrote them. */
export function unknownRevs(s: State, heads: NumberHead[]): string[] {
  return heads.filter(([id, rev]) => !known(s, id, rev)).map(([id]) => id);
}

/**
 * Takes in what another tab saved: new and changed numbers replace this tab's copies, or merge
 * with them where this tab has unsaved edits (a conflict where both changed one thing), and
 * numbers deleted there go. The workspace follows only while this tab has no unsaved edit of it
 * (the next write merges them).
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
    const r = readNumber(row);
    if (!r.ok) continue;
    if (noticeReplaced(s, row)) changed = true;
    if (local && s.dirty.numbers.has(row.id)) {
      if (s.conflicts.get(row.id)?.theirsRev === row.rev) continue;
      const shown = takeTheirs(s, local, r.value, row.rev);
      numbers = numbers.map((n) => (n.id === row.id ? shown : n));
      changed = true;
      continue;
    }
    s.revs.set(row.id, row.rev);
    s.bases.set(row.id, r.value);
    s.positions.set(row.id, row.position);
    numbers = local ? numbers.map((n) => (n.id === row.id ? r.value : n)) : insertByPosition(s, numbers, r.value);
    changed = true;
  }
  const kept = (id: string) => s.dirty.numbers.has(id) || s.writing.numbers.has(id) || s.pendingRevs.has(id);
  const gone = numbers.filter((n) => s.revs.has(n.id) && !seen.has(n.id) && !kept(n.id));
  if (gone.length > 0) {
    for (const n of gone) {
      s.revs.delete(n.id);
      s.bases.delete(n.id);
    }
    numbers = numbers.filter((n) => !gone.includes(n));
    changed = true;
  }
  if (wsRow && wsRow.rev !== s.wsRev && wsRow.rev !== s.pendingWsRev && !s.dirty.workspace && !s.writing.workspace) {
    const r = readWorkspace(wsRow);
    if (r.ok) {
      workspace = r.value;
      s.wsRev = wsRow.rev;
      s.wsBase = r.value;
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
