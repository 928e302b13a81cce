import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import demoJson from '../../test/fixtures/demo.json';
import smallOfficeJson from '../../test/fixtures/small-office.json';
import { parseProject } from '../../src/engine';
import { NumbersScreen } from '../../src/settings/numbers/NumbersScreen';
import { NumbersView } from '../../src/settings/numbers/NumbersView';
import { createProjectStore } from '../../src/store';
import type { ProjectStore } from '../../src/store';
import { StoreProvider } from '../../src/store/react';

const demo = parseProject(demoJson);
const smallOffice = parseProject(smallOfficeJson);
/** The demo with one flow broken (an employee node pointing at nobody), to show the error badge. */
const withErrors = {
  ...demo,
  numbers: demo.numbers.map((n, i) => (i === 1
    ? { ...n, flow: { ...n.flow, nodes: [...n.flow.nodes, { id: 'ghost', type: 'employee' as const, position: { x: 0, y: 0 }, data: { employeeId: 'nobody', rings: 4 } }] } }
    : n)),
};

/** The Numbers screen's view: the table, toolbar and dialogs, with the store's actions as spies. */
const meta = {
  title: 'Settings/NumbersScreen',
  component: NumbersView,
  args: {
    project: demo,
    onAdd: fn(),
    onDuplicate: fn(() => 'Hotline (copy)'),
    onDelete: fn(() => () => {}),
    onImport: fn(async () => ({ ok: true as const })),
    onExport: fn(),
  },
} satisfies Meta<typeof NumbersView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Demo: Story = {};

export const SmallOffice: Story = { args: { project: smallOffice } };

export const FlowWithErrors: Story = { args: { project: withErrors } };

export const Empty: Story = { args: { project: { ...demo, numbers: [] } } };

/** The Add number dialog refusing a number without a country code. */
export const AddNumberInvalid: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole('button', { name: 'Add number' }));
    const dialog = within(canvas.getByRole('dialog', { name: 'Add a phone number' }));
    await userEvent.type(dialog.getByLabelText('Phone number'), '0287300');
    await userEvent.click(dialog.getByRole('button', { name: 'Add number' }));
    await expect(dialog.getByLabelText('Phone number')).toHaveAttribute('aria-invalid', 'true');
    await expect(args.onAdd).not.toHaveBeenCalled();
  },
};

/** Delete asks first. */
export const ConfirmDelete: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete Hotline' }));
    await expect(canvas.getByRole('alertdialog', { name: 'Delete “Hotline”?' })).toBeVisible();
  },
};

/** A broken bundle: every problem is listed with its JSON path. */
export const ImportProblems: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement.ownerDocument.body);
    const bad = JSON.stringify({ format: 'callflow-studio/project', version: 1, workspace: { name: 'X', plan: 'gold' }, numbers: [{ id: 'a', kind: 'fax' }] });
    await userEvent.upload(canvas.getByLabelText('Import bundle'), new File([bad], 'broken.json', { type: 'application/json' }));
    await expect(await canvas.findByRole('dialog', { name: '“broken.json” cannot be imported' })).toBeVisible();
  },
};

let opened = 0;
/** The connected screen over a real store seeded with the demo, in a database of its own. */
export const WithStore: Story = {
  loaders: [async () => {
    opened += 1;
    const store = createProjectStore({
      name: `numbers-story-${opened}-${Math.random().toString(36).slice(2)}`,
      seed: async () => structuredClone(demo),
      lifecycleTarget: null,
      watchOtherTabs: false,
    });
    await store.ready();
    return { store };
  }],
  render: (_args, { loaded }) => (
    <StoreProvider store={(loaded as { store: ProjectStore }).store}>
      <NumbersScreen />
    </StoreProvider>
  ),
};
