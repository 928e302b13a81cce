import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { NodeFinder } from '../../src/designer/NodeFinder';
import { hotline, workspace } from './storyFixtures';

/** "Find a node" over the demo hotline: by label, kind, id, or what a card says (an employee's name). */
const meta = {
  title: 'Designer/Find a node',
  component: NodeFinder,
  args: { flow: hotline.flow, workspace, onPick: fn() },
  // As in the designer's head: beside the number's heading, its list dropping over the canvas.
  decorators: [(Story) => <div style={{ height: 320, display: 'flex', gap: 12, alignItems: 'flex-start' }}><h1 style={{ fontSize: 16, margin: 0 }}>{hotline.name}</h1><Story /></div>],
} satisfies Meta<typeof NodeFinder>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

/** Typing "menu" lists the voice menus; Enter takes the highlighted one. */
export const Matches: Story = {
  play: async ({ canvasElement, args }) => {
    const c = within(canvasElement);
    await userEvent.type(c.getByRole('combobox', { name: 'Find a node' }), 'menu');
    const options = await c.findAllByRole('option');
    await expect(options.length).toBeGreaterThan(0);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(args.onPick).toHaveBeenCalledTimes(1);
  },
};

export const NoMatch: Story = {
  name: 'Nothing matches',
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.type(c.getByRole('combobox', { name: 'Find a node' }), 'zebra');
    await expect(await c.findByText('No node matches “zebra”', { selector: '[role="status"]' })).toBeInTheDocument();
  },
};
