import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFlow, makeProject } from '../helpers/factories';
import { createTestDesigner } from './helpers';

const flow = makeFlow(
  [
    { id: 'in', type: 'incoming' },
    { id: 'menu', type: 'ivr', data: { label: 'Main menu', options: [{ digit: '1', label: 'Sales' }] } },
    { id: 'anna', type: 'employee', data: { label: 'Ring Anna', employeeId: 'anna' } },
    { id: 'q', type: 'queue', data: { label: 'Sales desk', queueId: 'sales' } },
    { id: 'vm', type: 'voicemail', data: { label: 'Mailbox' } },
  ],
  [['in', 'next', 'menu'], ['menu', '1', 'anna']],
);

async function select(name: string) {
  const canvas = await screen.findByRole('application', { name: 'Call flow of Hotline' });
  fireEvent.click(await within(canvas).findByRole('group', { name: new RegExp(`^${name}`) }));
  return screen.findByRole('heading', { name: new RegExp(`: ${name}$`) });
}
const node = (d: Awaited<ReturnType<typeof createTestDesigner>>, id: string) => d.flow().nodes.find((n) => n.id === id)!;

describe('Inspector validation', () => {
  it('shows why a typed value is invalid and leaves the flow unchanged', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await select('Ring Anna');
    const rings = screen.getByRole('textbox', { name: 'Rings' });
    const before = d.flow();
    await user.clear(rings);
    await user.type(rings, 'abc');
    expect(rings).toHaveAttribute('aria-invalid', 'true');
    expect(rings).toHaveAccessibleDescription(/Enter a whole number/);
    await user.clear(rings);
    await user.type(rings, '40');
    expect(rings).toHaveAccessibleDescription(/at most 30/);
    expect(d.flow()).toBe(before);
  });

  it('applies a valid value as typed, as one undo step', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await select('Ring Anna');
    const rings = screen.getByRole('textbox', { name: 'Rings' });
    await user.clear(rings);
    await user.type(rings, '12');
    expect(rings).not.toHaveAttribute('aria-invalid');
    expect(node(d, 'anna').data).toMatchObject({ rings: 12 });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(node(d, 'anna').data).toMatchObject({ rings: 4 });
  });

  it('refuses a label longer than the schema allows', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await select('Mailbox');
    const label = screen.getByRole('textbox', { name: 'Label' });
    await user.click(label);
    await user.paste('x'.repeat(200));
    expect(label).toHaveAttribute('aria-invalid', 'true');
    expect(label).toHaveAccessibleDescription(/At most 200 characters/);
    expect(node(d, 'vm').data.label).toBe('Mailbox');
  });

  it('lists employees with their extensions and saves the choice', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await select('Ring Anna');
    const who = screen.getByRole('combobox', { name: 'Employee' });
    expect(within(who).getByRole('option', { name: 'Binh (102)' })).toBeInTheDocument();
    await user.selectOptions(who, 'Binh (102)');
    expect(node(d, 'anna').data).toMatchObject({ employeeId: 'binh' });
  });

  it('wires an output from the keyboard with its "goes to" list', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await select('Ring Anna');
    await user.selectOptions(screen.getByRole('combobox', { name: 'No answer goes to' }), 'Mailbox');
    expect(d.flow().edges.at(-1)).toMatchObject({ source: 'anna', sourceHandle: 'noAnswer', target: 'vm' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'No answer goes to' }), 'Nothing (the call drops)');
    expect(d.flow().edges.some((e) => e.source === 'anna')).toBe(false);
  });

  it('while a number typed is refused, keeps the value from before the edit, not a part of the number typed', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await select('Ring Anna');
    const rings = screen.getByRole('textbox', { name: 'Rings' });
    const before = (node(d, 'anna').data as { rings: number }).rings;
    await user.clear(rings);
    await user.type(rings, '31');
    expect(rings).toHaveAttribute('aria-invalid', 'true');
    expect(rings).toHaveValue('31');
    expect((node(d, 'anna').data as { rings: number }).rings).toBe(before);
    await user.clear(rings);
    await user.type(rings, '1e1');
    // A count: the message asks for a whole number, and does not suggest 2.5, which it refuses.
    expect(rings).toHaveAccessibleDescription(/Enter a whole number, such as 4\./);
    await user.clear(rings);
    await user.type(rings, '2.5');
    expect(rings).toHaveAccessibleDescription(/whole number/);
  });

  it('takes stepping through a "goes to" list as one undo step', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    const before = d.flow().edges;
    await select('Ring Anna');
    const goesTo = screen.getByRole('combobox', { name: 'No answer goes to' });
    for (const target of ['Sales desk', 'Main menu', 'Mailbox']) await user.selectOptions(goesTo, target);
    expect(d.flow().edges.at(-1)).toMatchObject({ source: 'anna', sourceHandle: 'noAnswer', target: 'vm' });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(d.flow().edges).toEqual(before);
  });

  it('edits voice menu options: add, change digit (keeping the wire), remove', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await select('Main menu');
    await user.click(screen.getByRole('button', { name: 'Add option' }));
    expect(node(d, 'menu').data).toMatchObject({ options: [{ digit: '1' }, { digit: '2' }] });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Option 1 digit' }), '5');
    expect(d.flow().edges.find((e) => e.source === 'menu' && e.target === 'anna')?.sourceHandle).toBe('5');
    await user.click(screen.getByRole('button', { name: 'Remove option 1' }));
    expect(node(d, 'menu').data).toMatchObject({ options: [{ digit: '2' }] });
    expect(d.flow().edges.some((e) => e.source === 'menu' && e.target === 'anna')).toBe(false);
  });

  it('gives a second option on a duplicated key a key of its own, moving only its own connection', async () => {
    const user = userEvent.setup();
    const dup = makeFlow(
      [
        { id: 'in', type: 'incoming' },
        { id: 'menu', type: 'ivr', data: { label: 'Main menu', options: [{ digit: '1', label: 'Sales' }, { digit: '1', label: 'Support' }] } },
        { id: 'anna', type: 'employee', data: { label: 'Ring Anna', employeeId: 'anna' } },
        { id: 'vm', type: 'voicemail', data: { label: 'Mailbox' } },
      ],
      [['in', 'next', 'menu'], ['menu', '1', 'anna'], ['menu', '1', 'vm']],
    );
    const d = await createTestDesigner(makeProject({ flow: dup }));
    await select('Main menu');
    expect(screen.getAllByRole('button', { name: /^Remove option \d$/ }).map((b) => b.textContent)).toEqual(['Remove option 1', 'Remove option 2']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Option 2 digit' }), '2');
    const wires = d.flow().edges.filter((e) => e.source === 'menu').map((e) => [e.sourceHandle, e.target]);
    expect(wires).toEqual([['1', 'anna'], ['2', 'vm']]);
  });

  it('edits a queue group in the workspace as the workspace page does: rings 2–7, an extension no one else has', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await select('Sales desk');
    await user.click(screen.getByRole('button', { name: 'Edit queue group' }));
    const rings = screen.getByRole('combobox', { name: 'Rings per member' });
    expect(within(rings).getAllByRole('option').map((o) => o.textContent)).toEqual(['2 rings = 10 s', '3 rings = 15 s', '4 rings = 20 s', '5 rings = 25 s', '6 rings = 30 s', '7 rings = 35 s']);
    await user.selectOptions(rings, '5 rings = 25 s');
    expect(d.store.getSnapshot().project!.workspace.queues[0]!.rings).toBe(5);
    const ext = screen.getByRole('textbox', { name: 'Queue extension' });
    await user.clear(ext);
    await user.type(ext, '101');
    expect(ext).toHaveAccessibleDescription(/Extension 101 already belongs to employee Anna\./);
    expect(d.store.getSnapshot().project!.workspace.queues[0]!.extension).toBe('500');
    const name = screen.getByRole('textbox', { name: 'Queue name' });
    await user.clear(name);
    expect(name).toHaveAccessibleDescription(/must not be empty/);
    expect(d.store.getSnapshot().project!.workspace.queues[0]!.name).toBe('Sales');
    await user.click(screen.getByRole('checkbox', { name: 'Chi (103)' }));
    expect(d.store.getSnapshot().project!.workspace.queues[0]!.memberIds).toEqual(['anna', 'binh', 'chi']);
  });

  it('creates a new queue group and points the node at it', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await select('Sales desk');
    await user.click(screen.getByRole('button', { name: 'New queue group' }));
    const queues = d.store.getSnapshot().project!.workspace.queues;
    expect(queues).toHaveLength(2);
    expect(node(d, 'q').data).toMatchObject({ queueId: queues[1]!.id });
    expect(screen.getByRole('textbox', { name: 'Queue name' })).toHaveValue(queues[1]!.name);
  });

  it('edits a melody: switch to text to speech and type the text', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await select('Mailbox');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Greeting kind' }), 'Text to speech');
    await user.type(screen.getByRole('textbox', { name: 'Greeting text' }), 'Leave a message');
    expect(node(d, 'vm').data).toMatchObject({ greeting: { kind: 'tts', text: 'Leave a message' } });
  });

  it('starts a new undo step when the user comes back to a field', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await select('Mailbox');
    const label = screen.getByRole('textbox', { name: 'Label' });
    await user.type(label, ' A');
    await user.tab();
    await user.type(label, 'B');
    expect(node(d, 'vm').data.label).toBe('Mailbox AB');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(node(d, 'vm').data.label).toBe('Mailbox A');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(node(d, 'vm').data.label).toBe('Mailbox');
  });

  it('takes an external number as people write it and saves it in E.164; refuses one that is not a phone number', async () => {
    const user = userEvent.setup();
    const withForward = { ...flow, nodes: [...flow.nodes, { id: 'fw', type: 'forward', position: { x: 300, y: 0 }, data: { label: 'Partner' } }] };
    const d = await createTestDesigner(makeProject({ flow: withForward }));
    await select('Partner');
    const field = screen.getByRole('textbox', { name: 'External number' });
    await user.type(field, '+1 (415) 555-0100');
    expect(node(d, 'fw').data).toMatchObject({ number: '+14155550100' });
    await user.clear(field);
    await user.type(field, 'abc');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Start with \+ and the country code/);
  });

  it('offers the built-in tunes for a built-in melody, under a name that says what it picks', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await select('Mailbox');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Greeting kind' }), 'Built-in melody');
    const tune = screen.getByRole('combobox', { name: 'Greeting tune' });
    expect(within(tune).getAllByRole('option').length).toBeGreaterThan(1);
    expect(node(d, 'vm').data).toMatchObject({ greeting: { kind: 'builtin' } });
  });

  it('offers uploaded audio files for an uploaded melody', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow }));
    await d.store.putAsset(new Uint8Array([1, 2, 3]), { fileName: 'closed.mp3', id: 'a-closed' });
    await select('Mailbox');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Greeting kind' }), 'Uploaded file');
    expect(screen.getByRole('combobox', { name: 'Greeting file' })).toHaveDisplayValue('closed.mp3');
    expect(node(d, 'vm').data).toMatchObject({ greeting: { kind: 'upload', assetId: 'a-closed' } });
  });
});

describe('voice menu options and undo', () => {
  it('undoes two options added one after the other one at a time', async () => {
    const user = userEvent.setup();
    const d = await createTestDesigner(makeProject({ flow: makeFlow([{ id: 'in', type: 'incoming' }, { id: 'm', type: 'ivr', data: { label: 'Menu' } }], [['in', 'next', 'm']]) }));
    fireEvent.click(await within(await screen.findByRole('application', { name: 'Call flow of Hotline' })).findByRole('group', { name: /^Menu/ }));
    await user.click(await screen.findByRole('button', { name: 'Add option' }));
    await user.click(screen.getByRole('button', { name: 'Add option' }));
    const options = () => (d.flow().nodes.find((n) => n.id === 'm')!.data as { options: unknown[] }).options.length;
    expect(options()).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(options()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(options()).toBe(0);
  });
});
