import type { Meta, StoryObj } from '@storybook/react-vite';
import { NodeStates } from './storyFixtures';

/** Every node kind in its states: plain, selected, with an error, and locked by plan. */
const meta = {
  title: 'Designer/Nodes',
  component: NodeStates,
} satisfies Meta<typeof NodeStates>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Incoming: Story = { args: { type: 'incoming' } };
export const SipTo: Story = { args: { type: 'sipTo' } };
export const Hours: Story = { args: { type: 'hours' } };
export const Play: Story = { args: { type: 'play' } };
export const Ivr: Story = { args: { type: 'ivr' } };
export const CrmOwner: Story = { args: { type: 'crmOwner' } };
export const Queue: Story = { args: { type: 'queue' } };
export const Employee: Story = { args: { type: 'employee' } };
export const Mobile: Story = { args: { type: 'mobile' } };
export const Forward: Story = { args: { type: 'forward' } };
export const Voicemail: Story = { args: { type: 'voicemail' } };
export const Hangup: Story = { args: { type: 'hangup' } };
