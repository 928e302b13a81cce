import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../src/store/schema';
import { ENGINE_STAMP } from '../../src/store/stamp';
import type { ProjectStore } from '../../src/store/types';
import { openStore, readStored, uniqueName } from './helpers';
import v1 from './fixtures/v1-database.json';

let store: ProjectStore | null = null;
afterEach(() => store?.close());

/** Writes the frozen fixture with version 1's schema, exactly as the old code declared it. */
async function createV1Database(name: string) {
  const old = new Dexie(name);
  old.version(1).stores({ meta: 'key', assets: 'id' });
  await old.table('meta').bulkPut(v1.meta);
  await old.table('assets').bulkPut(v1.assets.map((a) => ({ ...a, bytes: new Uint8Array(a.bytes) })));
  old.close();
}

describe('database version 1 → 2', () => {
  it('splits the stored bundle into rows, keeps the audio, and drops the meta table', async () => {
    const name = uniqueName();
    await createV1Database(name);
    store = openStore(name, { seed: async () => { throw new Error('must not seed an upgraded database'); } });
    await store.ready();
    const snap = store.getSnapshot();
    expect(snap.status).toEqual({ kind: 'ready' });
    expect(snap.project?.workspace.name).toBe('Old Co');
    expect(snap.project?.numbers.map((n) => n.id)).toEqual(['main', 'support']);
    expect(snap.project?.numbers[0]?.flow.edges[0]).toMatchObject({ source: 'in', sourceHandle: 'next', target: 'anna' });
    expect(snap.project?.scenarios.map((s) => s.id)).toEqual(['s1']);
    expect(snap.assets).toEqual([{ id: 'a1', fileName: 'hold.mp3', mimeType: 'audio/mpeg', sizeBytes: 4, channels: 1 }]);

    const stored = await readStored(name);
    expect(stored.numbers.map((r) => [r.id, r.rev, r.v])).toEqual(expect.arrayContaining([['main', 1, 1], ['support', 1, 1]]));
    expect(stored.scenarios[0]).toMatchObject({ id: 's1', numberId: 'main' });
    const check = new Dexie(name);
    await check.open();
    expect(check.tables.map((t) => t.name)).not.toContain('meta');
    check.close();
  });

  it('keeps a document that no longer parses aside in quarantine and reports it', async () => {
    const name = uniqueName();
    await createV1Database(name);
    store = openStore(name);
    await store.ready();
    expect(store.getSnapshot().quarantined).toEqual([
      { table: 'numbers', key: 'broken', issues: [expect.objectContaining({ path: 'numbers[0].kind' })] },
    ]);
    const stored = await readStored(name);
    expect(stored.quarantine).toHaveLength(1);
    expect(stored.quarantine[0]?.doc).toMatchObject({ id: 'broken', kind: 'fax', name: 'Old fax line' });
    expect(stored.numbers.map((r) => r.id)).not.toContain('broken');
  });

  it('exports the upgraded audio as base64', async () => {
    const name = uniqueName();
    await createV1Database(name);
    store = openStore(name);
    await store.ready();
    const bundle = await store.exportBundle();
    expect(bundle.assets).toEqual([{ id: 'a1', fileName: 'hold.mp3', mimeType: 'audio/mpeg', base64: btoa('ID3\u0004') }]);
  });
});

/** A database as version 2 of the store left it, with its schema exactly as the old code declared it. */
async function createV2Database(name: string) {
  const old = new Dexie(name);
  old.version(1).stores({ meta: 'key', assets: 'id' });
  old.version(2).stores({
    meta: null, workspace: 'id', numbers: 'id, position', revisions: 'id, numberId, createdAt',
    scenarios: 'id, numberId', assets: 'id', callLog: 'id, numberId, at', quarantine: '++seq, table',
  });
  const numbers = (v1.meta[0]!.bundle.numbers as { id: string }[]).filter((n) => n.id !== 'broken');
  await old.table('workspace').put({ id: 'current', v: 1, rev: 4, doc: v1.meta[0]!.bundle.workspace });
  await old.table('numbers').bulkPut(numbers.map((doc, i) => ({ id: doc.id, v: 1, rev: 7 + i, position: i, doc })));
  old.close();
}

describe('database version 2 → 3', () => {
  it('stores each number as JSON text indexed by id and rev, keeps every row, and saves from the stored rev on', async () => {
    const name = uniqueName();
    await createV2Database(name);
    store = openStore(name, { seed: async () => { throw new Error('must not seed an upgraded database'); } });
    await store.ready();
    expect(store.getSnapshot().project?.numbers.map((n) => n.id)).toEqual(['main', 'support']);

    store.updateNumber('support', (n) => ({ ...n, name: 'Support, renamed' }));
    await store.flush();
    const stored = await readStored(name);
    expect(stored.numbers.map((r) => [r.id, r.rev])).toEqual([['main', 7], ['support', 9]]);
    expect(stored.numbers[1]?.doc).toMatchObject({ name: 'Support, renamed' });
    // Every document is JSON text now, the one not edited since too: as this build parsed it, stamped, under its old rev.
    expect(stored.numbers.map((r) => typeof r.text)).toEqual(['string', 'string']);
    expect(JSON.parse(stored.numbers[0]!.text)).toEqual(store.getSnapshot().project?.numbers[0]);
    expect(JSON.parse(stored.numbers[0]!.text)).toMatchObject(v1.meta[0]!.bundle.numbers[0] as object);
    expect(stored.numbers.map((r) => r.stamp)).toEqual([ENGINE_STAMP, ENGINE_STAMP]);
    const check = new Dexie(name);
    await check.open();
    expect(check.verno).toBe(DB_VERSION);
    expect(check.table('numbers').schema.indexes.map((i) => i.name)).toContain('[id+rev]');
    check.close();
  });
});
