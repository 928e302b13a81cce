import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProjectStore } from '../../src/store/types';
import { StudioDB } from '../../src/store/db';
import { ENGINE_STAMP } from '../../src/store/stamp';
import { nameOf, openStore, readStored, uniqueName, until } from './helpers';

const open: ProjectStore[] = [];
function track(store: ProjectStore) {
  open.push(store);
  return store;
}
afterEach(() => {
  vi.useRealTimers();
  while (open.length) open.pop()?.close();
});

describe('createProjectStore: loading', () => {
  it('is loading with no project, then seeds an empty database with the demo bundle', async () => {
    const name = uniqueName();
    const store = track(openStore(name));
    expect(store.getSnapshot().project).toBeNull();
    expect(store.getSnapshot().status).toEqual({ kind: 'loading' });
    await store.ready();
    const snap = store.getSnapshot();
    expect(snap.status).toEqual({ kind: 'ready' });
    expect(snap.project?.numbers.map((n) => n.id)).toEqual(['n1', 'n2']);
    const stored = await readStored(name);
    expect(stored.numbers.map((r) => [r.id, r.rev])).toEqual([['n1', 1], ['n2', 1]]);
    expect(stored.workspace[0]?.doc).toMatchObject({ name: 'Test Co' });
  });

  it('seeds only once: a second visit loads what was saved, not the demo again', async () => {
    const name = uniqueName();
    const first = track(openStore(name));
    await first.ready();
    first.updateNumber('n1', (n) => ({ ...n, name: 'Renamed' }));
    await first.flush();
    first.close();
    const seed = vi.fn(async () => ({}));
    const second = track(openStore(name, { seed }));
    await second.ready();
    expect(seed).not.toHaveBeenCalled();
    expect(nameOf(second.getSnapshot(), 'n1')).toBe('Renamed');
  });

  it('unwraps a JSON module ({ default: bundle }) as import() gives it', async () => {
    const { seedProject } = await import('./helpers');
    const store = track(openStore(uniqueName(), { seed: async () => ({ default: seedProject() }) }));
    await store.ready();
    expect(store.getSnapshot().project?.workspace.name).toBe('Test Co');
  });
});

describe('createProjectStore: quarantine', () => {
  /**
   * Seeds a database, stores `text` as number n2's document behind the store's back (as an
   * earlier build of the app wrote it, unless `stamp` says otherwise), and opens the store again.
   */
  async function reopenWithN2Stored(text: string, stamp: string | null = 'an earlier build') {
    const name = uniqueName();
    const first = track(openStore(name));
    await first.ready();
    first.close();
    const db = new StudioDB(name);
    await db.numbers.update('n2', { doc: text, stamp: stamp ?? undefined });
    db.close();
    const second = track(openStore(name));
    await second.ready();
    return { name, snap: second.getSnapshot() };
  }

  it('sets a stored number that no longer parses aside, reports it, and loads the rest', async () => {
    const { name, snap } = await reopenWithN2Stored(JSON.stringify({ id: 'n2', kind: 'rented', number: '+842873001234', name: 42 }));
    expect(snap.project?.numbers.map((n) => n.id)).toEqual(['n1']);
    expect(snap.quarantined).toEqual([{ table: 'numbers', key: 'n2', issues: [expect.objectContaining({ path: 'numbers[0].name' })] }]);
    const stored = await readStored(name);
    expect(stored.quarantine[0]?.doc).toMatchObject({ id: 'n2', name: 42 });
  });

  it('sets a stored number whose text is not JSON aside as it was, even one this build wrote, and loads the rest', async () => {
    const { name, snap } = await reopenWithN2Stored('{"id": "n2", "name": "Cut off', ENGINE_STAMP);
    expect(snap.project?.numbers.map((n) => n.id)).toEqual(['n1']);
    expect(snap.quarantined).toEqual([{ table: 'numbers', key: 'n2', issues: [expect.objectContaining({ path: '(root)' })] }]);
    expect((await readStored(name)).quarantine[0]?.doc).toBe('{"id": "n2", "name": "Cut off');
  });
});

describe('createProjectStore: reading back what this build wrote', () => {
  /** n2 as stored by the seed, with a field no schema knows added, stamped `stamp`. */
  async function reopenWithN2Extended(stamp: string | undefined) {
    const name = uniqueName();
    const first = track(openStore(name));
    await first.ready();
    first.close();
    const db = new StudioDB(name);
    const row = (await db.numbers.get('n2'))!;
    await db.numbers.put({ ...row, doc: JSON.stringify({ ...JSON.parse(row.doc), unknownField: 'kept' }), stamp });
    db.close();
    const second = track(openStore(name));
    await second.ready();
    return { name, number: second.getSnapshot().project?.numbers.find((n) => n.id === 'n2') as Record<string, unknown> | undefined };
  }

  it('stamps every number it writes with this build, and reads such a number back as written, without parsing it again', async () => {
    expect(ENGINE_STAMP).toMatch(/^[0-9a-f]{16}$/);
    const { name, number } = await reopenWithN2Extended(ENGINE_STAMP!);
    // Parsing would have dropped the field no schema knows.
    expect(number?.unknownField).toBe('kept');
    expect((await readStored(name)).numbers.map((r) => r.stamp)).toEqual([ENGINE_STAMP, ENGINE_STAMP]);
  });

  it('parses a number another build wrote, then stores it again as this build reads it, under the same rev', async () => {
    const { name, number } = await reopenWithN2Extended('an earlier build');
    expect(number).toBeDefined();
    expect(number).not.toHaveProperty('unknownField');
    const row = (await readStored(name)).numbers.find((r) => r.id === 'n2');
    expect(row).toMatchObject({ rev: 1, stamp: ENGINE_STAMP });
    expect(JSON.parse(row!.text)).toEqual(number);
  });
});

describe('createProjectStore: autosave', () => {
  it('writes a burst of edits no later than 500 ms after the first one', async () => {
    const name = uniqueName();
    const store = track(openStore(name));
    await store.ready();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    for (let i = 1; i <= 4; i++) {
      store.updateNumber('n1', (n) => ({ ...n, name: `Typing ${i}` }));
      vi.advanceTimersByTime(120);
    }
    // 480 ms after the first edit, the typing has kept postponing the write…
    expect(store.getSnapshot().saving).toBe(false);
    vi.advanceTimersByTime(20);
    // …but at 500 ms it goes out regardless.
    expect(store.getSnapshot().saving).toBe(true);
    await until(store, (s) => s.lastSavedAt !== null && !s.saving);
    vi.useRealTimers();
    const stored = await readStored(name);
    expect(stored.numbers.find((r) => r.id === 'n1')?.doc).toMatchObject({ name: 'Typing 4' });
    expect(stored.numbers.find((r) => r.id === 'n1')?.rev).toBe(2);
  });

  it('flushes at once when the page is hidden or closed', async () => {
    const name = uniqueName();
    const target = new EventTarget();
    const store = track(openStore(name, { lifecycleTarget: target }));
    await store.ready();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    store.updateWorkspace((w) => ({ ...w, name: 'Closing Co' }));
    target.dispatchEvent(new Event('pagehide'));
    expect(store.getSnapshot().saving).toBe(true);
    await until(store, (s) => !s.saving);
    vi.useRealTimers();
    expect((await readStored(name)).workspace[0]?.doc).toMatchObject({ name: 'Closing Co' });
  });

  it('flushes when the tab is hidden', async () => {
    const name = uniqueName();
    const store = track(openStore(name, { lifecycleTarget: new EventTarget() }));
    await store.ready();
    store.updateNumber('n2', (n) => ({ ...n, name: 'Hidden tab' }));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
    expect(store.getSnapshot().saving).toBe(true);
    await until(store, (s) => !s.saving);
    expect((await readStored(name)).numbers.find((r) => r.id === 'n2')?.doc).toMatchObject({ name: 'Hidden tab' });
  });

  it('does not write when nothing changed', async () => {
    const name = uniqueName();
    const store = track(openStore(name));
    await store.ready();
    store.updateNumber('n1', (n) => n);
    await store.flush();
    expect(store.getSnapshot().lastSavedAt).toBeNull();
    expect((await readStored(name)).numbers.find((r) => r.id === 'n1')?.rev).toBe(1);
  });
});
