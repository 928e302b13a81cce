import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Flow, Workspace } from '../../src/engine';
import { anyInView } from '../../src/designer/firstView';
import { nodeLayout } from '../../src/designer/nodes/geometry';
import { makeFlow, makeProject } from '../helpers/factories';
import { createTestDesigner } from './helpers';

const CANVAS = { width: 1000, height: 700 };

// jsdom lays nothing out: the canvas gets a size, so the designer can work out its views.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const sized = this.classList.contains('react-flow') || this.classList.contains('cf-designer__canvas');
    const { width, height } = sized ? CANVAS : { width: 0, height: 0 };
    return { x: 0, y: 0, left: 0, top: 0, width, height, right: width, bottom: height, toJSON: () => ({}) } as DOMRect;
  });
});
afterEach(() => vi.restoreAllMocks());

/** Inbound call, then `n` employees one after another: a column far taller than the canvas at 10 %. */
function longChain(n: number, at = { x: 0, y: 0 }) {
  const ids = Array.from({ length: n }, (_, i) => `employee-${i + 1}`);
  const flow = makeFlow([{ id: 'in', type: 'incoming' }, ...ids.map((id) => ({ id, type: 'employee', data: { employeeId: 'anna' } }))],
    [['in', 'next', ids[0]!], ...ids.slice(1).map((id, i): [string, string, string] => [ids[i]!, 'noAnswer', id])]);
  return { ...flow, nodes: flow.nodes.map((node) => ({ ...node, position: { x: node.position.x + at.x, y: node.position.y + at.y } })) };
}

/** The canvas's view, read from React Flow's viewport transform. */
function view() {
  const t = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
  const [, x, y, zoom] = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\) scale\(([\d.]+)\)/.exec(t)!;
  return { x: Number(x), y: Number(y), zoom: Number(zoom) };
}
const shows = (flow: Flow, workspace: Workspace, ids?: string[]) =>
  anyInView(view(), CANVAS.width, CANVAS.height, flow.nodes.filter((n) => !ids || ids.includes(n.id)).map((n) => ({ ...n.position!, ...nodeLayout(n, workspace) })));

describe('the view after auto-layout', () => {
  it('a flow too large to show at once: says so and shows its start at 100 %; Undo brings the view back to the nodes', async () => {
    const user = userEvent.setup();
    // Far from where ELK will put it, as a flow moved about by hand may be.
    const d = await createTestDesigner(makeProject({ flow: longChain(60, { x: 50_000, y: 50_000 }) }));
    const workspace = d.store.getSnapshot().project!.workspace;
    const before = d.flow();
    await user.click(await screen.findByRole('button', { name: 'Auto-layout' }));
    await screen.findByText('Laid out 61 nodes. The flow is too large to show at once: the view is on its start; use Find a node or the overview map.', {}, { timeout: 10_000 });
    expect(view().zoom).toBe(1);
    expect(shows(d.flow(), workspace, ['in'])).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(d.flow()).toBe(before));
    await waitFor(() => expect(shows(before, workspace)).toBe(true));
  });

  it('a flow that fits: says the view shows them all, and it does', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow: longChain(4, { x: 9_000, y: 0 }) }));
    const original = d.flow().nodes.map((n) => n.position);
    await user.click(await screen.findByRole('button', { name: 'Auto-layout' }));
    await screen.findByText('Laid out 5 nodes; the view shows them all.', {}, { timeout: 10_000 });
    const workspace = d.store.getSnapshot().project!.workspace;
    for (const n of d.flow().nodes) expect(shows(d.flow(), workspace, [n.id])).toBe(true);

    // Again: nothing moves, it says so, and Undo still takes back the first layout at once.
    const laidOut = d.flow();
    await user.click(screen.getByRole('button', { name: 'Auto-layout' }));
    await screen.findByText('Already laid out: nothing moved.', {}, { timeout: 10_000 });
    expect(d.flow()).toBe(laidOut);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(d.flow().nodes.map((n) => n.position)).toEqual(original));
  });
});

describe('a flow whose nodes have no position', () => {
  it('says "Laying out…" while they are placed, then opens on the Inbound call node once they are', async () => {
    const chain = longChain(160);
    // A bundle may leave positions out; the factory's type always has them.
    const unplaced = { ...chain, nodes: chain.nodes.map(({ position: _, ...n }) => n) } as unknown as typeof chain;
    const d = await createTestDesigner(makeProject({ flow: unplaced }));
    expect(await screen.findByText('Laying out…')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'Auto-layout' })).toBeDisabled();
    await waitFor(() => expect(screen.queryByText('Laying out…')).toBeNull(), { timeout: 15_000 });
    const flow = d.flow();
    expect(flow.nodes.every((n) => n.position)).toBe(true);
    // Over 150 nodes: the Inbound call node in the middle of the canvas, at 100 % (firstView.ts).
    const inbound = flow.nodes.find((n) => n.id === 'in')!;
    const size = nodeLayout(inbound, d.store.getSnapshot().project!.workspace);
    await waitFor(() => expect(view()).toEqual({
      x: Math.round(CANVAS.width / 2 - (inbound.position!.x + size.width / 2)),
      y: Math.round(CANVAS.height / 2 - (inbound.position!.y + size.height / 2)),
      zoom: 1,
    }));
  }, 30_000);
});
