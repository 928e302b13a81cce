import { assetsInUse, validateNumber } from '../engine';
import type { PhoneNumber } from '../engine';
import { CURRENT_VERSION } from '../engine';
import { newId } from './bytes';
import { assetRecord } from './persist';
import type { State } from './state';
import { failureOf } from './failures';
import type { Failure } from './failures';
import type { AssetMeta, CallLogEntry, ProjectStore, Revision } from './types';

/** How many simulated calls the log keeps per tab in memory when they cannot be stored. */
const MEMORY_CALLS = 500;

interface Deps {
  state: State;
  updateNumber: (numberId: string, fn: (n: PhoneNumber) => PhoneNumber) => void;
  fail: (status: Failure, dropDb: boolean) => void;
  emit: () => void;
}

type Records = Pick<ProjectStore,
  'publishRevision' | 'listRevisions' | 'restoreRevision' | 'putAsset' | 'getAsset' | 'deleteAsset' | 'releaseAsset' | 'listAssets' | 'logCall' | 'listCalls'>;

function metaOf(a: AssetMeta): AssetMeta {
  return { id: a.id, fileName: a.fileName, mimeType: a.mimeType, sizeBytes: a.sizeBytes, channels: a.channels };
}

function mergeById<T extends { id: string }>(a: T[], b: T[]): T[] {
  const seen = new Map<string, T>();
  for (const x of [...a, ...b]) seen.set(x.id, x);
  return [...seen.values()];
}

/**
 * Revisions, uploaded audio and the call log: records written straight through rather than
 * autosaved, and also kept in memory so that a failed database loses none of them this session.
 */
export function createRecords({ state: s, updateNumber, fail, emit }: Deps): Records {
  async function attempt(write: () => Promise<unknown>): Promise<void> {
    if (!s.db) return;
    try {
      await write();
    } catch (e) {
      fail(failureOf(e), false);
    }
  }
  async function read<T>(query: () => Promise<T[]>): Promise<T[]> {
    if (!s.db) return [];
    try {
      return await query();
    } catch {
      return [];
    }
  }

  async function listRevisions(numberId: string): Promise<Revision[]> {
    const stored = await read(() => s.db!.revisions.where('numberId').equals(numberId).toArray());
    const all = mergeById<Revision>(
      stored.map(({ v: _v, ...r }) => r),
      s.revisions.filter((r) => r.numberId === numberId),
    );
    return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async function deleteAsset(id: string) {
    if (!s.assets.delete(id)) return;
    s.assetsVersion++;
    emit();
    await attempt(() => s.db!.assets.delete(id));
  }

  return {
    async publishRevision(numberId, name) {
      const number = s.project?.numbers.find((n) => n.id === numberId);
      if (!s.project || !number) return { ok: false, reason: 'This number no longer exists.', issues: [] };
      const trimmed = name.trim();
      if (trimmed === '') return { ok: false, reason: 'Give the revision a name.', issues: [] };
      // Two "v1"s would read alike in the list and to a screen reader ("Restore v1" twice).
      const taken = (await listRevisions(numberId)).some((r) => r.name.toLowerCase() === trimmed.toLowerCase());
      if (taken) return { ok: false, reason: `This number already has a revision named “${trimmed}”. Give this one another name.`, issues: [] };
      const errors = validateNumber(s.project, numberId).filter((i) => i.severity === 'error');
      if (errors.length > 0) {
        const reason = `The flow has ${errors.length} error${errors.length === 1 ? '' : 's'}; fix ${errors.length === 1 ? 'it' : 'them'} before publishing.`;
        return { ok: false, reason, issues: errors };
      }
      const revision: Revision = {
        id: newId('r'), numberId, name: trimmed, createdAt: new Date().toISOString(),
        flow: structuredClone(number.flow), settings: structuredClone(number.settings),
      };
      s.revisions.push(revision);
      await attempt(() => s.db!.revisions.add({ ...revision, v: CURRENT_VERSION }));
      return { ok: true, revision };
    },
    listRevisions,
    async restoreRevision(revisionId) {
      const revision = s.revisions.find((r) => r.id === revisionId)
        ?? (await read(async () => { const r = await s.db!.revisions.get(revisionId); return r ? [r] : []; }))[0];
      if (!revision || !s.project?.numbers.some((n) => n.id === revision.numberId)) return false;
      updateNumber(revision.numberId, (n) => ({ ...n, flow: structuredClone(revision.flow), settings: structuredClone(revision.settings) }));
      return true;
    },

    async putAsset(data, meta) {
      const record = await assetRecord(data, { ...meta, id: meta.id ?? newId('a') });
      s.assets.set(record.id, record);
      s.assetsVersion++;
      emit();
      await attempt(() => s.db!.assets.put({ ...record }));
      return metaOf(record);
    },
    async getAsset(id) {
      return s.assets.get(id) ?? null;
    },
    deleteAsset,
    async releaseAsset(id) {
      if (!s.project || !s.assets.has(id)) return false;
      // A published revision may play it, in any number's history: a restore would find it gone.
      const stored = await read(() => s.db!.revisions.toArray());
      const revisions = mergeById<Revision>(stored.map(({ v: _v, ...r }) => r), s.revisions);
      if (assetsInUse({ numbers: [...s.project.numbers, ...revisions] }).has(id)) return false;
      await deleteAsset(id);
      return true;
    },
    listAssets: () => [...s.assets.values()].map(metaOf),

    async logCall({ numberId, scenario, result, at }) {
      const entry: CallLogEntry = { id: newId('c'), numberId, at: at ?? new Date().toISOString(), scenario, result };
      s.calls.push(entry);
      if (s.calls.length > MEMORY_CALLS) s.calls.shift();
      await attempt(() => s.db!.callLog.add(entry));
      return entry;
    },
    async listCalls(numberId, limit = 100) {
      const stored = await read(() =>
        numberId === undefined ? s.db!.callLog.orderBy('at').reverse().limit(limit).toArray()
          : s.db!.callLog.where('numberId').equals(numberId).toArray());
      const mine = s.calls.filter((c) => numberId === undefined || c.numberId === numberId);
      return mergeById(stored, mine).sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
    },
  };
}
