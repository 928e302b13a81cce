import { describe, expect, it } from 'vitest';
import { makeFlow } from '../helpers/factories';
import { readStored, uniqueName, readyStores } from './helpers';

const ready = readyStores();

describe('numbers', () => {
  it('adds a number with a starter flow, duplicates it, deletes it and restores it with Undo', async () => {
    const name = uniqueName();
    const s = await ready(name);
    const added = s.addNumber({ kind: 'app', number: '+842873009876', name: 'New' });
    expect(added.flow.nodes.map((n) => n.type)).toEqual(['incoming']);
    const copy = s.duplicateNumber('n1');
    expect(copy?.name).toBe('Hotline (copy)');
    expect(copy?.flow).toEqual(s.getSnapshot().project?.numbers[0]?.flow);
    const deleted = s.deleteNumber('n1');
    expect(s.getSnapshot().project?.numbers.map((n) => n.name)).toEqual(['Office', 'New', 'Hotline (copy)']);
    await s.flush();
    s.restoreNumber(deleted!);
    await s.flush();
    expect(s.getSnapshot().project?.numbers.map((n) => n.name)).toEqual(['Hotline', 'Office', 'New', 'Hotline (copy)']);
    const stored = await readStored(name);
    expect(stored.numbers.sort((x, y) => x.position - y.position).map((r) => (r.doc as { name: string }).name)).toEqual(['Hotline', 'Office', 'New', 'Hotline (copy)']);
  });

  it('S5 a copy of a number whose disconnection is pending is a connected line of its own', async () => {
    const s = await ready();
    s.updateNumber('n1', (n) => ({ ...n, status: 'disconnect_pending', disconnectRequestedAt: '2026-11-26T10:00:00Z' }));
    const copy = s.duplicateNumber('n1', { number: '+842871238888', name: 'Copy' })!;
    expect(copy).toMatchObject({ status: 'active', disconnectRequestedAt: null, disconnectedAt: null });
    expect(s.getSnapshot().project!.numbers[0]).toMatchObject({ status: 'disconnect_pending' });
  });
});

describe('revisions', () => {
  it('refuses to publish while the flow has errors, and says why', async () => {
    const s = await ready();
    s.updateNumber('n2', (n) => ({ ...n, flow: makeFlow([{ id: 'emp', type: 'employee', data: { employeeId: 'nobody' } }]) as typeof n.flow }));
    const result = await s.publishRevision('n2', 'v1');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/error/);
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues.every((i) => i.severity === 'error')).toBe(true);
    expect(await s.listRevisions('n2')).toEqual([]);
  });

  it('refuses a second revision of a number with the same name, whatever its case', async () => {
    const s = await ready();
    expect((await s.publishRevision('n1', 'v1')).ok).toBe(true);
    const again = await s.publishRevision('n1', ' V1 ');
    expect(again).toMatchObject({ ok: false, reason: expect.stringContaining('already has a revision named “V1”') });
    expect((await s.publishRevision('n2', 'v1')).ok).toBe(true);
    expect((await s.listRevisions('n1')).map((r) => r.name)).toEqual(['v1']);
  });

  it('publishes a snapshot and restores it after later edits', async () => {
    const s = await ready();
    const published = await s.publishRevision('n1', '  Launch  ');
    expect(published.ok).toBe(true);
    if (!published.ok) return;
    expect(published.revision.name).toBe('Launch');
    s.updateNumber('n1', (n) => ({ ...n, flow: { nodes: [], edges: [] }, settings: { ...n.settings, backupNumber: '+842873000000' } }));
    expect(await s.listRevisions('n1')).toEqual([published.revision]);
    expect(await s.restoreRevision(published.revision.id)).toBe(true);
    const n1 = s.getSnapshot().project?.numbers[0];
    expect(n1?.flow).toEqual(published.revision.flow);
    expect(n1?.settings.backupNumber).toBeNull();
  });

  it('an import, which replaces the workspace, takes the old revisions and call log with it, also in a new tab', async () => {
    const name = uniqueName();
    const s = await ready(name);
    expect((await s.publishRevision('n1', 'Old company')).ok).toBe(true);
    const scenario = { numberId: 'n1', from: '+84909000000', at: '2026-11-26T03:00:00Z' };
    await s.logCall({ numberId: 'n1', scenario: scenario as never, result: { outcome: { kind: 'hangup' } } as never });
    // A bundle of another company whose number has the same id.
    const bundle = await s.exportBundle();
    expect(await s.importBundle(JSON.stringify({ ...bundle, workspace: { ...bundle.workspace, name: 'Other Co' } }))).toEqual({ ok: true });
    expect(await s.listRevisions('n1')).toEqual([]);
    expect(await s.listCalls('n1')).toEqual([]);
    s.close();
    const reopened = await ready(name);
    expect(await reopened.listRevisions('n1')).toEqual([]);
    expect(await reopened.listCalls()).toEqual([]);
  });
});

describe('scenarios and call log', () => {
  it('stores saved scenarios per number', async () => {
    const name = uniqueName();
    const s = await ready(name);
    const scenario = { numberId: 'n2', from: '+84909000000', at: '2026-11-26T03:00:00Z', sipToExtension: null, serviceAvailable: true, digits: [], answers: {}, rating: null, patienceSeconds: 600 };
    s.saveScenario({ id: 'sc', name: 'Test', scenario, expect: { outcome: { kind: 'hangup' } } });
    expect(s.listScenarios('n2').map((x) => x.id)).toEqual(['sc']);
    expect(s.listScenarios('n1')).toEqual([]);
    await s.flush();
    expect((await readStored(name)).scenarios).toEqual([expect.objectContaining({ id: 'sc', numberId: 'n2' })]);
  });

  it('logs simulated calls, newest first', async () => {
    const s = await ready();
    const scenario = { numberId: 'n1', from: '+84909000000', at: '2026-11-26T03:00:00Z', sipToExtension: null, serviceAvailable: true, digits: [], answers: {}, rating: null, patienceSeconds: 600 };
    const result = { outcome: { kind: 'hangup' as const }, path: ['in'], events: [], durationSeconds: 1, recording: { made: false, accessible: false, announced: false, transcribed: false }, rating: null, crm: { recordId: null, leadCreated: null }, callbacks: [], usage: { recordings: { month: '2026-11', count: 0 }, queueCursor: {} } };
    await s.logCall({ numberId: 'n1', scenario, result, at: '2026-11-26T10:00:00Z' });
    await s.logCall({ numberId: 'n1', scenario, result, at: '2026-11-26T11:00:00Z' });
    await s.logCall({ numberId: 'n2', scenario, result, at: '2026-11-26T12:00:00Z' });
    expect((await s.listCalls('n1')).map((c) => c.at)).toEqual(['2026-11-26T11:00:00Z', '2026-11-26T10:00:00Z']);
    expect(await s.listCalls(undefined, 1)).toHaveLength(1);
  });
});
