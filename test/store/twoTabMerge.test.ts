/** Two tabs editing at the same moment: what merges, what is asked, and that nothing is lost silently. */
import { afterEach, describe, expect, it } from 'vitest';
import type { FlowNode, PhoneNumber, Workspace } from '../../src/engine';
import type { ProjectStore, StoreSnapshot } from '../../src/store/types';
import { openStore, readStored, uniqueName, until } from './helpers';

const open: ProjectStore[] = [];
afterEach(() => {
  while (open.length) open.pop()?.close();
  localStorage.clear();
});
/** A tab on database `name` that writes only when flushed; `page` stands for its window. */
async function tab(name: string, page: EventTarget | null = null) {
  const store = openStore(name, { debounceMs: 60_000, maxDelayMs: 60_000, lifecycleTarget: page });
  open.push(store);
  await store.ready();
  return store;
}
const relabel = (nodeId: string, label: string) => (n: PhoneNumber): PhoneNumber => ({
  ...n,
  flow: { ...n.flow, nodes: n.flow.nodes.map((x) => (x.id === nodeId ? { ...x, data: { ...x.data, label } } as FlowNode : x)) },
});
const labelIn = (s: StoreSnapshot, nodeId: string) => (s.project?.numbers.find((n) => n.id === 'n1')?.flow.nodes.find((x) => x.id === nodeId)?.data as { label?: string } | undefined)?.label;
async function storedLabel(name: string, nodeId: string) {
  const doc = (await readStored(name)).numbers.find((r) => r.id === 'n1')?.doc as PhoneNumber;
  return (doc.flow.nodes.find((x) => x.id === nodeId)?.data as { label?: string }).label;
}
const employeeName = (s: StoreSnapshot, id: string) => s.project?.workspace.employees.find((e) => e.id === id)?.name;
const renameEmployee = (id: string, name: string) => (w: Workspace): Workspace => ({
  ...w, employees: w.employees.map((e) => (e.id === id ? { ...e, name } : e)),
});

describe('two tabs editing one flow at the same moment', () => {
  it('edits to different nodes merge without asking, and both are stored', async () => {
    const name = uniqueName();
    const a = await tab(name);
    const b = await tab(name);
    b.updateNumber('n1', relabel('vm', 'Mailbox (B)'));
    a.updateNumber('n1', relabel('in', 'Start (A)'));
    await a.flush();
    await until(b, (s) => labelIn(s, 'in') === 'Start (A)');
    expect(b.getSnapshot().conflict).toBeNull();
    expect(labelIn(b.getSnapshot(), 'vm')).toBe('Mailbox (B)');
    await b.flush();
    expect(await storedLabel(name, 'in')).toBe('Start (A)');
    expect(await storedLabel(name, 'vm')).toBe('Mailbox (B)');
    await until(a, (s) => labelIn(s, 'vm') === 'Mailbox (B)');
  });

  it('"Keep mine" on one overlapping node keeps theirs everywhere else, and the tab whose save it replaced is told', async () => {
    const name = uniqueName();
    const a = await tab(name);
    const b = await tab(name);
    b.updateNumber('n1', relabel('vm', 'Mine (B)'));
    a.updateNumber('n1', relabel('vm', 'Theirs (A)'));
    a.updateNumber('n1', relabel('in', 'Start (A)'));
    await a.flush();
    const clash = await until(b, (s) => s.conflict !== null);
    // Named as this tab shows it, with the other tab's name: the name before either change matched neither.
    expect(clash.conflict?.overlaps).toEqual(['“Mine (B)” (“Theirs (A)” in the other tab)']);
    b.resolveConflict('mine');
    await b.flush();
    expect(await storedLabel(name, 'vm')).toBe('Mine (B)');
    expect(await storedLabel(name, 'in')).toBe('Start (A)');
    const told = await until(a, (s) => s.notices.length > 0);
    // Named as that tab had it: its own change, now replaced.
    expect(told.notices.map((n) => n.text)).toEqual(['Another tab replaced your change to “Theirs (A)” (now “Mine (B)”).']);
    expect(labelIn(told, 'vm')).toBe('Mine (B)');
    expect(b.getSnapshot().notices).toEqual([]);
  });

  it('a node changed here and deleted in the other tab is named so; "Keep mine" brings it back and tells that tab', async () => {
    const name = uniqueName();
    const a = await tab(name);
    const b = await tab(name);
    b.updateNumber('n1', relabel('vm', 'Mine (B)'));
    a.updateNumber('n1', (n) => ({ ...n, flow: { nodes: n.flow.nodes.filter((x) => x.id !== 'vm'), edges: n.flow.edges.filter((e) => e.source !== 'vm' && e.target !== 'vm') } }));
    await a.flush();
    const clash = await until(b, (s) => s.conflict !== null);
    expect(clash.conflict?.overlaps).toEqual(['“Mine (B)” (deleted in the other tab)']);
    b.resolveConflict('mine');
    await b.flush();
    expect(await storedLabel(name, 'vm')).toBe('Mine (B)');
    const told = await until(a, (s) => s.notices.length > 0);
    expect(told.notices.map((n) => n.text)).toEqual(['Another tab replaced your change to “Voicemail (vm)” (you had deleted it: it is back as “Mine (B)”).']);
    expect(labelIn(told, 'vm')).toBe('Mine (B)');
  });

  it('a node deleted here and renamed in the other tab is named as this tab knew it, with the other tab\'s name', async () => {
    const name = uniqueName();
    const a = await tab(name);
    const b = await tab(name);
    b.updateNumber('n1', (n) => ({ ...n, flow: { nodes: n.flow.nodes.filter((x) => x.id !== 'vm'), edges: n.flow.edges.filter((e) => e.source !== 'vm' && e.target !== 'vm') } }));
    a.updateNumber('n1', relabel('vm', 'Theirs (A)'));
    await a.flush();
    const clash = await until(b, (s) => s.conflict !== null);
    expect(clash.conflict?.overlaps).toEqual(['“Voicemail (vm)” (deleted here; “Theirs (A)” in the other tab)']);
  });

  it('a reload of the tab in conflict does not write its edit over the other tab\'s newer save: it is offered again', async () => {
    const name = uniqueName();
    const a = await tab(name);
    const page = new EventTarget();
    const b = await tab(name, page);
    b.updateNumber('n1', relabel('vm', 'Mine (B)'));
    a.updateNumber('n1', relabel('vm', 'Theirs (A)'));
    await a.flush();
    await until(b, (s) => s.conflict !== null);
    // A saves once more; B has not chosen.
    a.updateNumber('n1', relabel('vm', 'Theirs again (A)'));
    await a.flush();
    await until(b, (s) => s.conflict?.theirs.flow.nodes.some((x) => (x.data as { label?: string }).label === 'Theirs again (A)') ?? false);

    // Leaving B is asked about, then it goes anyway: its edit is stashed, not written.
    const leave = new Event('beforeunload', { cancelable: true });
    page.dispatchEvent(leave);
    expect(leave.defaultPrevented).toBe(true);
    page.dispatchEvent(new Event('pagehide'));
    await b.flush();
    b.close();
    expect(await storedLabel(name, 'vm')).toBe('Theirs again (A)');

    const reloaded = await tab(name);
    const offered = await until(reloaded, (s) => s.conflict !== null);
    expect(offered.conflict).toMatchObject({ numberId: 'n1', overlaps: ['“Mine (B)” (“Theirs again (A)” in the other tab)'] });
    expect(labelIn(offered, 'vm')).toBe('Mine (B)');
    await reloaded.flush();
    expect(await storedLabel(name, 'vm')).toBe('Theirs again (A)');
    expect(labelIn(a.getSnapshot(), 'vm')).toBe('Theirs again (A)');

    // And the user's choice is what decides.
    reloaded.resolveConflict('mine');
    await reloaded.flush();
    expect(await storedLabel(name, 'vm')).toBe('Mine (B)');
  });

  it('a reload puts back a stashed edit merged with what another tab saved since, when they touch different nodes', async () => {
    const name = uniqueName();
    const a = await tab(name);
    const page = new EventTarget();
    const b = await tab(name, page);
    b.updateNumber('n1', relabel('vm', 'Mine (B)'));
    page.dispatchEvent(new Event('pagehide'));
    b.close(); // its write never committed
    a.updateNumber('n1', relabel('in', 'Start (A)'));
    await a.flush();

    const reloaded = await tab(name);
    await until(reloaded, (s) => labelIn(s, 'vm') === 'Mine (B)');
    expect(reloaded.getSnapshot().conflict).toBeNull();
    await reloaded.flush();
    expect(await storedLabel(name, 'vm')).toBe('Mine (B)');
    expect(await storedLabel(name, 'in')).toBe('Start (A)');
  });
});

describe('two tabs editing the workspace at the same moment', () => {
  it('edits to different employees merge: both are stored and neither tab\'s field reverts', async () => {
    const name = uniqueName();
    const a = await tab(name);
    const b = await tab(name);
    a.updateWorkspace(renameEmployee('anna', 'Anna (A)'));
    b.updateWorkspace(renameEmployee('binh', 'Binh (B)'));
    await a.flush();
    await b.flush();
    const ws = (await readStored(name)).workspace[0]?.doc as { employees: { id: string; name: string }[] };
    expect(ws.employees.map((e) => e.name)).toEqual(['Anna (A)', 'Binh (B)', 'Chi']);
    expect(employeeName(b.getSnapshot(), 'anna')).toBe('Anna (A)');
    expect(employeeName(b.getSnapshot(), 'binh')).toBe('Binh (B)');
    const seen = await until(a, (s) => employeeName(s, 'binh') === 'Binh (B)');
    expect(employeeName(seen, 'anna')).toBe('Anna (A)');
    expect([...a.getSnapshot().notices, ...b.getSnapshot().notices]).toEqual([]);
  });

  it('an edit to the same employee\'s same field that cannot be applied is not dropped silently', async () => {
    const name = uniqueName();
    const a = await tab(name);
    const b = await tab(name);
    a.updateWorkspace(renameEmployee('anna', 'Anna (A)'));
    b.updateWorkspace(renameEmployee('anna', 'Anna (B)'));
    b.updateWorkspace((w) => ({ ...w, name: 'Renamed in B' }));
    await a.flush();
    await b.flush();
    const ws = (await readStored(name)).workspace[0]?.doc as { name: string; employees: { id: string; name: string }[] };
    expect(ws.employees[0]?.name).toBe('Anna (A)');
    expect(ws.name).toBe('Renamed in B');
    expect(b.getSnapshot().notices.map((n) => n.text)).toEqual(['Another tab changed “Anna” at the same moment: your change to it was not saved.']);
    b.dismissNotice(b.getSnapshot().notices[0]!.id);
    expect(b.getSnapshot().notices).toEqual([]);
  });
});
