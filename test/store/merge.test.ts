import { describe, expect, it } from 'vitest';
import type { Flow, FlowNode } from '../../src/engine';
import { merge3 } from '../../src/store/merge';
import { makeFlow } from '../helpers/factories';

const base = makeFlow(
  [{ id: 'in', type: 'incoming' }, { id: 'menu', type: 'hangup', data: { label: 'Main menu' } }, { id: 'vm', type: 'voicemail' }],
  [['in', 'next', 'menu']],
) as Flow;
const edit = (flow: Flow, id: string, data: Record<string, unknown>): Flow => ({
  ...flow,
  nodes: flow.nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, ...data } } as FlowNode : n)),
});
const labels = (flow: Flow) => flow.nodes.map((n) => (n.data as { label?: string }).label ?? '');

describe('merge3', () => {
  it('keeps both sides\' edits to different nodes, with no overlap', () => {
    const mine = edit(base, 'menu', { label: 'Mine' });
    const theirs = edit(base, 'vm', { label: 'Theirs' });
    const m = merge3(base, mine, theirs, 'mine');
    expect(m.overlaps).toEqual([]);
    expect(labels(m.value)).toEqual(['', 'Mine', 'Theirs']);
  });

  it('keeps edits to different fields of one node', () => {
    const mine = edit(base, 'menu', { label: 'Mine' });
    const theirs = { ...base, nodes: base.nodes.map((n) => (n.id === 'menu' ? { ...n, position: { x: 50, y: 50 } } : n)) };
    const m = merge3(base, mine, theirs, 'theirs');
    expect(m.overlaps).toEqual([]);
    expect(m.value.nodes[1]).toMatchObject({ position: { x: 50, y: 50 }, data: { label: 'Mine' } });
  });

  it('an overlap takes the preferred side for that node only, and is named as it was before and on each side', () => {
    const mine = edit(edit(base, 'menu', { label: 'Mine' }), 'in', { label: 'Start' });
    const theirs = edit(edit(base, 'menu', { label: 'Theirs' }), 'vm', { label: 'Mailbox' });
    const kept = merge3(base, mine, theirs, 'mine');
    expect(kept.overlaps).toEqual([{ id: 'menu', name: 'Main menu', here: 'Mine', there: 'Theirs' }]);
    expect(labels(kept.value)).toEqual(['Start', 'Mine', 'Mailbox']);
    expect(labels(merge3(base, mine, theirs, 'theirs').value)).toEqual(['Start', 'Theirs', 'Mailbox']);
  });

  it('adds and deletes on both sides by id; a node changed on one side and deleted on the other is an overlap', () => {
    const added = { id: 'x', type: 'hangup', position: { x: 0, y: 0 }, data: {} } as FlowNode;
    const mine: Flow = { nodes: [...base.nodes.slice(0, 2), added, base.nodes[2]!], edges: [] };
    const theirs: Flow = { ...base, nodes: base.nodes.filter((n) => n.id !== 'vm') };
    const m = merge3(base, mine, theirs, 'theirs');
    expect(m.overlaps).toEqual([]);
    expect(m.value.nodes.map((n) => n.id)).toEqual(['in', 'menu', 'x']);
    expect(m.value.edges).toEqual([]);

    const changed = edit(base, 'vm', { label: 'Changed' });
    const clash = merge3(base, changed, theirs, 'mine');
    expect(clash.overlaps.map((o) => o.id)).toEqual(['vm']);
    expect(clash.value.nodes.map((n) => n.id)).toEqual(['in', 'menu', 'vm']);
  });

  it('a node deleted on the other side and changed here is named so, and kept with its connections when mine wins', () => {
    const changed = edit(base, 'menu', { label: 'Menu (mine)' });
    // Deleting a node deletes its connections too.
    const deleted: Flow = { nodes: base.nodes.filter((n) => n.id !== 'menu'), edges: [] };
    const kept = merge3(base, changed, deleted, 'mine');
    expect(kept.overlaps).toEqual([{ id: 'menu', name: 'Main menu', here: 'Menu (mine)', note: 'deleted in the other tab' }]);
    expect(labels(kept.value)).toContain('Menu (mine)');
    expect(kept.value.edges).toEqual(base.edges);
    // Theirs wins: the node and its connection stay deleted.
    const gone = merge3(base, changed, deleted, 'theirs');
    expect(gone.value.nodes.map((n) => n.id)).toEqual(['in', 'vm']);
    expect(gone.value.edges).toEqual([]);
    // Deleted here and changed there: named from this tab's side.
    expect(merge3(base, deleted, changed, 'theirs').overlaps[0]).toMatchObject({ name: 'Main menu', there: 'Menu (mine)', note: 'deleted here' });
  });

  it('without a base, only what differs between the sides overlaps', () => {
    const mine = edit(base, 'menu', { label: 'Mine' });
    const m = merge3(undefined, mine, base, 'theirs');
    expect(m.overlaps.map((o) => o.name)).toEqual(['Main menu']);
    expect(m.value).toEqual(base);
  });
});
