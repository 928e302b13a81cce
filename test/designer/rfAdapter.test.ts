import { describe, expect, it } from 'vitest';
import type { Flow } from '../../src/engine';
import { applyFlowChange } from '../../src/designer/flowChanges';
import { createRfAdapter } from '../../src/designer/rfAdapter';
import type { CanvasInput } from '../../src/designer/rfAdapter';
import { nodeLayout } from '../../src/designer/nodes/geometry';
import { makeFlow, makeProject } from '../helpers/factories';

const project = makeProject({
  flow: makeFlow(
    [{ id: 'in', type: 'incoming' }, { id: 'menu', type: 'ivr', data: { options: [{ digit: '1' }, { digit: '2' }] } }, { id: 'vm', type: 'voicemail' }],
    [['in', 'next', 'menu'], ['menu', '1', 'vm']],
  ),
});
const flow = project.numbers[0]!.flow as Flow;

const input = (over: Partial<CanvasInput> = {}): CanvasInput => ({
  rfId: 'f', flow, workspace: project.workspace, issuesByNode: new Map(), selectedNodes: new Set(), selectedEdges: new Set(),
  highlight: undefined, lockedReason: () => null, dragging: new Map(), ...over,
});

describe('createRfAdapter', () => {
  it('gives every node its size and handles up front, so React Flow need not measure', () => {
    const [, menu] = createRfAdapter().nodes(input());
    expect(menu).toMatchObject({ width: 240, height: nodeLayout(flow.nodes[1]!, project.workspace).height });
    expect(menu!.handles!.map((h) => [h.type, h.id])).toEqual([['source', '1'], ['source', '2'], ['source', 'timeout'], ['target', null]]);
    expect(createRfAdapter().nodes(input())[0]!.handles!.some((h) => h.type === 'target')).toBe(false);
  });

  it('returns the same node objects for nodes an edit did not touch', () => {
    const adapter = createRfAdapter();
    const first = adapter.nodes(input());
    const edited = applyFlowChange(flow, { type: 'moveNodes', moves: [{ id: 'vm', position: { x: 500, y: 0 } }] });
    const second = adapter.nodes(input({ flow: edited }));
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
    expect(second[2]!.position).toEqual({ x: 500, y: 0 });
    const edges1 = adapter.edges(input());
    expect(adapter.edges(input({ flow: edited }))[0]).toBe(edges1[0]);
  });

  it('re-makes only the nodes whose selection, issues or highlight changed', () => {
    const adapter = createRfAdapter();
    const first = adapter.nodes(input());
    const issue = { severity: 'error' as const, code: 'x', message: 'Broken', nodeId: 'vm' };
    const second = adapter.nodes(input({ selectedNodes: new Set(['in']), issuesByNode: new Map([['vm', [issue]]]), highlight: { activeNodeId: 'menu' } }));
    expect(second.map((n, i) => n === first[i])).toEqual([false, false, false]);
    expect(second[0]!.selected).toBe(true);
    expect(second[1]!.data.state).toBe('active');
    expect(second[2]!.domAttributes).toEqual({ 'aria-describedby': 'f-issues-vm react-flow__node-desc-f' });
    const third = adapter.nodes(input({ selectedNodes: new Set(['in']), issuesByNode: new Map([['vm', [{ ...issue }]]]), highlight: { activeNodeId: 'menu' } }));
    expect(third.map((n, i) => n === second[i])).toEqual([true, true, true]);
  });

  it('marks travelled edges and places nodes without a position', () => {
    const adapter = createRfAdapter();
    const [e] = adapter.edges(input({ highlight: { travelledEdgeIds: ['e1'] } }));
    expect(e).toMatchObject({ animated: true, className: 'cf-edge--travelled', ariaLabel: 'Connection from Inbound call, Next, to Voice menu (menu)' });
    const unplaced = { ...flow, nodes: flow.nodes.map((n) => ({ ...n, position: undefined })) } as Flow;
    const nodes = adapter.nodes(input({ flow: unplaced }));
    expect(new Set(nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(3);
  });
});
