import { describe, expect, it } from 'vitest';
import type { Flow } from '../../src/engine';
import { copyNodes, PASTE_OFFSET, pasteChange } from '../../src/designer/clipboard';
import { applyFlowChange } from '../../src/designer/flowChanges';
import { makeFlow } from '../helpers/factories';

const flow = () =>
  makeFlow(
    [{ id: 'in', type: 'incoming' }, { id: 'q', type: 'queue' }, { id: 'vm', type: 'voicemail' }, { id: 'bye', type: 'hangup' }],
    [['in', 'next', 'q'], ['q', 'noAnswer', 'vm']],
  ) as Flow;

describe('copy and paste', () => {
  it('copies the selected nodes with the edges among them, never the inbound call node', () => {
    const clip = copyNodes(flow(), new Set(['in', 'q', 'vm']));
    expect(clip.nodes.map((n) => n.id)).toEqual(['q', 'vm']);
    expect(clip.edges.map((e) => e.id)).toEqual(['e2']);
  });

  it('pastes copies with new ids, rewired edges and an offset, leaving the originals untouched', () => {
    const f = flow();
    const clip = copyNodes(f, new Set(['q', 'vm']));
    const g = applyFlowChange(f, pasteChange(f, clip));
    expect(g.nodes).toHaveLength(6);
    const [q2, vm2] = g.nodes.slice(4);
    expect(q2).toMatchObject({ type: 'queue', position: { x: 0 + PASTE_OFFSET, y: 120 + PASTE_OFFSET } });
    expect(q2!.id).not.toBe('q');
    expect(g.edges.at(-1)).toMatchObject({ source: q2!.id, target: vm2!.id, sourceHandle: 'noAnswer' });
    g.nodes.slice(0, 4).forEach((n, i) => expect(n).toBe(f.nodes[i]));
    const h = applyFlowChange(g, pasteChange(g, clip, 2));
    const ids = [...h.nodes.map((n) => n.id), ...h.edges.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(h.nodes.at(-2)?.position).toEqual({ x: 2 * PASTE_OFFSET, y: 120 + 2 * PASTE_OFFSET });
  });
});
