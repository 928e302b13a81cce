import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFlow, makeProject } from '../helpers/factories';
import { createTestDesigner } from './helpers';
import { nodeLayout } from '../../src/designer/nodes/geometry';

const flow = makeFlow(
  [{ id: 'in', type: 'incoming' }, { id: 'q', type: 'queue', data: { label: 'Sales desk', queueId: 'sales' } }, { id: 'vm', type: 'voicemail', data: { label: 'Mailbox' } }],
  [['in', 'next', 'q'], ['q', 'noAnswer', 'vm']],
);

async function click(name: string) {
  const canvas = await screen.findByRole('application', { name: 'Call flow of Hotline' });
  const node = await within(canvas).findByRole('group', { name: new RegExp(`^${name}`) });
  fireEvent.click(node);
  return node;
}

describe('designer keyboard', () => {
  it('deletes the selection with Delete, with its edges, and Ctrl+Z brings it back', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await click('Sales desk');
    await user.keyboard('{Delete}');
    expect(d.flow().nodes.map((n) => n.id)).toEqual(['in', 'vm']);
    expect(d.flow().edges).toEqual([]);
    await user.keyboard('{Control>}z{/Control}');
    expect(d.flow().nodes.map((n) => n.id)).toEqual(['in', 'q', 'vm']);
    expect(d.flow().edges).toHaveLength(2);
    await user.keyboard('{Control>}y{/Control}');
    expect(d.flow().nodes).toHaveLength(2);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(d.flow().nodes).toHaveLength(2);
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(d.flow().nodes).toHaveLength(2);
  });

  it('never deletes the inbound call node', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await click('Inbound call');
    await user.keyboard('{Backspace}');
    expect(d.flow().nodes).toHaveLength(3);
    // So the toolbar does not offer to: with only that node selected, Cut, Copy and Delete are off.
    for (const name of ['Cut', 'Copy', 'Delete']) expect(screen.getByRole('button', { name })).toBeDisabled();
    await click('Sales desk');
    expect(screen.getByRole('button', { name: 'Delete' })).toBeEnabled();
  });

  it('keeps the keyboard on the canvas when the focused node is deleted', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    const node = await click('Sales desk');
    node.focus();
    await user.keyboard('{Delete}');
    expect(d.flow().nodes.map((n) => n.id)).toEqual(['in', 'vm']);
    await waitFor(() => expect(screen.getByRole('application', { name: 'Call flow of Hotline' })).toHaveFocus());
  });

  it('copies and pastes a selection of several nodes with the edge between them', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    // Nothing copied yet in this tab: nothing to paste.
    expect(screen.getByRole('button', { name: 'Paste' })).toBeDisabled();
    await click('Sales desk');
    // React Flow reads Shift from its own key listener, so hold it down as a user would.
    await user.keyboard('{Shift>}');
    await click('Mailbox');
    await user.keyboard('{/Shift}');
    await user.keyboard('{Control>}c{/Control}');
    expect(screen.getByRole('button', { name: 'Paste' })).toBeEnabled();
    await user.keyboard('{Control>}v{/Control}');
    const f = d.flow();
    expect(f.nodes).toHaveLength(5);
    const [q2, vm2] = f.nodes.slice(3);
    expect(f.edges.at(-1)).toMatchObject({ source: q2!.id, target: vm2!.id });
    expect(q2!.position!.x).toBeGreaterThan(f.nodes[1]!.position!.x);
    // The copies land clear of every node already there.
    const ws = d.store.getSnapshot().project!.workspace;
    const box = (n: (typeof f.nodes)[number]) => ({ ...n.position!, ...nodeLayout(n, ws) });
    const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (const copy of [q2!, vm2!]) for (const old of f.nodes.slice(0, 3)) expect(overlaps(box(copy), box(old)), `${copy.id} over ${old.id}`).toBe(false);
  });

  it('cuts the selection with Ctrl+X and pastes it back', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await click('Mailbox');
    await user.keyboard('{Control>}x{/Control}');
    expect(d.flow().nodes.map((n) => n.type)).toEqual(['incoming', 'queue']);
    await user.keyboard('{Control>}v{/Control}');
    expect(d.flow().nodes.map((n) => n.type)).toEqual(['incoming', 'queue', 'voicemail']);
  });

  it('leaves Ctrl+Z to a text field that has focus', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await click('Mailbox');
    await user.keyboard('{Delete}');
    await user.click(await screen.findByRole('button', { name: 'Add Hang up' }));
    await user.click(screen.getByRole('textbox', { name: 'Label' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(d.flow().nodes.map((n) => n.type)).toEqual(['incoming', 'queue', 'hangup']);
  });
});

describe('designer keyboard on the canvas', () => {
  it('moves the selected node with the arrow keys, each press one undoable move', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    const node = await click('Mailbox');
    const before = d.flow().nodes[2]!.position!;
    node.focus();
    await user.keyboard('{ArrowRight}');
    const after = d.flow().nodes[2]!.position!;
    expect(after.x).toBeGreaterThan(before.x);
    expect(after.y).toBe(before.y);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(d.flow().nodes[2]!.position).toEqual(before);
  });

  it('deletes a selected edge', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await screen.findByRole('application', { name: 'Call flow of Hotline' });
    const edge = document.querySelector('[data-id="e2"]')!;
    fireEvent.click(edge);
    await user.keyboard('{Delete}');
    expect(d.flow().edges.map((e) => e.id)).toEqual(['e1']);
    expect(d.flow().nodes).toHaveLength(3);
  });
});

describe('designer keyboard, from around the designer', () => {
  it('acts with focus on the region that holds the designer (focus on arrival, or after a click on the empty canvas)', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await click('Sales desk');
    await user.keyboard('{Delete}');
    const main = d.view.container.firstElementChild as HTMLElement;
    main.tabIndex = -1;
    main.focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(d.flow().nodes.map((n) => n.id)).toEqual(['in', 'q', 'vm']);
    main.focus();
    await user.keyboard('{Control>}f{/Control}');
    expect(screen.getByRole('combobox', { name: 'Find a node' })).toHaveFocus();
  });

  it('leaves the keys of an open dialog to it', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    await user.type(screen.getByRole('textbox', { name: 'Revision name' }), 'v1');
    await user.click(screen.getByRole('button', { name: 'Publish revision' }));
    d.store.updateNumber('n1', (n) => ({ ...n, settings: { ...n.settings, backupNumber: '+842873000000' } }));
    await user.click(await screen.findByRole('button', { name: 'Restore v1' }));
    const dialog = screen.getByRole('alertdialog');
    await user.keyboard('{Control>}f{/Control}');
    expect(screen.getByRole('combobox', { name: 'Find a node' })).not.toHaveFocus();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });
});
