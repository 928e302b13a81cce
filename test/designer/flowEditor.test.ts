import { describe, expect, it } from 'vitest';
import type { PhoneNumber, Workspace } from '../../src/engine';
import { createFlowEditor } from '../../src/designer/flowEditor';
import { createNode } from '../../src/designer/newNode';
import { makeProject } from '../helpers/factories';

function port() {
  let n: PhoneNumber = makeProject().numbers[0]!;
  let writes = 0;
  return { get: () => n, update: (fn: (x: PhoneNumber) => PhoneNumber) => { const next = fn(n); if (next !== n) writes++; n = next; }, writes: () => writes };
}

describe('createFlowEditor', () => {
  it('sends each edit through the port and undoes and redoes it', () => {
    const p = port();
    const ed = createFlowEditor(p);
    const node = createNode(p.get().flow, 'hangup', { x: 0, y: 0 });
    expect(ed.dispatch({ type: 'addNode', node })).toBe(true);
    expect(p.writes()).toBe(1);
    expect(ed.canUndo()).toBe(true);
    expect(ed.undo()).toBe(true);
    expect(p.get().flow.nodes).toHaveLength(2);
    expect(ed.canRedo()).toBe(true);
    expect(ed.redo()).toBe(true);
    expect(p.get().flow.nodes.at(-1)).toBe(node);
  });

  it('undoes and redoes only its own step: an edit another tab saved meanwhile stays', () => {
    const p = port();
    const ed = createFlowEditor(p);
    const node = createNode(p.get().flow, 'hangup', { x: 0, y: 0 });
    ed.dispatch({ type: 'addNode', node });
    ed.dispatch({ type: 'updateNodeData', id: 'vm', data: { mailbox: 'lastRung', label: 'Mine' } }, { field: 'label' });
    // Another tab renames the incoming node and adds a node of its own; the store takes its copy in (new objects).
    const theirs = createNode(p.get().flow, 'voicemail', { x: 50, y: 50 });
    p.update((n) => {
      const copy = structuredClone(n);
      copy.flow.nodes[0] = { ...copy.flow.nodes[0]!, data: { ...copy.flow.nodes[0]!.data, label: 'Theirs' } } as typeof copy.flow.nodes[number];
      copy.flow.nodes.push(theirs);
      return copy;
    });
    ed.undo();
    ed.undo();
    const labels = (flow = p.get().flow) => flow.nodes.map((n) => `${n.id}:${n.data.label ?? ''}`);
    expect(labels()).toEqual(['in:Theirs', 'vm:', `${theirs.id}:`]);
    ed.redo();
    ed.redo();
    // A node put back goes where it stood in the step.
    expect(labels()).toEqual(['in:Theirs', 'vm:Mine', `${node.id}:`, `${theirs.id}:`]);
  });

  it('records nothing for an edit that changes nothing, or one asked not to be recorded', () => {
    const p = port();
    const ed = createFlowEditor(p);
    expect(ed.dispatch({ type: 'removeNodes', ids: ['nope'] })).toBe(false);
    ed.dispatch({ type: 'moveNodes', moves: [{ id: 'vm', position: { x: 9, y: 9 } }] }, { record: false });
    expect(ed.canUndo()).toBe(false);
  });

  it('merges typing in one field into one step, until sealed', () => {
    const p = port();
    const ed = createFlowEditor(p);
    for (const label of ['M', 'Ma', 'Mai']) ed.dispatch({ type: 'updateNodeData', id: 'vm', data: { mailbox: 'lastRung', label } }, { field: 'label' });
    ed.seal();
    ed.dispatch({ type: 'updateNodeData', id: 'vm', data: { mailbox: 'lastRung', label: 'Mail' } }, { field: 'label' });
    ed.undo();
    expect(p.get().flow.nodes[1]!.data.label).toBe('Mai');
    ed.undo();
    expect(p.get().flow.nodes[1]!.data.label).toBeUndefined();
    expect(ed.canUndo()).toBe(false);
  });

  it('undoes a restore with its settings, but a flow edit never touches settings', () => {
    const p = port();
    const ed = createFlowEditor(p);
    const before = { flow: p.get().flow, settings: p.get().settings };
    p.update((n) => ({ ...n, flow: { nodes: [], edges: [] }, settings: { ...n.settings, skipUnavailableUsers: true } }));
    ed.recordExternal(before);
    ed.undo();
    expect(p.get().settings.skipUnavailableUsers).toBe(false);
    expect(p.get().flow).toBe(before.flow);
    ed.redo();
    expect(p.get().settings.skipUnavailableUsers).toBe(true);
    ed.undo();
    ed.dispatch({ type: 'moveNodes', moves: [{ id: 'vm', position: { x: 1, y: 1 } }] });
    p.update((n) => ({ ...n, settings: { ...n.settings, backupNumber: '+84900000000' } }));
    ed.undo();
    expect(p.get().settings.backupNumber).toBe('+84900000000');
  });
});

describe('queue groups edited from the inspector', () => {
  function ports() {
    const project = makeProject();
    const number = port();
    let ws = project.workspace;
    return { ...number, workspace: { get: () => ws, update: (fn: (w: typeof ws) => typeof ws) => { ws = fn(ws); } }, ws: () => ws };
  }
  const rename = (name: string) => (w: Workspace) => ({ ...w, queues: w.queues.map((q) => (q.id === 'sales' ? { ...q, name } : q)) });

  it('are undone and redone with the flow, typing in one field as one step', () => {
    const p = ports();
    const ed = createFlowEditor(p);
    const before = p.ws().queues;
    for (const name of ['S', 'Sa', 'Sal']) expect(ed.editWorkspace(rename(name), { field: 'queue:sales:name' })).toBe(true);
    ed.seal();
    ed.dispatch({ type: 'moveNodes', moves: [{ id: 'vm', position: { x: 40, y: 40 } }] });
    expect(ed.undo()).toBe(true);
    expect(p.get().flow.nodes.find((n) => n.id === 'vm')?.position).not.toEqual({ x: 40, y: 40 });
    expect(p.ws().queues.find((q) => q.id === 'sales')?.name).toBe('Sal');
    expect(ed.undo()).toBe(true);
    expect(p.ws().queues).toBe(before);
    expect(ed.canUndo()).toBe(false);
    expect(ed.redo()).toBe(true);
    expect(p.ws().queues.find((q) => q.id === 'sales')?.name).toBe('Sal');
  });

  it('records nothing for a workspace change that leaves the queue groups as they were', () => {
    const p = ports();
    const ed = createFlowEditor(p);
    expect(ed.editWorkspace((w) => ({ ...w, name: 'Renamed' }))).toBe(false);
    expect(p.ws().name).toBe('Renamed');
    expect(ed.canUndo()).toBe(false);
  });
});
