import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFlow, makeProject } from '../helpers/factories';
import { nodeLayout } from '../../src/designer/nodes/geometry';
import { createTestDesigner } from './helpers';

const flow = makeFlow(
  [{ id: 'in', type: 'incoming' }, { id: 'q', type: 'queue', data: { label: 'Sales desk', queueId: 'sales' } }, { id: 'vm', type: 'voicemail', data: { label: 'Mailbox' } }],
  [['in', 'next', 'q'], ['q', 'noAnswer', 'vm']],
);

const canvas = () => screen.findByRole('application', { name: 'Call flow of Hotline' });
const nodeOnCanvas = async (name: string) => within(await canvas()).findByRole('group', { name: new RegExp(`^${name}`) });

describe('DesignerScreen canvas', () => {
  it('shows the flow on a labelled canvas with its nodes and labelled output handles', async () => {
    await createTestDesigner(makeProject({ flow }));
    const c = await canvas();
    expect(within(c).getByText('Sales desk')).toBeInTheDocument();
    expect(within(c).getAllByText('No answer').length).toBeGreaterThan(0);
    expect(within(c).getByText('Sales (500)')).toBeInTheDocument();
  });

  it('selects a node on click and shows its form in the inspector', async () => {
    await createTestDesigner(makeProject({ flow }));
    // A plain click: d3-drag's mousedown handler needs a real window view, which jsdom events lack.
    fireEvent.click(await nodeOnCanvas('Mailbox'));
    expect(await screen.findByRole('heading', { name: 'Voicemail: Mailbox' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Mailbox' })).toHaveValue('lastRung');
  });

  it('lights the simulator\'s active node and says who is ringing', async () => {
    await createTestDesigner(makeProject({ flow }), { highlight: { activeNodeId: 'q', ringing: { nodeId: 'q', text: 'Ringing Anna (101)…' }, travelledEdgeIds: ['e1'] } });
    const node = await nodeOnCanvas('Sales desk');
    expect(within(node).getByRole('status')).toHaveTextContent('Ringing Anna (101)…');
    expect(node.querySelector('.cf-node')).toHaveAttribute('data-state', 'ringing');
    expect(document.querySelector('[data-id="e1"]')).toHaveClass('cf-edge--travelled');
  });
});

describe('DesignerScreen inspector', () => {
  it('keeps the caret where the user types in the middle of a label, and saves the text as typed', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    fireEvent.click(await nodeOnCanvas('Mailbox'));
    const label = await screen.findByRole('textbox', { name: 'Label' });
    // After "Mail": each saved keystroke must leave the caret after it, not at the end.
    await user.type(label, 'XYZ', { initialSelectionStart: 4, initialSelectionEnd: 4 });
    expect(label).toHaveValue('MailXYZbox');
    expect(d.flow().nodes.find((n) => n.id === 'vm')?.data.label).toBe('MailXYZbox');
  });
});

describe('DesignerScreen palette', () => {
  it('adds a kind at the view centre, selected, as one undoable edit', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await user.click(await screen.findByRole('button', { name: 'Add Hang up' }));
    expect(d.flow().nodes.map((n) => n.type)).toEqual(['incoming', 'queue', 'voicemail', 'hangup']);
    expect(await screen.findByRole('heading', { name: /^Hang up \d+$/ })).toBeInTheDocument();
    // A screen reader hears what happened; focus stays on the palette for the next one.
    expect(screen.getByText('Added Hang up, selected: its form is in the inspector.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'Add Hang up' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(d.flow().nodes).toHaveLength(3);
    expect(await screen.findByText('Undo made these changes: 1 node removed.')).toHaveAttribute('role', 'status');
    // The last step undone disables Undo: the keyboard goes to the canvas, not the page.
    await waitFor(() => expect(screen.getByRole('application')).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(d.flow().nodes).toHaveLength(4);
    expect(await screen.findByText('Redo made these changes: 1 node added.')).toHaveAttribute('role', 'status');
  });

  it('says what Delete, Cut and Paste did, and keeps the keyboard off a button they disabled', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await user.click(await screen.findByRole('button', { name: 'Add Hang up' }));
    const added = d.flow().nodes.find((n) => n.type === 'hangup')!;
    await user.click(screen.getByRole('button', { name: 'Cut' }));
    expect(await screen.findByText(`Cut Hang up ${added.id.slice('hangup-'.length)}.`)).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: 'Paste' }));
    expect(await screen.findByText(/^Pasted Hang up \d+, selected\.$/)).toHaveAttribute('role', 'status');
    screen.getByRole('button', { name: 'Delete' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/^Deleted Hang up \d+\.$/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('application')).toHaveFocus());
  });

  it('adds a kind beside the selected node, to its right where calls go on, rather than in a staircase', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow: makeFlow([{ id: 'in', type: 'incoming' }]) }));
    await user.click(await screen.findByRole('button', { name: 'Add Working hours' }));
    await user.click(screen.getByRole('button', { name: 'Add Greeting' }));
    const ws = d.store.getSnapshot().project!.workspace;
    const [hours, greeting] = ['hours', 'play'].map((t) => d.flow().nodes.find((n) => n.type === t)!);
    expect(greeting!.position!.y).toBe(hours!.position!.y);
    expect(greeting!.position!.x).toBeGreaterThan(hours!.position!.x + nodeLayout(hours!, ws).width);
  });

  it('adds kinds one after another where none covers another node', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow: makeFlow([{ id: 'in', type: 'incoming' }]) }));
    for (const kind of ['Working hours', 'Greeting', 'Voice menu']) await user.click(await screen.findByRole('button', { name: `Add ${kind}` }));
    const boxes = d.flow().nodes.map((n) => ({ ...n.position!, ...nodeLayout(n, d.store.getSnapshot().project!.workspace) }));
    expect(boxes).toHaveLength(4);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      expect(apart).toBe(true);
    }));
  });

  it('shows kinds the plan does not allow as locked, with the reason, and does not add them', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow, workspace: { plan: 'free' } }));
    const menu = await screen.findByRole('button', { name: 'Add Voice menu' });
    expect(menu).toHaveAttribute('aria-disabled', 'true');
    expect(menu).toHaveAccessibleDescription(/Start\+/);
    await user.click(menu);
    expect(d.flow().nodes).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Add SIP To: header' })).toHaveAccessibleDescription(/SIP PBX/);
    expect(screen.getByRole('button', { name: 'Add Inbound call' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Add Voicemail' })).not.toHaveAttribute('aria-disabled');
  });
});

describe('DesignerScreen issues', () => {
  const broken = makeFlow(
    [{ id: 'in', type: 'incoming' }, { id: 'menu', type: 'ivr', data: { label: 'Main menu' } }, { id: 'q', type: 'queue', data: { label: 'Sales desk', queueId: 'sales' } }],
    [['in', 'next', 'menu'], ['menu', 'timeout', 'q']],
  );

  it('counts errors and warnings in the toolbar and lists them', async () => {
    await createTestDesigner(makeProject({ flow: broken, workspace: { plan: 'free' } }));
    const status = within(await screen.findByRole('toolbar', { name: 'Designer' })).getByRole('status');
    expect(status).toHaveTextContent(/^1 error, \d+ warnings?$/);
    const panel = screen.getByRole('region', { name: /Issues/ });
    expect(within(panel).getByRole('button', { name: /Error: Main menu — .*plan/ })).toBeInTheDocument();
  });

  it('selects the node an issue is about when the issue is clicked', async () => {
    const user = userEvent.setup();
    await createTestDesigner(makeProject({ flow: broken, workspace: { plan: 'free' } }));
    const panel = await screen.findByRole('region', { name: /Issues/ });
    await user.click(within(panel).getByRole('button', { name: /Warning: Sales desk/ }));
    expect(await screen.findByRole('heading', { name: 'Queue group: Sales desk' })).toBeInTheDocument();
    expect(await nodeOnCanvas('Sales desk')).toHaveClass('selected');
  });

  it('marks a node with issues on the canvas and describes them', async () => {
    await createTestDesigner(makeProject({ flow: broken, workspace: { plan: 'free' } }));
    const node = await nodeOnCanvas('Main menu');
    expect(node).toHaveAccessibleDescription(/1 error.*plan/);
  });
});
