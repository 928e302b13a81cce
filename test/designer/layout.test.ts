import { describe, expect, it } from 'vitest';
import type { Flow } from '../../src/engine';
import { layoutFlow, needsLayout, placeMissingNodes } from '../../src/designer/layout';
import { diffFlows, describeDiff } from '../../src/designer/flowDiff';
import { applyFlowChange } from '../../src/designer/flowChanges';
import { makeFlow } from '../helpers/factories';

const chain = () =>
  makeFlow([{ id: 'in', type: 'incoming' }, { id: 'h', type: 'hours' }, { id: 'a', type: 'voicemail' }, { id: 'b', type: 'hangup' }],
    [['in', 'next', 'h'], ['h', 'open', 'a'], ['h', 'closed', 'b']]) as Flow;

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
