import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectStore } from '../../src/store/types';
import { countingDatabase, nameOf, openStore, readStored, uniqueName, until } from './helpers';

const open: ProjectStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
});
/** Two tabs on one database; long autosave delays so that only explicit flushes write. */
async function twoTabs() {
  const name = uniqueName();
  const a = openStore(name, { debounceMs: 60_000, maxDelayMs: 60_000 });
  open.push(a);
  await a.ready();
  const b = openStore(name, { debounceMs: 60_000, maxDelayMs: 60_000 });
  open.push(b);
  await b.ready();
  return { name, a, b };
}

describe('two tabs on one database', () => {
  it('a tab reads back no document after its own saves, and only the changed one after another tab\'s', async () => {
    const name = uniqueName();
    const counter = { numberDocs: 0 };
    const a = openStore(name, { debounceMs: 60_000, maxDelayMs: 60_000, database: countingDatabase(counter) });
    open.push(a);
    await a.ready();
    const b = openStore(name, { debounceMs: 60_000, maxDelayMs: 60_000 });
    open.push(b);
    await b.ready();
    await new Promise((r) => setTimeout(r, 50));
    counter.numberDocs = 0;
    for (const label of ['One', 'Two', 'Three']) {
      a.updateNumber('n1', (n) => ({ ...n, name: label }));
      await a.flush();
    }
    await until(b, (s) => nameOf(s, 'n1') === 'Three');
    await new Promise((r) => setTimeout(r, 50));
    expect(counter.numberDocs).toBe(0);

    b.updateNumber('n2', (n) => ({ ...n, name: 'From B' }));
    await b.flush();
    await until(a, (s) => nameOf(s, 'n2') === 'From B');
    expect(counter.numberDocs).toBe(1);
  });

  it('a tab with no unsaved edits follows the other tab\'s saves', async () => {
    const { a, b } = await twoTabs();
    a.updateNumber('n1', (n) => ({ ...n, name: 'From A' }));
    a.addNumber({ kind: 'app', number: '+842873009876', name: 'Added in A' });
    await a.flush();
    const seen = await until(b, (s) => nameOf(s, 'n1') === 'From A');
    expect(seen.project?.numbers.map((n) => n.name)).toEqual(['From A', 'Office', 'Added in A']);
    expect(seen.conflict).toBeNull();
  });

  it('unsaved edits to a number the other tab saved are not overwritten: a conflict is raised', async () => {
    const { name, a, b } = await twoTabs();
    b.updateNumber('n1', (n) => ({ ...n, name: 'Mine (B)' }));
    a.updateNumber('n1', (n) => ({ ...n, name: 'Theirs (A)' }));
    await a.flush();
    const clash = await until(b, (s) => s.conflict !== null);
    expect(clash.conflict).toMatchObject({ numberId: 'n1', theirs: { name: 'Theirs (A)' }, mine: { name: 'Mine (B)' } });
    await b.flush();
    // B's flush did not write over A's save.
    expect((await readStored(name)).numbers.find((r) => r.id === 'n1')?.doc).toMatchObject({ name: 'Theirs (A)' });
    expect(nameOf(b.getSnapshot(), 'n1')).toBe('Mine (B)');
  });

  it('"Keep mine" writes this tab\'s version over theirs with a new rev, and the other tab follows', async () => {
    const { name, a, b } = await twoTabs();
    b.updateNumber('n1', (n) => ({ ...n, name: 'Mine (B)' }));
    a.updateNumber('n1', (n) => ({ ...n, name: 'Theirs (A)' }));
    await a.flush();
    await until(b, (s) => s.conflict !== null);
    b.resolveConflict('mine');
    await b.flush();
    expect(b.getSnapshot().conflict).toBeNull();
    const row = (await readStored(name)).numbers.find((r) => r.id === 'n1');
    expect(row).toMatchObject({ rev: 3, doc: { name: 'Mine (B)' } });
    await until(a, (s) => nameOf(s, 'n1') === 'Mine (B)');
  });

  it('"Reload theirs" drops this tab\'s edit and shows the other tab\'s', async () => {
    const { a, b } = await twoTabs();
    b.updateNumber('n1', (n) => ({ ...n, name: 'Mine (B)' }));
    a.updateNumber('n1', (n) => ({ ...n, name: 'Theirs (A)' }));
    await a.flush();
    await until(b, (s) => s.conflict !== null);
    b.resolveConflict('theirs');
    expect(b.getSnapshot().conflict).toBeNull();
    expect(nameOf(b.getSnapshot(), 'n1')).toBe('Theirs (A)');
    // And B's next edit saves on top of A's without a new conflict.
    b.updateNumber('n1', (n) => ({ ...n, name: 'After reload' }));
    await b.flush();
    expect(b.getSnapshot().conflict).toBeNull();
    await until(a, (s) => nameOf(s, 'n1') === 'After reload');
  });

  it('workspace edits reach the other tab', async () => {
    const { a, b } = await twoTabs();
    a.updateWorkspace((w) => ({ ...w, name: 'Renamed in A' }));
    await a.flush();
    await until(b, (s) => s.project?.workspace.name === 'Renamed in A');
  });

  it('saved scenarios follow the other tab, and this tab\'s unsaved one is kept', async () => {
    const { a, b } = await twoTabs();
    const call = { numberId: 'n1', from: '+84909000000', at: '2026-11-26T03:00:00Z', sipToExtension: null, serviceAvailable: true, digits: [], answers: {}, rating: null, patienceSeconds: 600 };
    b.saveScenario({ id: 'only-b', name: 'B draft', scenario: call, expect: { outcome: { kind: 'hangup' } } });
    a.saveScenario({ id: 'from-a', name: 'From A', scenario: call, expect: { outcome: { kind: 'hangup' } } });
    await a.flush();
    await until(b, (s) => s.project?.scenarios.some((x) => x.id === 'from-a') ?? false);
    expect(b.listScenarios().map((x) => x.id).sort()).toEqual(['from-a', 'only-b']);
    a.deleteScenario('from-a');
    await a.flush();
    await until(b, (s) => !(s.project?.scenarios.some((x) => x.id === 'from-a') ?? true));
    expect(b.listScenarios().map((x) => x.id)).toEqual(['only-b']);
  });

  it('a number deleted in one tab disappears from the other', async () => {
    const { a, b } = await twoTabs();
    a.deleteNumber('n2');
    await a.flush();
    const seen = await until(b, (s) => s.project?.numbers.length === 1);
    expect(seen.project?.numbers.map((n) => n.id)).toEqual(['n1']);
  });
});
