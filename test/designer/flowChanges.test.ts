import { describe, expect, it } from 'vitest';
import type { Flow, FlowNode } from '../../src/engine';
import { applyFlowChange } from '../../src/designer/flowChanges';
import { connectionProblem } from '../../src/designer/connections';
import { createNode } from '../../src/designer/newNode';
import { makeFlow } from '../helpers/factories';

const base = (): Flow =>
  makeFlow(
    [
      { id: 'in', type: 'incoming' },
      { id: 'menu', type: 'ivr', data: { options: [{ digit: '1', label: 'Sales' }, { digit: '2', label: 'Support' }] } },
      { id: 'sales', type: 'queue', data: { queueId: 'sales' } },
      { id: 'vm', type: 'voicemail' },
    ],
    [['in', 'next', 'menu'], ['menu', '1', 'sales'], ['menu', '2', 'vm'], ['sales', 'noAnswer', 'vm']],
  ) as Flow;

const node = (f: Flow, id: string) => f.nodes.find((n) => n.id === id)!;

describe('applyFlowChange', () => {
  it('adds a node and keeps every other node and the edge list as they were', () => {
    const f = base();
    const added = createNode(f, 'hangup', { x: 10, y: 20 });
    const g = applyFlowChange(f, { type: 'addNode', node: added });
    expect(g.nodes).toHaveLength(5);
    expect(g.nodes.at(-1)).toMatchObject({ id: 'hangup-1', type: 'hangup', position: { x: 10, y: 20 } });
    g.nodes.slice(0, 4).forEach((n, i) => expect(n).toBe(f.nodes[i]));
    expect(g.edges).toBe(f.edges);
  });

  it('refuses to add a node whose id is taken', () => {
    const f = base();
    expect(applyFlowChange(f, { type: 'addNode', node: { ...node(f, 'vm') } })).toBe(f);
  });

  it('removes nodes with every edge into or out of them', () => {
    const f = base();
    const g = applyFlowChange(f, { type: 'removeNodes', ids: ['sales'] });
    expect(g.nodes.map((n) => n.id)).toEqual(['in', 'menu', 'vm']);
    expect(g.edges.map((e) => `${e.source}.${e.sourceHandle}>${e.target}`)).toEqual(['in.next>menu', 'menu.2>vm']);
    expect(node(g, 'menu')).toBe(node(f, 'menu'));
  });

  it('moves only the nodes named, and returns the same flow when nothing moves', () => {
    const f = base();
    const g = applyFlowChange(f, { type: 'moveNodes', moves: [{ id: 'vm', position: { x: 300, y: 5 } }] });
    expect(node(g, 'vm').position).toEqual({ x: 300, y: 5 });
    expect(node(g, 'menu')).toBe(node(f, 'menu'));
    expect(applyFlowChange(g, { type: 'moveNodes', moves: [{ id: 'vm', position: { x: 300, y: 5 } }] })).toBe(g);
  });

  it('updates data, moves the edges it is told to another handle and drops edges of a removed one', () => {
    const f = base();
    const menu = node(f, 'menu') as Extract<FlowNode, { type: 'ivr' }>;
    const data = { ...menu.data, options: [{ digit: '3' as const, label: 'Sales' }] };
    const sales = f.edges.find((e) => e.source === 'menu' && e.sourceHandle === '1')!;
    const g = applyFlowChange(f, { type: 'updateNodeData', id: 'menu', data, moveEdges: { [sales.id]: '3' } });
    expect(node(g, 'menu').data).toBe(data);
    expect(g.edges.filter((e) => e.source === 'menu').map((e) => [e.sourceHandle, e.target])).toEqual([['3', 'sales']]);
    expect(node(g, 'vm')).toBe(node(f, 'vm'));
  });

  it('keeps the edge list itself when a data edit leaves every handle', () => {
    const f = base();
    const g = applyFlowChange(f, { type: 'updateNodeData', id: 'vm', data: { ...node(f, 'vm').data, label: 'Box' } as FlowNode['data'] });
    expect(g.edges).toBe(f.edges);
    expect(node(g, 'vm').data).toMatchObject({ label: 'Box' });
  });

  it('connects a free handle, and replaces the edge of a handle already in use', () => {
    const f = applyFlowChange(base(), { type: 'disconnect', source: 'sales', sourceHandle: 'noAnswer' });
    expect(f.edges.some((e) => e.source === 'sales')).toBe(false);
    const g = applyFlowChange(f, { type: 'connect', source: 'sales', sourceHandle: 'noAnswer', target: 'vm' });
    expect(g.edges.filter((e) => e.source === 'sales')).toEqual([expect.objectContaining({ target: 'vm', sourceHandle: 'noAnswer' })]);
    const h = applyFlowChange(g, { type: 'connect', source: 'menu', sourceHandle: '1', target: 'vm' });
    expect(h.edges.filter((e) => e.source === 'menu' && e.sourceHandle === '1').map((e) => e.target)).toEqual(['vm']);
    expect(h.edges).toHaveLength(g.edges.length);
  });

  it('gives a new edge an id no node or edge has', () => {
    const f = applyFlowChange(base(), { type: 'disconnect', source: 'sales', sourceHandle: 'noAnswer' });
    const g = applyFlowChange(f, { type: 'connect', source: 'sales', sourceHandle: 'noAnswer', target: 'vm' });
    const ids = [...g.nodes.map((n) => n.id), ...g.edges.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses edges into the inbound call node, from handles a node lacks, and to missing nodes', () => {
    const f = base();
    expect(applyFlowChange(f, { type: 'connect', source: 'sales', sourceHandle: 'noAnswer', target: 'in' })).toBe(f);
    expect(applyFlowChange(f, { type: 'connect', source: 'vm', sourceHandle: 'next', target: 'sales' })).toBe(f);
    expect(applyFlowChange(f, { type: 'connect', source: 'menu', sourceHandle: '9', target: 'sales' })).toBe(f);
    expect(applyFlowChange(f, { type: 'connect', source: 'menu', sourceHandle: 'timeout', target: 'nowhere' })).toBe(f);
    expect(connectionProblem(f, { source: 'sales', sourceHandle: 'noAnswer', target: 'in' })).toMatch(/inbound call/);
  });

  it('allows an edge back to the same voice menu (a "repeat" option)', () => {
    const f = base();
    const g = applyFlowChange(f, { type: 'connect', source: 'menu', sourceHandle: 'timeout', target: 'menu' });
    expect(g.edges.at(-1)).toMatchObject({ source: 'menu', target: 'menu', sourceHandle: 'timeout' });
  });

  it('removes edges by id and returns the same flow for unknown ids', () => {
    const f = base();
    const g = applyFlowChange(f, { type: 'removeEdges', ids: ['e1'] });
    expect(g.edges.map((e) => e.id)).toEqual(['e2', 'e3', 'e4']);
    expect(g.nodes).toBe(f.nodes);
    expect(applyFlowChange(f, { type: 'removeEdges', ids: ['nope'] })).toBe(f);
    expect(applyFlowChange(f, { type: 'disconnect', source: 'vm', sourceHandle: 'x' })).toBe(f);
  });

  it('pastes nodes and edges with fresh ids and skips clashing ones', () => {
    const f = base();
    const copy = { ...node(f, 'vm'), id: 'vm-copy' } as FlowNode;
    const g = applyFlowChange(f, {
      type: 'paste',
      nodes: [copy, { ...node(f, 'sales') }],
      edges: [{ id: 'e9', source: 'menu', sourceHandle: 'timeout', target: 'vm-copy' }],
    });
    expect(g.nodes.map((n) => n.id)).toEqual(['in', 'menu', 'sales', 'vm', 'vm-copy']);
    expect(g.edges.at(-1)?.id).toBe('e9');
  });

  it('replaces the whole flow', () => {
    const f = base();
    const other = makeFlow([{ id: 'in', type: 'incoming' }]) as Flow;
    expect(applyFlowChange(f, { type: 'replaceFlow', flow: other, reason: 'restore' })).toBe(other);
  });
});

describe('batch', () => {
  it('applies several changes in order and returns the same flow when none changes anything', () => {
    const f = base();
    const g = applyFlowChange(f, { type: 'batch', changes: [{ type: 'removeEdges', ids: ['e4'] }, { type: 'removeNodes', ids: ['in'] }] });
    expect(g.nodes.map((n) => n.id)).toEqual(['menu', 'sales', 'vm']);
    expect(g.edges.map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(applyFlowChange(f, { type: 'batch', changes: [{ type: 'removeEdges', ids: ['zz'] }] })).toBe(f);
  });
});
