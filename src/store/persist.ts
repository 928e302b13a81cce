import type { PhoneNumber, Project, SavedScenario, Workspace } from '../engine';
import { toBytes } from './bytes';
import type { AssetRow, NumberRow, StudioDB } from './db';
import { fallbackWorkspace, numberRow, readNumber, readScenario, readWorkspace, scenarioRow, storedNumberDoc, workspaceRow } from './documents';
import { WORKSPACE_KEY } from './schema';
import { ENGINE_STAMP, writtenByThisEngine } from './stamp';
import type { AssetRecord, QuarantinedDoc } from './types';

export interface Loaded {
  empty: boolean;
  workspace: Workspace;
  wsRev: number;
  numbers: { number: PhoneNumber; rev: number; position: number }[];
  scenarios: SavedScenario[];
  assets: AssetRecord[];
  quarantined: QuarantinedDoc[];
}

function assetOf(row: AssetRow): AssetRecord {
  return { id: row.id, fileName: row.fileName, mimeType: row.mimeType, bytes: new Uint8Array(row.bytes), sizeBytes: row.sizeBytes, channels: row.channels };
}

/**
 * Reads everything. A document that fails to migrate or parse is moved to `quarantine` with
 * its problems (in the same transaction, so it is never lost) and reported; the rest loads.
 */
export async function loadAll(db: StudioDB): Promise<Loaded> {
  return db.transaction('rw', [db.workspace, db.numbers, db.scenarios, db.assets, db.quarantine], async () => {
    const at = new Date().toISOString();
    const fresh: QuarantinedDoc[] = [];
    const setAside = async (table: 'workspace' | 'numbers' | 'scenarios', key: string, doc: unknown, issues: QuarantinedDoc['issues']) => {
      await db.quarantine.add({ table, key, at, doc, issues });
      await db.table(table).delete(key);
      fresh.push({ table, key, issues });
    };

    // Every read is asked for at once: awaited one by one, each waited for the page to be free
    // between them, and a page busy with the app's other chunks made the load twice as long.
    const [wsRow, numberRows, scenarioRows, assetRows, earlier] = await Promise.all([
      db.workspace.get(WORKSPACE_KEY),
      db.numbers.orderBy('position').toArray(),
      db.scenarios.toArray(),
      db.assets.toArray(),
      db.quarantine.toArray(),
    ]);
    let workspace: Workspace | null = null;
    if (wsRow) {
      const r = readWorkspace(wsRow);
      if (r.ok) workspace = r.value;
      else await setAside('workspace', WORKSPACE_KEY, wsRow.doc, r.issues);
      // Stamped as this build reads it (same rev: other tabs see no change), so the designer's
      // first paint can trust it (peek.ts), as it trusts numbers this build wrote.
      if (workspace && ENGINE_STAMP && !writtenByThisEngine(wsRow)) await db.workspace.put(workspaceRow(workspace, wsRow.rev));
    }
    const numbers: Loaded['numbers'] = [];
    const restamped: NumberRow[] = [];
    for (const row of numberRows) {
      const r = readNumber(row);
      if (!r.ok) {
        await setAside('numbers', row.id, storedNumberDoc(row), r.issues);
        continue;
      }
      numbers.push({ number: r.value, rev: row.rev, position: row.position });
      // Parsed this once (another build wrote it): stored again as this build reads it, same rev, so other tabs see no change.
      if (ENGINE_STAMP && !writtenByThisEngine(row)) restamped.push(numberRow(r.value, row.rev, row.position));
    }
    if (restamped.length > 0) await db.numbers.bulkPut(restamped);
    const scenarios: SavedScenario[] = [];
    for (const row of scenarioRows) {
      const r = readScenario(row);
      if (r.ok) scenarios.push(r.value);
      else await setAside('scenarios', row.id, row.doc, r.issues);
    }
    const assets = assetRows.map(assetOf);
    // Earlier sessions' quarantine is reported too: it stays until someone deals with it.
    const quarantined = [...earlier.map((q) => ({ table: q.table, key: q.key, issues: q.issues })), ...fresh];
    const empty = !wsRow && numbers.length === 0 && fresh.length === 0 && quarantined.length === 0;
    return {
      empty,
      workspace: workspace ?? fallbackWorkspace(),
      wsRev: wsRow?.rev ?? 0,
      numbers,
      scenarios,
      assets,
      quarantined,
    };
  });
}

export interface Written {
  revs: Map<string, number>;
  wsRev: number;
}

/**
 * Replaces everything stored with `project` (seed, import, reset). Revs continue from the stored
 * ones, so that other tabs see every number move on. The old workspace's revisions and call log
 * go too: they belong to numbers that are gone, even where a new number has the same id (a
 * restore would bring another company's flow back). With `onlyIfEmpty`, does nothing and
 * returns null when another tab has seeded meanwhile.
 */
export async function replaceAll(db: StudioDB, project: Project, assets: AssetRecord[], onlyIfEmpty = false): Promise<Written | null> {
  return db.transaction('rw', [db.workspace, db.numbers, db.scenarios, db.assets, db.revisions, db.callLog], async () => {
    const old = await db.numbers.toArray();
    const oldWs = await db.workspace.get(WORKSPACE_KEY);
    if (onlyIfEmpty && (oldWs || old.length > 0)) return null;
    const oldRevs = new Map(old.map((r) => [r.id, r.rev]));
    const revs = new Map<string, number>();
    await Promise.all([db.numbers.clear(), db.scenarios.clear(), db.assets.clear(), db.revisions.clear(), db.callLog.clear()]);
    const wsRev = (oldWs?.rev ?? 0) + 1;
    await db.workspace.put(workspaceRow(project.workspace, wsRev));
    await db.numbers.bulkPut(project.numbers.map((n, i) => {
      const rev = (oldRevs.get(n.id) ?? 0) + 1;
      revs.set(n.id, rev);
      return numberRow(n, rev, i);
    }));
    await db.scenarios.bulkPut(project.scenarios.map(scenarioRow));
    await db.assets.bulkPut(assets.map((a) => ({ ...a })));
    return { revs, wsRev };
  });
}

/** A stored asset row from any binary input. */
export async function assetRecord(data: Blob | ArrayBuffer | Uint8Array, meta: { id: string; fileName: string; mimeType?: string; channels?: number | null }): Promise<AssetRecord> {
  const bytes = await toBytes(data);
  return {
    id: meta.id,
    fileName: meta.fileName,
    mimeType: meta.mimeType ?? ((data as Blob).type || 'audio/mpeg'),
    bytes,
    sizeBytes: bytes.byteLength,
    channels: meta.channels ?? null,
  };
}
