import { afterEach, describe, expect, it } from 'vitest';
import { StudioDB } from '../../src/store/db';
import { peekNumber } from '../../src/store/peek';
import { RESCUE_KEY } from '../../src/store/schema';
import { ENGINE_STAMP } from '../../src/store/stamp';
import type { ProjectStore } from '../../src/store/types';
import { openStore, uniqueName } from './helpers';

const open: ProjectStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});

async function stored(): Promise<string> {
  const name = uniqueName();
  const store = openStore(name);
  open.push(store);
  await store.ready();
  return name;
}

const databases = async () => (await indexedDB.databases()).map((d) => d.name);

describe('peekNumber: the designer’s first paint reads one number without the store', () => {
  it('gives the number and the workspace exactly as the store saved them', async () => {
    const name = await stored();
    const peeked = await peekNumber('n1', name);
    expect(peeked?.number).toMatchObject({ id: 'n1', flow: { nodes: expect.any(Array) } });
    expect(peeked?.workspace).toMatchObject({ name: 'Test Co' });
    expect(ENGINE_STAMP).not.toBeNull();
  });

  it('gives the latest save of the number', async () => {
    const name = uniqueName();
    const store = openStore(name);
    open.push(store);
    await store.ready();
    store.updateNumber('n1', (n) => ({ ...n, name: 'Renamed line' }));
    await store.flush();
    expect((await peekNumber('n1', name))?.number.name).toBe('Renamed line');
  });

  it('gives nothing for a number that is not stored', async () => {
    expect(await peekNumber('nope', await stored())).toBeNull();
  });

  it('gives nothing on a first visit, and leaves no database behind for the store to find', async () => {
    const name = uniqueName();
    expect(await peekNumber('n1', name)).toBeNull();
    expect(await databases()).not.toContain(name);
    // The store then starts as on any first visit: it creates the database and seeds it.
    const store = openStore(name);
    open.push(store);
    await store.ready();
    expect(store.getSnapshot().project?.numbers.map((n) => n.id)).toEqual(['n1', 'n2']);
  });

  it('gives nothing for a row another build wrote, which the store must parse first', async () => {
    const name = await stored();
    const db = new StudioDB(name);
    await db.numbers.update('n1', { stamp: 'another-build' });
    db.close();
    expect(await peekNumber('n1', name)).toBeNull();
    expect(await peekNumber('n2', name)).not.toBeNull();
  });

  it('gives nothing when the workspace was written by another build, and the next load stamps it again', async () => {
    const name = await stored();
    const db = new StudioDB(name);
    await db.workspace.update('current', { stamp: undefined });
    db.close();
    expect(await peekNumber('n1', name)).toBeNull();
    const store = openStore(name);
    open.push(store);
    await store.ready();
    expect(await peekNumber('n1', name)).not.toBeNull();
  });

  it('gives nothing while a closed tab’s unsaved edits wait to be put back: the store shows those, not what is stored', async () => {
    const name = await stored();
    localStorage.setItem(RESCUE_KEY, JSON.stringify({ dbName: name, numbers: [] }));
    try {
      expect(await peekNumber('n1', name)).toBeNull();
    } finally {
      localStorage.removeItem(RESCUE_KEY);
    }
    expect(await peekNumber('n1', name)).not.toBeNull();
  });

  it('does not stand in the way of the store opening the database meanwhile', async () => {
    const name = await stored();
    const peeking = peekNumber('n1', name);
    const store = openStore(name);
    open.push(store);
    await Promise.all([peeking, store.ready()]);
    expect(store.getSnapshot().status).toEqual({ kind: 'ready' });
  });
});
