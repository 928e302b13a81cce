import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { InspectorHarness, sampleNode } from './storyFixtures';

/** The inspector for each node kind, editing a live copy of the demo's node. */
const meta = {
  title: 'Designer/Inspector',
  component: InspectorHarness,
} satisfies Meta<typeof InspectorHarness>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Incoming: Story = { args: { node: sampleNode('incoming') } };
export const SipTo: Story = { args: { node: sampleNode('sipTo') } };
export const Hours: Story = { args: { node: sampleNode('hours') } };
export const Play: Story = { args: { node: sampleNode('play') } };
export const Ivr: Story = { args: { node: sampleNode('ivr') } };
export const IvrOnFreePlan: Story = { args: { node: sampleNode('ivr'), plan: 'free' } };
export const CrmOwner: Story = { args: { node: sampleNode('crmOwner') } };
export const Queue: Story = { args: { node: sampleNode('queue') } };
export const Employee: Story = { args: { node: sampleNode('employee') } };
export const Mobile: Story = { args: { node: sampleNode('mobile') } };
export const Forward: Story = { args: { node: sampleNode('forward') } };
export const Voicemail: Story = { args: { node: sampleNode('voicemail') } };
export const Hangup: Story = { args: { node: sampleNode('hangup') } };

/** The queue group's own settings, opened with "Edit queue group". */
export const QueueGroupEditor: Story = {
  args: { node: sampleNode('queue') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Edit queue group' }));
    await expect(await canvas.findByRole('combobox', { name: 'Rings per member' })).toHaveValue('3');
  },
};
