import { afterEach, describe, expect, it } from 'vitest';
import { SavedScenario } from '../../src/engine';
import { openStore, uniqueName, until } from './helpers';

afterEach(() => localStorage.clear());

describe('edits made just before the tab closes', () => {
  it('are stashed on pagehide and put back by the next load, which saves them', async () => {
    const name = uniqueName();
    const page = new EventTarget();
    const first = openStore(name, { lifecycleTarget: page, debounceMs: 60_000, maxDelayMs: 60_000 });
    await first.ready();
    first.updateWorkspace((w) => ({ ...w, plan: 'free' }));
    first.updateNumber('n1', (n) => ({ ...n, name: 'Renamed just before closing' }));
    first.saveScenario(SavedScenario.parse({
      id: 's-late', name: 'Saved just before closing',
      scenario: { numberId: 'n1', from: '+84909000000', at: '2026-11-26T03:00:00Z' },
      expect: { outcome: { kind: 'voicemail', mailboxEmployeeId: null } },
    }));
    // The tab closes: its IndexedDB write may never commit, so the edits must be in localStorage already.
    page.dispatchEvent(new Event('pagehide'));
    expect(localStorage.length).toBe(1);
    first.close();

    // A store that never saw those edits written (a fresh database of the same name would be the
    // worst case; here the same name, whatever the first write managed).
    const second = openStore(name);
    const snap = await until(second, (s) => s.project?.workspace.plan === 'free');
    expect(snap.project?.numbers.find((n) => n.id === 'n1')?.name).toBe('Renamed just before closing');
    expect(snap.project?.scenarios.map((x) => x.name)).toContain('Saved just before closing');
    expect(localStorage.length).toBe(0);
    await second.flush();
    second.close();

    const third = openStore(name);
    const reloaded = await until(third, (s) => s.project !== null);
    expect(reloaded.project?.workspace.plan).toBe('free');
    expect(reloaded.project?.numbers.find((n) => n.id === 'n1')?.name).toBe('Renamed just before closing');
    expect(reloaded.project?.scenarios.map((x) => x.name)).toContain('Saved just before closing');
    third.close();
  });

  it('ignore a stash left for another database, and one that does not parse', async () => {
    localStorage.setItem('callflow-studio:unsaved-edits', JSON.stringify({ dbName: 'someone-else', workspace: { name: 'X', plan: 'free' }, numbers: [] }));
    const store = openStore(uniqueName());
    const snap = await until(store, (s) => s.project !== null);
    expect(snap.project?.workspace.plan).toBe('professional');
    store.close();

    const name = uniqueName();
    localStorage.setItem('callflow-studio:unsaved-edits', JSON.stringify({ dbName: name, workspace: { name: 42 }, numbers: [] }));
    const other = openStore(name);
    const snap2 = await until(other, (s) => s.project !== null);
    expect(snap2.project?.workspace.name).toBe('Test Co');
    other.close();
  });
});
