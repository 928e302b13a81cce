import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../src/store/schema';
import type { ProjectStore } from '../../src/store/types';
import { quotaDatabase, openStaleConnection, unavailableDatabase } from './faults';
import { nameOf, openStore, readStored, uniqueName, until } from './helpers';

const open: ProjectStore[] = [];
const raw: IDBDatabase[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
  while (raw.length) raw.pop()?.close();
});
function track(store: ProjectStore) {
  open.push(store);
  return store;
}

describe('storage failures keep the app working in memory', () => {
  it('quota exceeded on write: failed status, the edit stays and is in the export', async () => {
    const name = uniqueName();
    const quota = quotaDatabase();
    const store = track(openStore(name, { database: quota.factory }));
    await store.ready();
    quota.state.full = true;
    store.updateNumber('n1', (n) => ({ ...n, name: 'Edited while full' }));
    await store.flush();
    expect(store.getSnapshot().status).toMatchObject({ kind: 'failed', reason: 'quota' });
    expect(nameOf(store.getSnapshot(), 'n1')).toBe('Edited while full');
    const bundle = await store.exportBundle();
    expect(bundle.numbers.find((n) => n.id === 'n1')?.name).toBe('Edited while full');
    // Nothing half-written: the stored number is still the seeded one.
    expect((await readStored(name)).numbers.find((r) => r.id === 'n1')?.doc).toMatchObject({ name: 'Hotline' });
  });

  it('quota: once space is freed the next edit saves everything and the banner goes', async () => {
    const name = uniqueName();
    const quota = quotaDatabase();
    const store = track(openStore(name, { database: quota.factory }));
    await store.ready();
    quota.state.full = true;
    store.updateNumber('n1', (n) => ({ ...n, name: 'First' }));
    await store.flush();
    quota.state.full = false;
    store.updateNumber('n2', (n) => ({ ...n, name: 'Second' }));
    await store.flush();
    expect(store.getSnapshot().status).toEqual({ kind: 'ready' });
    const stored = await readStored(name);
    expect(stored.numbers.map((r) => (r.doc as { name: string }).name).sort()).toEqual(['First', 'Second']);
  });

  it('quota on import: the import stays in memory and is stored, without a false conflict, once space is freed', async () => {
    const name = uniqueName();
    const quota = quotaDatabase();
    const store = track(openStore(name, { database: quota.factory }));
    await store.ready();
    const bundle = await store.exportBundle();
    quota.state.full = true;
    const next = { ...bundle, numbers: [{ ...bundle.numbers[0]!, name: 'Imported' }] };
    expect(await store.importBundle(JSON.stringify(next))).toEqual({ ok: true });
    expect(store.getSnapshot().status).toMatchObject({ kind: 'failed', reason: 'quota' });
    quota.state.full = false;
    store.updateWorkspace((w) => ({ ...w, name: 'Space freed' }));
    await store.flush();
    expect(store.getSnapshot().conflict).toBeNull();
    expect(store.getSnapshot().status).toEqual({ kind: 'ready' });
    const stored = await readStored(name);
    expect(stored.numbers.map((r) => [r.id, (r.doc as { name: string }).name])).toEqual([['n1', 'Imported']]);
  });

  it('IndexedDB unavailable: failed "unavailable", the demo loads in memory, edits and export work', async () => {
    const store = track(openStore(uniqueName(), { database: unavailableDatabase }));
    await store.ready();
    const snap = store.getSnapshot();
    expect(snap.status).toMatchObject({ kind: 'failed', reason: 'unavailable' });
    expect(snap.project?.numbers.map((n) => n.id)).toEqual(['n1', 'n2']);
    store.updateNumber('n2', (n) => ({ ...n, name: 'Memory only' }));
    await store.flush();
    expect((await store.exportBundle()).numbers[1]?.name).toBe('Memory only');
  });

  it('a blocked upgrade says so, then loads once the old tab lets go', async () => {
    const name = uniqueName();
    const stale = await openStaleConnection(name, 1, ['meta', 'assets']);
    const store = track(openStore(name));
    const blocked = await until(store, (s) => s.status.kind === 'failed');
    expect(blocked.status).toMatchObject({ kind: 'failed', reason: 'blocked' });
    expect(blocked.project).toBeNull();
    stale.close();
    await store.ready();
    expect(store.getSnapshot().status).toEqual({ kind: 'ready' });
    expect(store.getSnapshot().project?.numbers).toHaveLength(2);
  });

  it('a newer version opened elsewhere: this tab stops writing, keeps its edits and exports them', async () => {
    const name = uniqueName();
    const store = track(openStore(name));
    await store.ready();
    const newer = await openStaleConnection(name, DB_VERSION + 1);
    raw.push(newer);
    expect(store.getSnapshot().status).toMatchObject({ kind: 'failed', reason: 'blocked' });
    store.updateNumber('n1', (n) => ({ ...n, name: 'After the upgrade' }));
    await store.flush();
    expect((await store.exportBundle()).numbers[0]?.name).toBe('After the upgrade');
  });
});
