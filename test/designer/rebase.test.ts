import { describe, expect, it } from 'vitest';
import type { Flow, FlowNode } from '../../src/engine';
import { rebaseFlow } from '../../src/designer/rebase';
import { makeFlow } from '../helpers/factories';

const base = makeFlow(
  [{ id: 'in', type: 'incoming' }, { id: 'a', type: 'hangup' }, { id: 'b', type: 'voicemail' }],
  [['in', 'next', 'a']],
) as Flow;
const label = (flow: Flow, id: string, text: string): Flow => ({
  ...flow,
  nodes: flow.nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, label: text } } as FlowNode : n)),
});
const ids = (flow: Flow) => flow.nodes.map((n) => n.id);

describe('rebaseFlow', () => {
  it('is the target itself when nothing changed since the step', () => {
    const after = label(base, 'a', 'Bye');
    expect(rebaseFlow(after, after, base)).toBe(base);
  });

  it('takes back only the nodes the step changed, keeping the others as they are now', () => {
    const after = label(base, 'a', 'Bye');
    const now = label(after, 'b', 'Theirs');
    const undone = rebaseFlow(now, after, base);
    expect(undone.nodes.find((n) => n.id === 'a')).toBe(base.nodes[1]);
    expect(undone.nodes.find((n) => n.id === 'b')?.data.label).toBe('Theirs');
    expect(undone.edges).toBe(now.edges);
  });

  it('puts a removed node and its edge back in place, and removes an added one', () => {
    const after = { nodes: base.nodes.filter((n) => n.id !== 'a'), edges: [] };
    const now: Flow = { ...after, nodes: [...after.nodes, { id: 'c', type: 'hangup', data: {} } as FlowNode] };
    const undone = rebaseFlow(now, after, base);
    expect(ids(undone)).toEqual(['in', 'a', 'b', 'c']);
    expect(undone.edges).toEqual(base.edges);
    const redone = rebaseFlow(undone, base, after);
    expect(ids(redone)).toEqual(['in', 'b', 'c']);
  });

  it('leaves a node deleted meanwhile deleted, rather than bringing back the step\'s copy', () => {
    const after = label(base, 'b', 'Mine');
    const now = { ...after, nodes: after.nodes.filter((n) => n.id !== 'b') };
    expect(ids(rebaseFlow(now, after, base))).toEqual(['in', 'a']);
  });
});
