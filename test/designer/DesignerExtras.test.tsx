import { createEvent, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KIND_MIME } from '../../src/designer/FlowCanvas';
import { makeFlow, makeProject } from '../helpers/factories';
import { createTestDesigner } from './helpers';

const flow = makeFlow(
  [{ id: 'in', type: 'incoming' }, { id: 'q', type: 'queue', data: { label: 'Sales desk', queueId: 'sales' } }, { id: 'vm', type: 'voicemail', data: { label: 'Mailbox' } }],
  [['in', 'next', 'q'], ['q', 'noAnswer', 'vm']],
);

describe('designer extras', () => {
  it('adds a kind dropped from the palette onto the canvas', async () => {
    const d = await createTestDesigner(makeProject({ flow }));
    const canvas = await screen.findByRole('application', { name: 'Call flow of Hotline' });
    const data = { types: [KIND_MIME], getData: (t: string) => (t === KIND_MIME ? 'forward' : ''), dropEffect: 'none' };
    const drop = createEvent.drop(canvas, { clientX: 400, clientY: 300 });
    // jsdom has no DragEvent, so the pointer position has to be put on the event by hand.
    Object.defineProperties(drop, { dataTransfer: { value: data }, clientX: { value: 400 }, clientY: { value: 300 } });
    fireEvent(canvas, drop);
    expect(d.flow().nodes.at(-1)).toMatchObject({ type: 'forward', data: { number: '', rings: 6 } });
    expect(Number.isFinite(d.flow().nodes.at(-1)!.position!.x)).toBe(true);
    expect(await screen.findByRole('heading', { name: /^External number \d+$/ })).toBeInTheDocument();
  });

  it('links an issue about a number setting to that field of the settings screen', async () => {
    await createTestDesigner(makeProject({ flow, workspace: { worktimeEnabled: false }, number: { settings: { skipUnavailableUsers: true } } }));
    const panel = await screen.findByRole('region', { name: /Issues/ });
    expect(within(panel).getByRole('link', { name: /Warning: .*worktime/ })).toHaveAttribute('href', '/numbers/n1/settings#settings.skipUnavailableUsers');
  });

  it('lays the flow out with Auto-layout as one undoable change', async () => {
    const user = userEvent.setup();
    const stacked = makeFlow([{ id: 'in', type: 'incoming' }, { id: 'h', type: 'hours' }, { id: 'a', type: 'voicemail' }, { id: 'b', type: 'hangup' }],
      [['in', 'next', 'h'], ['h', 'open', 'a'], ['h', 'closed', 'b']]);
    const d = await createTestDesigner(makeProject({ flow: stacked }));
    const before = d.flow();
    await user.click(await screen.findByRole('button', { name: 'Auto-layout' }));
    await expect.poll(() => d.flow()).not.toBe(before);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeEnabled();
    const pos = (id: string) => d.flow().nodes.find((n) => n.id === id)!.position!;
    expect(pos('a').y).toBe(pos('b').y);
    expect(pos('a').x).not.toBe(pos('b').x);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(d.flow()).toBe(before);
  });

  it('links to the number\'s settings from its heading', async () => {
    await createTestDesigner(makeProject({ flow }));
    expect(await screen.findByRole('link', { name: 'Settings for Hotline' })).toHaveAttribute('href', '/numbers/n1/settings');
  });

  it('tells the user when the number does not exist', async () => {
    await createTestDesigner(makeProject({ flow }), { numberId: 'nope' });
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no number with id “nope”');
  });

  it('undoes a queue group renamed from the inspector with the Undo button, as one step', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    fireEvent.click(await within(await screen.findByRole('application', { name: 'Call flow of Hotline' })).findByRole('group', { name: /^Sales desk/ }));
    await user.click(await screen.findByRole('button', { name: 'Edit queue group' }));
    const name = screen.getByRole('textbox', { name: 'Queue name' });
    await user.clear(name);
    await user.type(name, 'Sales floor');
    await user.tab();
    const queueName = () => d.store.getSnapshot().project!.workspace.queues.find((q) => q.id === 'sales')?.name;
    await expect.poll(queueName).toBe('Sales floor');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(queueName()).toBe('Sales');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(queueName()).toBe('Sales floor');
  });
});

describe('Find a node', () => {
  it('lists the nodes matching what is typed and, with the arrow keys and Enter, selects one and puts focus on it', async () => {
    const user = userEvent.setup();
    await createTestDesigner(makeProject({ flow }));
    const box = await screen.findByRole('combobox', { name: 'Find a node' });
    await user.type(box, 'desk');
    const list = await screen.findByRole('listbox', { name: 'Matching nodes' });
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual([expect.stringMatching(/^Sales desk Queue group/)]);
    expect(screen.getByText('1 node found', { selector: '[role="status"]' })).toBeInTheDocument();
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', within(list).getByRole('option').id);
    await user.keyboard('{Enter}');
    // The inspector shows the node, and the keyboard is on it in the canvas.
    expect(await screen.findByRole('heading', { name: 'Queue group: Sales desk' })).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-id', 'q'));
  });

  it('finds a node by the employee or queue its card names, and says when nothing matches', async () => {
    const user = userEvent.setup();
    await createTestDesigner(makeProject({ flow }));
    const box = await screen.findByRole('combobox', { name: 'Find a node' });
    await user.type(box, 'sales');
    expect(within(await screen.findByRole('listbox', { name: 'Matching nodes' })).getByRole('option', { name: /Sales desk/ })).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, 'zebra');
    expect(await screen.findByText('No node matches “zebra”', { selector: '[role="status"]' })).toBeInTheDocument();
    expect(screen.queryByRole('listbox', { name: 'Matching nodes' })).toBeNull();
  });

  it('Escape closes the list, then clears the box; Ctrl+F comes back to it from the canvas', async () => {
    const user = userEvent.setup();
    await createTestDesigner(makeProject({ flow }));
    const box = await screen.findByRole('combobox', { name: 'Find a node' });
    await user.type(box, 'mail');
    await screen.findByRole('listbox', { name: 'Matching nodes' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox', { name: 'Matching nodes' })).toBeNull();
    expect(box).toHaveValue('mail');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    screen.getByRole('application', { name: 'Call flow of Hotline' }).focus();
    await user.keyboard('{Control>}f{/Control}');
    expect(box).toHaveFocus();
  });
});

describe('selection after undo', () => {
  it('a node added from the palette and undone leaves nothing selected: the next node clicked opens in the inspector', async () => {
    const user = userEvent.setup();
    await createTestDesigner(makeProject({ flow }));
    await user.click(await screen.findByRole('button', { name: 'Add Hang up' }));
    expect(await screen.findByRole('heading', { name: /^Hang up \d+$/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const canvas = screen.getByRole('application', { name: 'Call flow of Hotline' });
    fireEvent.click(await within(canvas).findByRole('group', { name: /^Mailbox/ }));
    expect(await screen.findByRole('heading', { name: 'Voicemail: Mailbox' })).toBeInTheDocument();
  });
});

describe('unlabelled nodes', () => {
  it('go by their kind and number on the canvas, in the inspector and in messages, so that two of a kind differ', async () => {
    const twins = makeFlow([{ id: 'in', type: 'incoming' }, { id: 'employee-1', type: 'employee', data: { employeeId: 'anna' } }, { id: 'employee-2', type: 'employee', data: { employeeId: 'binh' } }, { id: 'night', type: 'voicemail' }],
      [['in', 'next', 'employee-1'], ['employee-1', 'noAnswer', 'employee-2']]);
    await createTestDesigner(makeProject({ flow: twins }));
    const canvas = await screen.findByRole('application', { name: 'Call flow of Hotline' });
    const second = await within(canvas).findByRole('group', { name: /^Employee 2/ });
    expect(second).toHaveTextContent('Employee 2');
    expect(within(canvas).getByRole('group', { name: 'Connection from Employee 1, No answer, to Employee 2' })).toBeInTheDocument();
    // An id the palette did not make is shown as it is.
    expect(within(canvas).getByRole('group', { name: /^Voicemail \(night\)/ })).toBeInTheDocument();
    fireEvent.click(second);
    expect(await screen.findByRole('heading', { name: 'Employee 2' })).toBeInTheDocument();
    expect(screen.getAllByText(/Employee 2 has nothing connected to/).length).toBeGreaterThan(0);
  });
});

describe('skipping the canvas', () => {
  it('a link before the canvas takes the keyboard straight to the inspector', async () => {
    const user = userEvent.setup();
    await createTestDesigner(makeProject({ flow }));
    const skip = await screen.findByRole('link', { name: 'Skip the canvas, to the inspector' });
    await user.click(skip);
    expect(document.activeElement).toContainElement(screen.getByRole('heading', { name: 'Inspector' }));
  });
});
