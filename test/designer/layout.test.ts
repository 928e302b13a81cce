import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Workspace } from '../../src/engine';
import type { Flow } from '../../src/engine';
import { EMPTY_WORKSPACE, isAbort, layoutFlow, needsLayout, placeMissingNodes } from '../../src/designer/layout';
import { diffFlows, describeDiff, sameShape } from '../../src/designer/flowDiff';
import { applyFlowChange } from '../../src/designer/flowChanges';
import { makeFlow } from '../helpers/factories';

const chain = () =>
  makeFlow([{ id: 'in', type: 'incoming' }, { id: 'h', type: 'hours' }, { id: 'a', type: 'voicemail' }, { id: 'b', type: 'hangup' }],
    [['in', 'next', 'h'], ['h', 'open', 'a'], ['h', 'closed', 'b']]) as Flow;

describe('the empty workspace that node sizes are measured against', () => {
  it('is what the schema gives for a workspace with a name only (written out so the canvas loads no zod)', () => {
    expect(EMPTY_WORKSPACE).toEqual(Workspace.parse({ name: '' }));
  });
});

describe('auto-layout', () => {
  it('lays a flow out top to bottom: each node below the one that leads to it', async () => {
    const f = chain();
    const g = await layoutFlow({ ...f, nodes: f.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) });
    const y = (id: string) => g.nodes.find((n) => n.id === id)!.position!.y;
    expect(y('h')).toBeGreaterThan(y('in'));
    expect(y('a')).toBeGreaterThan(y('h'));
    expect(y('b')).toBe(y('a'));
  });

  it('places only the nodes that have no position', async () => {
    const f = chain();
    const partial: Flow = { ...f, nodes: f.nodes.map((n) => (n.id === 'b' ? { ...n, position: undefined } : n)) };
    expect(needsLayout(partial)).toBe(true);
    const g = await placeMissingNodes(partial);
    expect(needsLayout(g)).toBe(false);
    g.nodes.slice(0, 3).forEach((n, i) => expect(n).toBe(partial.nodes[i]));
    expect(await placeMissingNodes(f)).toBe(f);
  });
});

describe('sameShape: what a layout depends on', () => {
  it('ignores labels and positions, not a node or connection added or removed', () => {
    const flow = makeFlow([{ id: 'in', type: 'incoming' }, { id: 'end', type: 'hangup' }], [['in', 'next', 'end']]) as Flow;
    const relabelled: Flow = { ...flow, nodes: flow.nodes.map((n) => (n.id === 'end' ? { ...n, data: { label: 'Bye' }, position: { x: 1, y: 2 } } as typeof n : n)) };
    expect(sameShape(relabelled, flow)).toBe(true);
    expect(sameShape({ ...flow, edges: [] }, flow)).toBe(false);
    expect(sameShape({ ...flow, nodes: flow.nodes.slice(0, 1) }, flow)).toBe(false);
  });
});

describe('diffFlows', () => {
  it('names what the draft added, removed, changed and moved since a revision', () => {
    const rev = chain();
    let draft = applyFlowChange(rev, { type: 'removeNodes', ids: ['b'] });
    draft = applyFlowChange(draft, { type: 'addNode', node: { id: 'x', type: 'hangup', position: { x: 1, y: 1 }, data: {} } });
    draft = applyFlowChange(draft, { type: 'updateNodeData', id: 'a', data: { mailbox: null } });
    draft = applyFlowChange(draft, { type: 'moveNodes', moves: [{ id: 'h', position: { x: 50, y: 50 } }] });
    const d = diffFlows(rev, draft);
    expect(d.added.map((n) => n.id)).toEqual(['x']);
    expect(d.removed.map((n) => n.id)).toEqual(['b']);
    expect(d.changed.map((n) => n.id)).toEqual(['a']);
    expect(d.moved.map((n) => n.id)).toEqual(['h']);
    expect(describeDiff(d)).toBe('1 node added, 1 removed, 1 changed, 1 moved, 1 connection change');
    expect(describeDiff(diffFlows(rev, rev))).toBe('No changes');
  });
});

/** A stand-in for the browser's Worker: records what the page sends and lets the test reply. */
class FakeWorker {
  static last: FakeWorker | null = null;
  sent: unknown[] = [];
  terminated = false;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  constructor(readonly url: URL, readonly options: WorkerOptions) {
    FakeWorker.last = this;
  }
  postMessage(data: unknown) { this.sent.push(data); }
  terminate() { this.terminated = true; }
}

describe('auto-layout off the page', () => {
  beforeEach(() => {
    FakeWorker.last = null;
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends ELK the nodes\' sizes and the connections in a module worker, takes its positions and ends it', async () => {
    const laid = layoutFlow(chain());
    const worker = FakeWorker.last!;
    expect(worker.options.type).toBe('module');
    expect(String(worker.url)).toMatch(/layout\.worker\.ts/);
    const graph = worker.sent[0] as { nodes: { id: string; width: number }[]; edges: { source: string; target: string }[] };
    expect(graph.nodes.map((n) => n.id)).toEqual(['in', 'h', 'a', 'b']);
    expect(graph.nodes.every((n) => n.width > 0)).toBe(true);
    expect(graph.edges).toContainEqual(expect.objectContaining({ source: 'h', target: 'b' }));
    worker.onmessage!({ data: { nodes: [{ id: 'in', x: 10, y: 0 }, { id: 'h', x: 10, y: 200 }, { id: 'a', x: 0, y: 400 }, { id: 'b', x: 300, y: 400 }] } });
    expect((await laid).nodes.find((n) => n.id === 'b')!.position).toEqual({ x: 300, y: 400 });
    expect(worker.terminated).toBe(true);
  });

  it('cancelling ends the worker and rejects with an AbortError', async () => {
    const job = new AbortController();
    const laid = layoutFlow(chain(), { signal: job.signal });
    job.abort();
    const e: unknown = await laid.catch((err: unknown) => err);
    expect(isAbort(e)).toBe(true);
    expect(FakeWorker.last!.terminated).toBe(true);
  });

  it('rejects with the worker\'s error', async () => {
    const laid = placeMissingNodes({ ...chain(), nodes: chain().nodes.map(({ position: _, ...n }) => n) });
    FakeWorker.last!.onmessage!({ data: { error: 'ELK broke' } });
    await expect(laid).rejects.toThrow('ELK broke');
  });
});

describe('auto-layout on the page (no workers, as in jsdom)', () => {
  it('a layout cancelled before ELK starts leaves nothing changed', async () => {
    const job = new AbortController();
    const laid = layoutFlow(chain(), { signal: job.signal });
    job.abort();
    expect(isAbort(await laid.catch((err: unknown) => err))).toBe(true);
  });
});
